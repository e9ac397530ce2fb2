// Plaintext facts the audit page needs to say whom an entry concerns: which child a form or a
// scan belongs to, and which rows belong to one child. Ids, group ids and printed form ids only;
// nothing here opens a sealed box.
import type { Authorized } from '../../services/authorize';
import { evidenceTable } from '../consents/evidence-repo';
import { formsTable } from '../consents/ledger-repo';
import type { VaultDb } from '../db/vault-db';
import { linksTable, subjectsTable } from '../records/records-repo';
import type { SubjectRow } from '../records/rows';

type AuditAuth = Authorized<'audit.view'>;

/** Subject rows by id; ids without a row (erased records) are left out. */
export const subjectRowsById = async (
  db: VaultDb,
  _auth: AuditAuth,
  ids: readonly string[],
): Promise<SubjectRow[]> =>
  (await subjectsTable(db).bulkGet([...ids])).filter((r): r is SubjectRow => r !== undefined);

export type FormFacts = { readonly formId: string; readonly subjectId: string | null };

/** The printed id and the child of each issued form (by row id). */
export const formFactsById = async (
  db: VaultDb,
  _auth: AuditAuth,
  ids: readonly string[],
): Promise<Map<string, FormFacts>> => {
  const rows = await formsTable(db).bulkGet([...ids]);
  const out = new Map<string, FormFacts>();
  for (const row of rows) {
    if (row) out.set(row.id, { formId: row.formId, subjectId: row.subjectId });
  }
  return out;
};

/** The child each scan belongs to (by scan id). */
export const evidenceSubjectsById = async (
  db: VaultDb,
  _auth: AuditAuth,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  const rows = await evidenceTable(db).bulkGet([...ids]);
  const out = new Map<string, string>();
  for (const row of rows) if (row) out.set(row.id, row.subjectId);
  return out;
};

export type SubjectRowIds = {
  /** The child's group now (entries about a group sheet concern every child in it). */
  readonly groupId: string | null;
  readonly formIds: readonly string[];
  readonly evidenceIds: readonly string[];
  readonly representativeIds: readonly string[];
};

/** The ids of every row that holds one child's data besides the child's own row. */
export const rowIdsOfSubject = async (
  db: VaultDb,
  _auth: AuditAuth,
  subjectId: string,
): Promise<SubjectRowIds> => {
  const [subject, forms, evidence, links] = await Promise.all([
    subjectsTable(db).get(subjectId),
    formsTable(db).where('subjectId').equals(subjectId).primaryKeys(),
    evidenceTable(db).where('subjectId').equals(subjectId).primaryKeys(),
    linksTable(db).where('subjectId').equals(subjectId).toArray(),
  ]);
  return {
    groupId: subject?.groupId ?? null,
    formIds: forms,
    evidenceIds: evidence,
    representativeIds: [...new Set(links.map((l) => l.representativeId))],
  };
};
