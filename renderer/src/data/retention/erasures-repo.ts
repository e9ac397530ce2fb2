// Erasure records (table `erasures`, schema 50): one per erasure, written BEFORE anything is
// removed and marked done in the same transaction that deletes the rows, so an erasure cut short
// is finished at the next unlock. Kept afterwards as the tombstones a restore of an older backup
// applies again (docs/security-model.md, "Erasure and crash consistency"). Plaintext: ids, state
// and times; the erased ids, the reason and the counts are sealed under the org key.
import { AppError } from '@shared/errors/app-error';
import type { ErasureScope, ErasureState } from '@shared/retention/erasure';
import type { Table } from 'dexie';
import type { SealedFields } from '../db/rows';
import { openRow, sealRow } from '../db/sealed-row';
import type { VaultDb } from '../db/vault-db';
import { KEY_TABLES } from '../keys/schema';

export type { ErasureState } from '@shared/retention/erasure';

export type ErasureRow = {
  readonly id: string;
  readonly kind: 'person';
  readonly state: ErasureState;
  readonly proposedAt: string;
  readonly proposedBy: string;
  /** ISO time and user id of the approval (or rejection); empty while proposed. */
  readonly decidedAt: string;
  readonly decidedBy: string;
  /** ISO time the rows were deleted; null while pending. */
  readonly doneAt: string | null;
  /** org: ErasureContent */
  readonly sealed: SealedFields;
};

/**
 * What an erasure removes: person ids (random UUIDs; the subject first), the reason given, rows
 * per table (counted at approval). Records written before the four-eyes flow have no legal basis
 * and no scope: they erased the whole person.
 */
export type ErasureContent = {
  readonly personIds: readonly string[];
  readonly reason: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly legalBasis?: string;
  readonly scope?: ErasureScope;
  /** Why the head refused a proposal. */
  readonly rejection?: string;
  /**
   * Partial erasure only, fixed at approval: the data keys removed (the health key ids, each
   * scan's item key) and the scan rows deleted. A later scan or health note is never touched.
   */
  readonly keyIds?: readonly string[];
  readonly itemIds?: readonly string[];
};

export type Erasure = Omit<ErasureRow, 'sealed'> & ErasureContent;

export const erasuresTable = (db: VaultDb): Table<ErasureRow, string> =>
  db.table(KEY_TABLES.erasures);

const orgMap = (org: CryptoKey) => new Map([['org', org] as const]);

/** Seals a new or changed erasure record (outside any transaction). */
export const sealErasure = async (org: CryptoKey, erasure: Erasure): Promise<ErasureRow> => {
  const { id, kind, state, proposedAt, proposedBy, decidedAt, decidedBy, doneAt, ...content } =
    erasure;
  const plain = { id, kind, state, proposedAt, proposedBy, decidedAt, decidedBy, doneAt };
  return {
    ...plain,
    sealed: await sealRow(orgMap(org), KEY_TABLES.erasures, id, { org: content }),
  };
};

export const openErasure = async (org: CryptoKey, row: ErasureRow): Promise<Erasure> => {
  const { org: content } = await openRow<{ org: ErasureContent }>(
    orgMap(org),
    KEY_TABLES.erasures,
    row,
  );
  if (!content) throw new AppError('crypto', 'errors.decryptFailed');
  const { sealed: _sealed, ...plain } = row;
  return { ...plain, ...content };
};

/** Erasure records in a state (or all), oldest first. */
export const readErasureRows = async (db: VaultDb, state?: ErasureState): Promise<ErasureRow[]> =>
  state === undefined
    ? erasuresTable(db).orderBy('proposedAt').toArray()
    : erasuresTable(db).where('state').equals(state).sortBy('proposedAt');

export const addErasureRow = async (db: VaultDb, row: ErasureRow): Promise<void> => {
  await db.transaction('rw', erasuresTable(db), async () => {
    await erasuresTable(db).add(row);
  });
};

/** One erasure record; undefined when there is none with this id. */
export const readErasureRow = (db: VaultDb, id: string): Promise<ErasureRow | undefined> =>
  erasuresTable(db).get(id);

/**
 * Replaces a record only while it is still in state `from` (a proposal decided twice, e.g. in two
 * windows, is refused the second time). Returns false when the state had changed.
 */
export const replaceErasureRow = (
  db: VaultDb,
  from: ErasureState,
  row: ErasureRow,
): Promise<boolean> =>
  db.transaction('rw', erasuresTable(db), async () => {
    const current = await erasuresTable(db).get(row.id);
    if (current?.state !== from) return false;
    await erasuresTable(db).put(row);
    return true;
  });
