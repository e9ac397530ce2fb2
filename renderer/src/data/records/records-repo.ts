// Reads and writes of the records tables. Rows arrive sealed (records-codec) and leave sealed:
// nothing here sees plaintext. Every function demands an Authorized token, so a caller that
// skipped authorize() does not compile. Writes happen in ONE Dexie transaction per call, so a
// batch (an import, a subject with its representatives) is stored entirely or not at all.
import type { Permission } from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import type { VaultDb } from '../db/vault-db';
import type { GroupRow, LinkRow, RepresentativeRow, SubjectRow } from './rows';
import { RECORD_TABLES } from './schema';

export const groupsTable = (db: VaultDb): Table<GroupRow, string> => db.table(RECORD_TABLES.groups);
export const subjectsTable = (db: VaultDb): Table<SubjectRow, string> =>
  db.table(RECORD_TABLES.subjects);
export const representativesTable = (db: VaultDb): Table<RepresentativeRow, string> =>
  db.table(RECORD_TABLES.representatives);
export const linksTable = (db: VaultDb): Table<LinkRow, string> => db.table(RECORD_TABLES.links);

type AnyAuth = Authorized<Permission>;

export type RecordsBatch = {
  readonly groups?: readonly GroupRow[];
  readonly subjects?: readonly SubjectRow[];
  readonly representatives?: readonly RepresentativeRow[];
  readonly links?: readonly LinkRow[];
  readonly deleteLinkIds?: readonly string[];
  /** 'add' refuses ids that exist (imports); 'put' replaces (edits). */
  readonly mode: 'add' | 'put';
  /**
   * Writes the batch's audit entries inside the same transaction (appendAuditWithin), so the
   * records and their audit are stored together or not at all.
   */
  readonly writeAudit?: () => Promise<void>;
};

/** Test seam: called inside the write transaction after each table's write. Throwing aborts all. */
export type WriteHook = (table: string, rows: number) => void;

const write = async <T>(
  table: Table<T, string>,
  rows: readonly T[] | undefined,
  mode: 'add' | 'put',
  hook?: WriteHook,
): Promise<void> => {
  if (rows === undefined || rows.length === 0) return;
  if (mode === 'add') await table.bulkAdd([...rows]);
  else await table.bulkPut([...rows]);
  hook?.(table.name, rows.length);
};

const isConstraintError = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'ConstraintError' ||
    error.name === 'BulkError' ||
    (error as { inner?: { name?: string } }).inner?.name === 'ConstraintError');

/**
 * Stores a sealed batch atomically. Adding an id that exists fails with AppError('storage').
 * (Duplicate personal codes are checked against the keybook before the batch is sealed.)
 */
export const writeBatch = async (
  db: VaultDb,
  _auth: AnyAuth,
  batch: RecordsBatch,
  hook?: WriteHook,
): Promise<void> => {
  const tables: Table[] = [
    groupsTable(db),
    subjectsTable(db),
    representativesTable(db),
    linksTable(db),
  ];
  if (batch.writeAudit) tables.push(db.meta, db.audit);
  try {
    await db.transaction('rw', tables, async () => {
      await write(groupsTable(db), batch.groups, batch.mode, hook);
      await write(representativesTable(db), batch.representatives, batch.mode, hook);
      await write(subjectsTable(db), batch.subjects, batch.mode, hook);
      if (batch.deleteLinkIds !== undefined && batch.deleteLinkIds.length > 0)
        await linksTable(db).bulkDelete([...batch.deleteLinkIds]);
      await write(linksTable(db), batch.links, batch.mode, hook);
      await batch.writeAudit?.();
    });
  } catch (error) {
    if (isConstraintError(error)) throw new AppError('storage', 'errors.storage');
    throw error;
  }
};

export const readGroupRows = (db: VaultDb, _auth: AnyAuth): Promise<GroupRow[]> =>
  groupsTable(db).toArray();

export const readGroupRow = async (db: VaultDb, _auth: AnyAuth, id: string): Promise<GroupRow> => {
  const row = await groupsTable(db).get(id);
  if (!row) throw new AppError('not-found', 'errors.notFound', { entity: 'group' });
  return row;
};

/** All subject rows, or those of some groups (a teacher's list reads only their groups). */
export const readSubjectRows = (
  db: VaultDb,
  _auth: AnyAuth,
  groupIds?: readonly string[],
): Promise<SubjectRow[]> =>
  groupIds === undefined
    ? subjectsTable(db).toArray()
    : subjectsTable(db)
        .where('groupId')
        .anyOf([...groupIds])
        .toArray();

/**
 * Up to `limit` subject rows in primary-key order after `afterId` (from the first with
 * undefined): a list reads the table page by page, so no single read holds the main thread.
 */
export const readSubjectRowPage = (
  db: VaultDb,
  _auth: AnyAuth,
  afterId: string | undefined,
  limit: number,
): Promise<SubjectRow[]> =>
  (afterId === undefined
    ? subjectsTable(db).orderBy(':id')
    : subjectsTable(db).where(':id').above(afterId)
  )
    .limit(limit)
    .toArray();

/** How many subject rows there are (all, or in these groups); plaintext index, nothing opened. */
export const countSubjectRows = (
  db: VaultDb,
  _auth: AnyAuth,
  groupIds?: readonly string[],
): Promise<number> =>
  groupIds === undefined
    ? subjectsTable(db).count()
    : subjectsTable(db)
        .where('groupId')
        .anyOf([...groupIds])
        .count();

export const readSubjectRow = async (
  db: VaultDb,
  _auth: AnyAuth,
  id: string,
): Promise<SubjectRow> => {
  const row = await subjectsTable(db).get(id);
  if (!row) throw new AppError('not-found', 'errors.notFound', { entity: 'subject' });
  return row;
};

/** Every link of these representatives (to find all the children of a shared parent). */
export const readLinksOfRepresentatives = async (
  db: VaultDb,
  _auth: AnyAuth,
  representativeIds: readonly string[],
): Promise<LinkRow[]> =>
  linksTable(db)
    .where('representativeId')
    .anyOf([...representativeIds])
    .toArray();

/** Subject rows by id (missing ones skipped). */
export const readSubjectRowsById = async (
  db: VaultDb,
  _auth: AnyAuth,
  ids: readonly string[],
): Promise<SubjectRow[]> =>
  (await subjectsTable(db).bulkGet([...ids])).filter((r): r is SubjectRow => r !== undefined);

/** Links of these subjects, in their saved order. */
export const readLinkRows = async (
  db: VaultDb,
  _auth: AnyAuth,
  subjectIds: readonly string[],
): Promise<LinkRow[]> =>
  (
    await linksTable(db)
      .where('subjectId')
      .anyOf([...subjectIds])
      .toArray()
  ).sort((a, b) => a.position - b.position);

export const readRepresentativeRows = async (
  db: VaultDb,
  _auth: AnyAuth,
  ids?: readonly string[],
): Promise<RepresentativeRow[]> =>
  ids === undefined
    ? representativesTable(db).toArray()
    : (await representativesTable(db).bulkGet([...ids])).filter(
        (r): r is RepresentativeRow => r !== undefined,
      );
