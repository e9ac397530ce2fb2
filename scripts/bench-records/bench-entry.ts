// Runs inside Chromium (bundled by scripts/bench-records.ts): fills a fresh vault with N demo
// children, then measures unlock, list (decrypt), index build and search keystrokes.
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { RECORDS_SCHEMA, RECORDS_SCHEMA_VERSION } from '@renderer/data/records/schema';
import { DEFAULT_KDF } from '@renderer/data/crypto/kdf';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { createSubjectIndex } from '@renderer/services/records/search';

type Memory = { usedJSHeapSize: number };
const heapMb = (): number =>
  ((performance as unknown as { memory?: Memory }).memory?.usedJSHeapSize ?? 0) / 1048576;
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
};

const run = async (children: number) => {
  const versions = VAULT_SCHEMA.some((v) => v.version === RECORDS_SCHEMA_VERSION)
    ? VAULT_SCHEMA
    : [...VAULT_SCHEMA, RECORDS_SCHEMA].sort((a, b) => a.version - b.version);
  const db = createVaultDb(`bench-${String(children)}-${crypto.randomUUID()}`, versions);
  const services = createServices({ db, kdf: DEFAULT_KDF });
  const records = createRecordsService(services.context);
  const head = { username: 'bench', displayName: 'Bench Head', password: 'zalas-liepas-lapas-9' };
  await services.vault.createVault({
    institution: { kind: 'kindergarten', country: 'LV', details: { name: 'Bench' } },
    head,
  });
  const first = await services.vault.unlock(head.username, head.password);
  const [register, generateMs] = await time(() => generateDemoRegister({ children, seed: 11 }));
  const [, insertMs] = await time(() => records.seedDemo(first, register));
  await services.vault.lock(first);
  const [session, unlockMs] = await time(() => services.vault.unlock(head.username, head.password));
  const [subjects, listMs] = await time(() => records.listSubjects(session));
  const indexOf = (codes: ReadonlyMap<string, string>) =>
    createSubjectIndex(
      subjects.map((s) => {
        const personalCode = codes.get(s.id);
        return {
          id: s.id,
          givenNames: s.givenNames,
          familyName: s.familyName,
          groupId: s.groupId ?? null,
          status: s.status,
          restricted: s.restriction != null,
          ...(personalCode === undefined ? {} : { personalCode }),
        };
      }),
    );
  // What the screen shows first: the list and a name index; codes follow in the background.
  const [, indexMs] = await time(() => indexOf(new Map()));
  const [codes, codesMs] = await time(() =>
    records.listPersonalCodes(
      session,
      subjects.map((s) => s.id),
    ),
  );
  const index = indexOf(codes);
  const keystrokes: number[] = [];
  for (const word of ['berzina', 'uzulina anna', 'kalnins ja', 'ozolina', '3200']) {
    for (let n = 1; n <= word.length; n += 1) {
      const t0 = performance.now();
      index.search(word.slice(0, n), { includeCodes: true });
      keystrokes.push(performance.now() - t0);
    }
  }
  const scans: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const t0 = performance.now();
    index.search(i % 2 === 0 ? 'qqqq' : 'xxjj', { includeCodes: true });
    scans.push(performance.now() - t0);
  }
  return {
    children,
    representatives: register.representatives.length,
    links: register.links.length,
    generateMs,
    insertMs,
    unlockMs,
    listMs,
    indexMs,
    codesMs,
    listed: subjects.length,
    keystrokeP50: pct(keystrokes, 0.5),
    keystrokeP95: pct(keystrokes, 0.95),
    keystrokeMax: pct(keystrokes, 1),
    fullScanMedian: pct(scans, 0.5),
    heapMb: heapMb(),
  };
};

(window as unknown as { benchRecords: typeof run }).benchRecords = run;
document.title = 'bench-ready';

/** The search index alone on demo names (no vault, small heap): separates search cost from heap pressure. */
const searchOnly = (children: number) => {
  const register = generateDemoRegister({ children, seed: 11 });
  const index = createSubjectIndex(
    register.subjects.map((s) => ({
      id: s.id,
      givenNames: s.givenNames,
      familyName: s.familyName,
      groupId: s.groupId ?? null,
      status: s.status,
      restricted: false,
      ...(s.personalCode === undefined ? {} : { personalCode: s.personalCode }),
    })),
  );
  const keystrokes: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const word of ['berzina', 'uzulina anna', 'kalnins ja', 'ozolina', '3200']) {
      for (let n = 1; n <= word.length; n += 1) {
        const t0 = performance.now();
        index.search(word.slice(0, n), { includeCodes: true });
        keystrokes.push(performance.now() - t0);
      }
    }
  }
  return {
    children,
    keystrokeP50: pct(keystrokes, 0.5),
    keystrokeP95: pct(keystrokes, 0.95),
    heapMb: heapMb(),
  };
};
(window as unknown as { benchSearchOnly: typeof searchOnly }).benchSearchOnly = searchOnly;
