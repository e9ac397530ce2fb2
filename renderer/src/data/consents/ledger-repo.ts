// Issued forms and consent events. Append-only by construction: this module offers add and
// read, nothing that changes or removes a row, and adds use Dexie's add() (never put()), so an
// id that already exists fails instead of overwriting. Seal before the write transaction,
// open after the read (WebCrypto and IndexedDB transactions do not mix).
import type { Permission } from '@shared/access/permissions';
import type { ConsentEvent } from '@shared/consent';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import type { VaultDb } from '../db/vault-db';
import { openRow, sealRow, type CategoryKeys } from '../db/sealed-row';
import { orgKeys } from '../session/session';
import type { ConsentEventCore, ConsentEventRow, ConsentFormCore, ConsentFormRow } from './rows';
import { CONSENT_TABLES } from './schema';

export const formsTable = (db: VaultDb): Table<ConsentFormRow, string> =>
  db.table(CONSENT_TABLES.forms);
export const eventsTable = (db: VaultDb): Table<ConsentEventRow, string> =>
  db.table(CONSENT_TABLES.events);

export type IssuedForm = Omit<ConsentFormRow, 'sealed'> & ConsentFormCore;
export type NewIssuedForm = IssuedForm;

type IssueAuth = Authorized<'form.issue'> | Authorized<'consent.withdraw'>;
type RecordAuth =
  Authorized<'consent.record'> | Authorized<'consent.withdraw'> | Authorized<'consent.correct'>;

/** A form is the child's data (its core key); a blank form without a child is org data. */
const formKeys = (auth: Authorized<Permission>, subjectId: string | null): Promise<CategoryKeys> =>
  subjectId === null
    ? Promise.resolve(orgKeys(keyringFor(auth)))
    : keyringFor(auth).people.keysOf(subjectId, ['core']);

/** The child's core key, for events. */
const subjectCore = (auth: Authorized<Permission>, subjectId: string): Promise<CategoryKeys> =>
  keyringFor(auth).people.keysOf(subjectId, ['core']);

export const addForms = async (
  db: VaultDb,
  auth: IssueAuth,
  forms: readonly NewIssuedForm[],
): Promise<void> => {
  const rows: ConsentFormRow[] = [];
  for (const { representativeIds, ...plain } of forms) {
    const value: ConsentFormCore = { representativeIds: [...representativeIds] };
    const keys = await formKeys(auth, plain.subjectId);
    const fields = plain.subjectId === null ? { org: value } : { core: value };
    rows.push({ ...plain, sealed: await sealRow(keys, CONSENT_TABLES.forms, plain.id, fields) });
  }
  await db.transaction('rw', formsTable(db), async () => {
    await formsTable(db).bulkAdd(rows);
  });
};

const openForm = async (auth: Authorized<Permission>, row: ConsentFormRow): Promise<IssuedForm> => {
  const opened = await openRow<{ core: ConsentFormCore; org: ConsentFormCore }>(
    await formKeys(auth, row.subjectId),
    CONSENT_TABLES.forms,
    row,
  );
  const { sealed: _sealed, ...plain } = row;
  const value = opened.core ?? opened.org;
  return { ...plain, representativeIds: value?.representativeIds ?? [] };
};

/** The form with this printed id, or undefined. */
export const formByFormId = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  formId: string,
): Promise<IssuedForm | undefined> => {
  const row = await formsTable(db).where('formId').equals(formId).first();
  return row ? openForm(auth, row) : undefined;
};

export const formsOfSubject = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  subjectId: string,
): Promise<IssuedForm[]> => {
  const rows = await formsTable(db).where('subjectId').equals(subjectId).toArray();
  const out: IssuedForm[] = [];
  for (const row of rows) out.push(await openForm(auth, row));
  return out.sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : 1));
};

/** Which of these people have printed forms (plaintext index only, nothing opened). */
export const subjectsWithForms = async (
  db: VaultDb,
  subjectIds: readonly string[],
): Promise<Set<string>> =>
  new Set(
    (
      await formsTable(db)
        .where('subjectId')
        .anyOf([...subjectIds])
        .toArray()
    ).flatMap((r) => (r.subjectId === null ? [] : [r.subjectId])),
  );

/** True when any of these printed ids is already taken. */
export const formIdsTaken = async (db: VaultDb, formIds: readonly string[]): Promise<boolean> =>
  (await formsTable(db)
    .where('formId')
    .anyOf([...formIds])
    .count()) > 0;

export type LedgerEvent = ConsentEvent & { readonly signedBy?: string };

export const addEvents = async (
  db: VaultDb,
  auth: RecordAuth,
  events: readonly LedgerEvent[],
): Promise<void> => {
  const rows: ConsentEventRow[] = [];
  for (const e of events) {
    const keys = await subjectCore(auth, e.subjectId);
    const core: ConsentEventCore = {
      representativeId: e.representativeId,
      channel: e.channel,
      ...(e.signedBy ? { signedBy: e.signedBy } : {}),
      ...(e.supersedes !== undefined ? { supersedes: e.supersedes } : {}),
      ...(e.correctionReason !== undefined ? { correctionReason: e.correctionReason } : {}),
    };
    rows.push({
      id: e.id,
      subjectId: e.subjectId,
      purposeId: e.purposeId,
      kind: e.kind,
      on: e.on,
      recordedAt: e.recordedAt,
      recordedBy: e.recordedBy,
      ...(e.formId !== undefined ? { formId: e.formId } : {}),
      ...(e.evidenceId !== undefined ? { evidenceId: e.evidenceId } : {}),
      sealed: await sealRow(keys, CONSENT_TABLES.events, e.id, { core }),
    });
  }
  await db.transaction('rw', eventsTable(db), async () => {
    await eventsTable(db).bulkAdd(rows);
  });
};

const openEvent = async (
  auth: Authorized<Permission>,
  row: ConsentEventRow,
): Promise<LedgerEvent> => {
  const opened = await openRow<{ core: ConsentEventCore }>(
    await subjectCore(auth, row.subjectId),
    CONSENT_TABLES.events,
    row,
  );
  const { sealed: _sealed, ...plain } = row;
  const core = opened.core;
  return {
    ...plain,
    representativeId: core?.representativeId ?? '',
    channel: core?.channel ?? 'in-writing',
    ...(core?.signedBy ? { signedBy: core.signedBy } : {}),
    ...(core?.supersedes !== undefined ? { supersedes: core.supersedes } : {}),
    ...(core?.correctionReason !== undefined ? { correctionReason: core.correctionReason } : {}),
  };
};

const openEvents = async (
  auth: Authorized<Permission>,
  rows: readonly ConsentEventRow[],
): Promise<LedgerEvent[]> => {
  // Events of different children open concurrently (each under its own child's key).
  return Promise.all(rows.map((row) => openEvent(auth, row)));
};

/** Every event of these subjects, grouped by subject id (subjects without events map to []). */
export const eventsOfSubjects = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  subjectIds: readonly string[],
): Promise<Map<string, LedgerEvent[]>> => {
  const rows = await eventsTable(db)
    .where('subjectId')
    .anyOf([...subjectIds])
    .toArray();
  const events = await openEvents(auth, rows);
  const out = new Map<string, LedgerEvent[]>(subjectIds.map((id) => [id, []]));
  for (const e of events) out.get(e.subjectId)?.push(e);
  return out;
};

export const eventsOfForm = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  formId: string,
): Promise<LedgerEvent[]> =>
  openEvents(auth, await eventsTable(db).where('formId').equals(formId).toArray());
