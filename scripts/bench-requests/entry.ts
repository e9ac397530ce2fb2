// Runs inside Chromium (bundled by scripts/bench-requests.ts): a vault with N demo children and
// M requests about them, then, after a fresh unlock, the children list and the requests list
// measured side by side; and the access report of a child with 50 consent events.
import { DEFAULT_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { addEvents, type LedgerEvent } from '@renderer/data/consents';
import type { RequestRow } from '@renderer/data/requests';
import { requestsTable } from '@renderer/data/requests/requests-repo';
import { sealRequest, stageRequestKey } from '@renderer/data/requests/requests-codec';
import { authorize, createServices, keyringFor, type Session } from '@renderer/services';
import { keyChange } from '@renderer/services/person-keys';
import { createConsentService } from '@renderer/services/consents';
import { createRequestConsentsPort } from '@renderer/services/consents/request-port';
import { loadPdfFonts } from '@renderer/services/documents/pdf-fonts';
import { createConsentRecordsPort, createRecordsService } from '@renderer/services/records';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { createRequestRecordsPort } from '@renderer/services/records/request-port';
import { createRequestsService } from '@renderer/services/requests';
import { buildAccessReport } from '@renderer/services/requests/access-report-data';
import { renderAccessReport } from '@shared/pdf';
import { PDFDocument } from 'pdf-lib';
import { REQUEST_TYPES, type DataSubjectRequest, type RequestStatus } from '@shared/requests';

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
};

const HEAD = { username: 'bench', displayName: 'Bench Head', password: 'zalas-liepas-lapas-9' };
const STATUSES: readonly RequestStatus[] = [
  'registered',
  'in-progress',
  'answered',
  'clarification-requested',
];

const build = (children: number) => {
  const db = createVaultDb(`bench-requests-${String(children)}-${crypto.randomUUID()}`);
  const services = createServices({ db, kdf: DEFAULT_KDF });
  const records = createRecordsService(services.context);
  const consents = createConsentService({
    ctx: services.context,
    records: createConsentRecordsPort(records),
    fonts: loadPdfFonts,
  });
  const requests = createRequestsService({
    ctx: services.context,
    records: createRequestRecordsPort(records, db),
    consents: createRequestConsentsPort(consents),
    fonts: loadPdfFonts,
  });
  return { db, services, records, requests };
};

/** M requests spread over the children; one in ten about someone not in the register. */
const seedRequests = async (
  env: ReturnType<typeof build>,
  session: Session,
  subjectIds: readonly string[],
  count: number,
): Promise<void> => {
  const auth = authorize(session, 'request.manage');
  // Each request gets its own item key (requests-codec); all are written to the keybook at once.
  const change = keyChange(env.services.context, keyringFor(auth));
  const at = new Date().toISOString();
  const rows: RequestRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = 1 + (i % 28);
    const unregistered = i % 10 === 0;
    const request: DataSubjectRequest = {
      id: crypto.randomUUID(),
      number: `2026/${String(i + 1)}`,
      type: REQUEST_TYPES[i % REQUEST_TYPES.length] ?? 'access',
      status: STATUSES[i % STATUSES.length] ?? 'registered',
      receivedOn: `2026-0${String(1 + (i % 3))}-${String(day).padStart(2, '0')}`,
      channel: 'paper',
      rule: 'one-month',
      subjectId: unregistered ? null : (subjectIds[(i * 7) % subjectIds.length] ?? null),
      representativeId: null,
      ...(unregistered ? { description: `Bijušais audzēknis Nr. ${String(i)}` } : {}),
      details: 'Lūdzu izsniegt informāciju par manu bērnu.',
      requester: { kind: 'representative', name: 'Vecāks', authority: 'parent-of-minor' },
      identity: { method: 'id-document', checkedBy: session.userId, checkedOn: '2026-01-05' },
      notices: [],
      documents: [],
      history: [{ at, by: session.userId, event: 'registered', status: 'registered' }],
      createdAt: at,
      updatedAt: at,
    };
    rows.push(await sealRequest(await stageRequestKey(auth, change, request), request, null));
  }
  await change.store(() =>
    env.db.transaction('rw', requestsTable(env.db), async () => {
      await requestsTable(env.db).bulkAdd(rows);
    }),
  );
};

/** 50 consent events (three purposes, both parents) for one child. */
const seedConsentEvents = async (
  env: ReturnType<typeof build>,
  session: Session,
  childId: string,
) => {
  const detail = await env.records.getSubject(session, childId);
  const reps = detail.representatives.map((r) => r.id);
  const purposes = ['photo-premises', 'photo-publish', 'name-publish'];
  const kinds = ['granted', 'refused', 'withdrawn', 'granted'] as const;
  const events: LedgerEvent[] = Array.from({ length: 50 }, (_, i) => ({
    id: crypto.randomUUID(),
    subjectId: childId,
    purposeId: purposes[i % 3] ?? 'photo-premises',
    representativeId: reps[i % reps.length] ?? '',
    kind: kinds[i % kinds.length] ?? 'granted',
    on: `${String(2020 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}-10`,
    recordedAt: new Date().toISOString(),
    recordedBy: session.userId,
    channel: 'in-writing',
  }));
  await addEvents(env.db, authorize(session, 'consent.record'), events);
};

const run = async (children: number, requestCount: number, reps: number) => {
  const env = build(children);
  await env.services.vault.createVault({
    institution: {
      kind: 'kindergarten',
      country: 'LV',
      details: { name: 'Bench', controllerName: 'iestādes vadītāja Bench' },
    },
    head: HEAD,
  });
  const first = await env.services.vault.unlock(HEAD.username, HEAD.password);
  const register = generateDemoRegister({ children, seed: 11 });
  const [, seedMs] = await time(async () => {
    await env.records.seedDemo(first, register);
    await seedRequests(
      env,
      first,
      register.subjects.map((s) => s.id),
      requestCount,
    );
  });
  const child = register.subjects[0]?.id ?? '';
  await seedConsentEvents(env, first, child);
  const report = await env.requests.register(first, {
    type: 'access',
    receivedOn: '2026-03-02',
    channel: 'paper',
    subjectId: child,
    representativeId: null,
    requester: { kind: 'data-subject' },
    identity: { method: 'not-checked' },
  });
  await env.services.vault.lock(first);
  const [session, unlockMs] = await time(() =>
    env.services.vault.unlock(HEAD.username, HEAD.password),
  );
  // First opening after unlock (cold), then repeated pairs.
  const [firstRequests, requestsFirstMs] = await time(() => env.requests.list(session));
  const [firstChildren, childrenFirstMs] = await time(() => env.records.listSubjects(session));
  const requestsMs: number[] = [];
  const childrenMs: number[] = [];
  const remindersMs: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    requestsMs.push((await time(() => env.requests.list(session)))[1]);
    childrenMs.push((await time(() => env.records.listSubjects(session)))[1]);
    remindersMs.push((await time(() => env.requests.reminders(session)))[1]);
  }
  // The access report: the pure renderer alone, and the whole service call (gather + render + store).
  const fonts = await loadPdfFonts();
  const input = {
    ...(await buildAccessReport(depsOf(env), session, child, {
      number: '2026/1-1',
      date: '2026-03-20',
      requestNumber: '2026/1',
    })),
    fonts,
  };
  const renderMs: number[] = [];
  const reportMs: number[] = [];
  let pages = 0;
  for (let i = 0; i < reps; i += 1) {
    const [bytes, ms] = await time(() => renderAccessReport(input));
    renderMs.push(ms);
    pages = (await PDFDocument.load(bytes)).getPageCount();
    reportMs.push((await time(() => env.requests.accessReport(session, report.id)))[1]);
  }
  return {
    children,
    requests: firstRequests.length,
    childrenListed: firstChildren.length,
    consentEvents: input.consents.reduce((n, c) => n + c.events.length, 0),
    reportPages: pages,
    seedMs,
    unlockMs,
    requestsFirstMs,
    childrenFirstMs,
    requestsMs: median(requestsMs),
    childrenMs: median(childrenMs),
    remindersMs: median(remindersMs),
    renderMs: median(renderMs),
    renderMinMs: Math.min(...renderMs),
    reportMs: median(reportMs),
    requestsMinMs: Math.min(...requestsMs),
    childrenMinMs: Math.min(...childrenMs),
  };
};

/** The service's dependencies, rebuilt for buildAccessReport (it is not part of the service API). */
const depsOf = (env: ReturnType<typeof build>) => ({
  ctx: env.services.context,
  records: createRequestRecordsPort(env.records, env.db),
  consents: createRequestConsentsPort(
    createConsentService({
      ctx: env.services.context,
      records: createConsentRecordsPort(env.records),
      fonts: loadPdfFonts,
    }),
  ),
  fonts: loadPdfFonts,
});

(window as unknown as { benchRequests: typeof run }).benchRequests = run;
document.title = 'bench-ready';
