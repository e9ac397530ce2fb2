// Which stored rows belong to a person who is erased, and deleting them in one transaction with
// the erasure record marked done. Requests and disclosures are NOT deleted: their personal part
// is sealed under item keys the person owns (gone with the keys), and their plaintext register
// facts stay as accountability evidence (GDPR Art. 5(2); docs/security-model.md, "Requests and
// disclosures").
import { CONSENT_TABLES } from '../consents/schema';
import type { SealedFields } from '../db/rows';
import type { VaultDb } from '../db/vault-db';
import { RECORD_TABLES } from '../records/schema';
import { erasuresTable, type ErasureRow } from './erasures-repo';

/** Tables whose rows about a child or client are deleted, with the field naming the person. */
export const PERSON_OWNED_TABLES: readonly { readonly table: string; readonly field: string }[] = [
  { table: RECORD_TABLES.subjects, field: 'id' },
  { table: RECORD_TABLES.links, field: 'subjectId' },
  { table: CONSENT_TABLES.forms, field: 'subjectId' },
  { table: CONSENT_TABLES.events, field: 'subjectId' },
  { table: CONSENT_TABLES.evidence, field: 'subjectId' },
  { table: RECORD_TABLES.representatives, field: 'id' },
  { table: RECORD_TABLES.links, field: 'representativeId' },
];

type Linked = { readonly subjectId: string; readonly representativeId: string };

/**
 * The representatives erased with a subject: those linked to no other child (a parent shared by
 * a sibling stays, with their keys).
 */
export const representativesOnlyOf = async (db: VaultDb, subjectId: string): Promise<string[]> => {
  const links = db.table<Linked, string>(RECORD_TABLES.links);
  const own = await links.where('subjectId').equals(subjectId).toArray();
  const out: string[] = [];
  for (const repId of new Set(own.map((l) => l.representativeId))) {
    const all = await links.where('representativeId').equals(repId).toArray();
    if (all.every((l) => l.subjectId === subjectId)) out.push(repId);
  }
  return out;
};

/** How many rows of each table name these people (for the erasure record and certificate). */
export const countPersonRows = async (
  db: VaultDb,
  personIds: readonly string[],
): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const { table, field } of PERSON_OWNED_TABLES) {
    const n = await db
      .table(table)
      .where(field)
      .anyOf([...personIds])
      .count();
    counts[table] = (counts[table] ?? 0) + n;
  }
  return counts;
};

/**
 * Deletes every row of these people and stores the erasure record as done, in ONE transaction:
 * either all of it happens or none (a crash leaves the record pending, finished at next unlock).
 */
export const deletePersonRows = async (
  db: VaultDb,
  personIds: readonly string[],
  done: ErasureRow,
): Promise<void> => {
  const tables = [...new Set(PERSON_OWNED_TABLES.map((t) => t.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, erasuresTable(db)], async () => {
    for (const { table, field } of PERSON_OWNED_TABLES)
      await db
        .table(table)
        .where(field)
        .anyOf([...personIds])
        .delete();
    await erasuresTable(db).put(done);
  });
};

/** What a partial erasure deletes of one subject: scan rows by id, and perhaps the health box. */
export type PartialRows = {
  readonly evidenceIds: readonly string[];
  readonly dropHealth: boolean;
};

/**
 * Deletes the scans and/or the health notes' box of one subject and stores the erasure record as
 * done, in ONE transaction (all or nothing, like deletePersonRows). The health box is removed
 * without any key: its data key is already gone from the keybook.
 */
export const deletePartialRows = async (
  db: VaultDb,
  subjectId: string,
  rows: PartialRows,
  done: ErasureRow,
): Promise<void> => {
  const subjects = db.table<{ id: string; sealed: SealedFields }, string>(RECORD_TABLES.subjects);
  const evidence = db.table(CONSENT_TABLES.evidence);
  await db.transaction('rw', [subjects, evidence, erasuresTable(db)], async () => {
    await evidence.bulkDelete([...rows.evidenceIds]);
    const subject = rows.dropHealth ? await subjects.get(subjectId) : undefined;
    if (subject?.sealed.health !== undefined) {
      const { health: _health, ...kept } = subject.sealed;
      await subjects.put({ ...subject, sealed: kept });
    }
    await erasuresTable(db).put(done);
  });
};

/** Ids of a subject's scans of signed papers (each sealed under an item key of the same id). */
export const evidenceIdsOf = async (db: VaultDb, subjectId: string): Promise<string[]> =>
  // Keys only: the scans themselves may be megabytes each.
  (
    await db
      .table<{ id: string }, string>(CONSENT_TABLES.evidence)
      .where('subjectId')
      .equals(subjectId)
      .primaryKeys()
  ).filter((key): key is string => typeof key === 'string');
