// Storing an import: ALL OR NOTHING. Every row is validated and encrypted first (the slow part,
// with progress and a chance to cancel), then everything is written in one Dexie transaction;
// a failure anywhere in it (a duplicate personal code, a full disk) leaves the register as it was.
import {
  makeRepresentativeSchema,
  makeSubjectSchema,
  type DomainSchemaContext,
} from '@shared/domain/schemas';
import type { Representative, RepresentativeLink, Subject } from '@shared/domain/types';
import type { AuditAction, AuditEntity } from '@shared/audit';
import { AppError } from '@shared/errors/app-error';
import { isPlannedLeaving, leavingStatus } from '@shared/domain/leaving';
import { foldForSearch } from '@shared/text/search';
import type { PlacementFacts } from '../../data/keys/scopes';
import { appendAuditWithin } from '../../data/audit/audit-log';
import { updatePlannedLeavings } from '../../data/records/planned-leavings-repo';
import { openRepresentative } from '../../data/records/records-codec';
import {
  readLinksOfRepresentatives,
  readRepresentativeRows,
  readSubjectRowsById,
  writeBatch,
} from '../../data/records/records-repo';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import { keyChange, storeWithKeys } from '../person-keys';
import { sealBulk, type BulkInput } from './bulk-seal';
import type { ImportPreviewRow, ImportRepresentativeDraft } from './import';
import {
  assertRegisterKind,
  schemaContext,
  validationError,
  type RecordsDeps,
} from './records-context';
import type { ImportOptions, ImportResult } from './records-types';

type Planning = {
  readonly context: DomainSchemaContext;
  /** Representative identity (folded name + phone/e-mail) -> id: parents of siblings are stored once. */
  readonly repIds: Map<string, string>;
  /** Ids of representatives already stored (linked, not stored again). */
  readonly storedReps: Set<string>;
  readonly subjects: Subject[];
  readonly representatives: Representative[];
  readonly links: { link: RepresentativeLink; position: number }[];
};

const repKey = (r: Pick<Representative, 'givenNames' | 'familyName' | 'phone' | 'email'>): string =>
  `${foldForSearch(`${r.givenNames} ${r.familyName}`)}|${(r.phone ?? '').replace(/\D/gu, '')}|${(r.email ?? '').toLowerCase()}`;

/** Existing representatives, so a sibling imported later links to the parents already stored. */
const knownRepresentatives = async (
  deps: RecordsDeps,
  session: Session,
): Promise<Map<string, string>> => {
  const auth = authorize(session, 'representative.edit');
  const people = keyringFor(auth).people;
  const known = new Map<string, string>();
  for (const row of await readRepresentativeRows(deps.ctx.db, auth)) {
    const keys = await people.keysOf(row.id);
    if (keys.has('core')) known.set(repKey(await openRepresentative(keys, row)), row.id);
  }
  return known;
};

const planRep = (p: Planning, draft: ImportRepresentativeDraft): string => {
  const { relation: _relation, ...fields } = draft;
  const key = repKey(fields);
  const known = p.repIds.get(key);
  if (known !== undefined) return known;
  const parsed = makeRepresentativeSchema(p.context).safeParse({
    ...fields,
    id: crypto.randomUUID(),
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  p.representatives.push(parsed.data);
  p.repIds.set(key, parsed.data.id);
  return parsed.data.id;
};

const planRow = (p: Planning, row: ImportPreviewRow): void => {
  if (row.subject === undefined) return;
  // The one leaving rule: a date come is 'left', a date still to come a planned leaving.
  const parsed = makeSubjectSchema(p.context).safeParse({
    ...row.subject,
    id: crypto.randomUUID(),
    status: leavingStatus('active', row.subject.leftOn, p.context.today),
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  p.subjects.push(parsed.data);
  for (const [position, draft] of row.representatives.entries()) {
    const link: RepresentativeLink = {
      id: crypto.randomUUID(),
      subjectId: parsed.data.id,
      representativeId: planRep(p, draft),
      relation: draft.relation,
    };
    p.links.push({ link, position });
  }
};

/** The children already stored of the existing representatives this import links again. */
const storedChildren = async (
  deps: RecordsDeps,
  auth: Authorized<'records.import'>,
  p: Planning,
): Promise<Map<string, PlacementFacts[]>> => {
  const reused = [...new Set(p.links.map((l) => l.link.representativeId))].filter((id) =>
    p.storedReps.has(id),
  );
  const links = await readLinksOfRepresentatives(deps.ctx.db, auth, reused);
  const rows = new Map(
    (
      await readSubjectRowsById(
        deps.ctx.db,
        auth,
        links.map((l) => l.subjectId),
      )
    ).map((r) => [r.id, r]),
  );
  const out = new Map<string, PlacementFacts[]>(reused.map((id) => [id, []]));
  for (const l of links) {
    const row = rows.get(l.subjectId);
    if (row) out.get(l.representativeId)?.push(row);
  }
  return out;
};

const cancelled = (): AppError => new AppError('validation', 'records.import.cancelled');

/**
 * Imports the rows of a preview that carry a subject (rows with errors are counted as failed).
 * Needs 'records.import'. Nothing is stored if it throws or is cancelled before the commit.
 */
export const importRows = async (
  deps: RecordsDeps,
  session: Session,
  rows: readonly ImportPreviewRow[],
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const auth = authorize(session, 'records.import');
  const keyring = keyringFor(auth);
  const now = deps.ctx.now().toISOString();
  const known = await knownRepresentatives(deps, session);
  const p: Planning = {
    context: await schemaContext(deps.ctx),
    repIds: known,
    storedReps: new Set(known.values()),
    subjects: [],
    representatives: [],
    links: [],
  };
  const aborted = (): boolean => options.signal?.aborted === true;
  const accepted = rows.filter((r) => r.subject !== undefined);
  for (const row of accepted) planRow(p, row);
  await assertRegisterKind(
    deps.ctx,
    p.subjects.map((s) => s.kind),
  );
  if (aborted()) throw cancelled();
  const input: BulkInput = {
    subjects: p.subjects,
    representatives: p.representatives,
    links: p.links,
    storedRepresentatives: await storedChildren(deps, auth, p),
  };
  const change = keyChange(deps.ctx, keyring);
  const sealed = await sealBulk(
    change,
    keyring,
    session,
    input,
    { createdAt: now, updatedAt: now },
    (tag) => deps.ctx.keybook.ownersWithTag(tag),
    (done) => {
      if (aborted()) throw cancelled();
      options.onProgress?.(done, accepted.length + 1);
    },
  );
  if (aborted()) throw cancelled();
  // Planned leavings are listed before the records exist (planned-leavings-repo.ts): an id of an
  // import that then fails is dropped at the next unlock; a planned one is never missed.
  const planned = p.subjects.filter((s) => isPlannedLeaving(s, p.context.today)).map((s) => s.id);
  await updatePlannedLeavings(deps.ctx.db, auth, { add: planned });
  // The records and their audit entries are one all-or-nothing unit (issue 10 item 5).
  const audit = (action: AuditAction, entity: AuditEntity, ids: readonly (string | null)[]) =>
    ids.map((entityId) => ({ actor: session.userId, action, entity, entityId }));
  const entries = [
    ...audit('records.import', 'import', [null]),
    ...audit(
      'subject.create',
      'subject',
      sealed.subjects.map((r) => r.id),
    ),
    ...audit('subject.planLeave', 'subject', planned),
  ];
  await appendAuditWithin(deps.ctx.db, keyring.audit, entries, deps.ctx.now(), (writeAudit) =>
    storeWithKeys(change, () =>
      writeBatch(deps.ctx.db, auth, { ...sealed, mode: 'add', writeAudit }, deps.options.writeHook),
    ),
  );
  options.onProgress?.(accepted.length + 1, accepted.length + 1);
  return {
    imported: sealed.subjects.length,
    failed: rows.length - accepted.length,
    representatives: sealed.representatives.length,
  };
};
