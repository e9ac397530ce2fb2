// Which stored rows belong to a person who is erased, and deleting them in one transaction with
// the erasure record marked done. Requests and disclosures are NOT deleted: their personal part
// is sealed under item keys the person owns (gone with the keys), and their plaintext register
// facts stay as accountability evidence (GDPR Art. 5(2); docs/security-model.md, "Requests and
// disclosures").
import { CONSENT_TABLES } from '../consents/schema';
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
