// Appending to the audit chain. Hashes and MACs are computed BEFORE the write transaction
// (WebCrypto and IndexedDB transactions do not mix); the transaction then re-checks that the
// head has not moved and writes entries and the new head together. Appends are serialised per
// database so two features auditing at once cannot fork the chain.
import type { AuditAction, AuditEntity } from '@shared/audit';
import { AppError } from '@shared/errors/app-error';
import type { AuditHeadRow, AuditRow } from '../db/rows';
import type { VaultDb } from '../db/vault-db';
import { entryHash, entryMac, GENESIS_HASH, headMac } from './chain';

export type AuditInput = {
  readonly actor: string;
  /** One of the listed actions (shared/audit): a new one needs a label in every language. */
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  /** An id, never a name or any other personal value. */
  readonly entityId: string | null;
  /** Defaults to now; folded login failures keep the time they happened. */
  readonly at?: string;
};

const HEAD_ID = 'auditHead';
const queues = new WeakMap<VaultDb, Promise<unknown>>();

export const readAuditHead = async (db: VaultDb): Promise<AuditHeadRow | undefined> => {
  const row = await db.meta.get(HEAD_ID);
  return row && row.id === 'auditHead' ? row : undefined;
};

type Tip = { readonly seq: number; readonly hash: string; readonly tampered: boolean };

/**
 * Continue from the MAC-valid head pointer, not from the table's last row: if someone cut the
 * tail, new entries then leave a visible gap instead of silently re-growing a shorter chain.
 */
const currentTip = async (db: VaultDb, auditKey: CryptoKey): Promise<Tip> => {
  const head = await readAuditHead(db);
  const last = await db.audit.orderBy('seq').last();
  if (head && (await headMac(auditKey, head.lastSeq, head.lastHash)) === head.mac) {
    return { seq: head.lastSeq, hash: head.lastHash, tampered: false };
  }
  if (!last) return { seq: 0, hash: GENESIS_HASH, tampered: head !== undefined };
  return { seq: last.seq, hash: last.hash, tampered: true };
};

const buildRows = async (
  auditKey: CryptoKey,
  tip: Tip,
  inputs: readonly AuditInput[],
  now: Date,
): Promise<AuditRow[]> => {
  const all: AuditInput[] = tip.tampered
    ? [
        { actor: 'system', action: 'audit.tamperDetected', entity: 'audit', entityId: null },
        ...inputs,
      ]
    : [...inputs];
  const rows: AuditRow[] = [];
  let prevHash = tip.hash;
  for (const [i, input] of all.entries()) {
    const fields = {
      seq: tip.seq + i + 1,
      at: input.at ?? now.toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
    };
    const hash = await entryHash(fields, prevHash);
    rows.push({ ...fields, prevHash, hash, mac: await entryMac(auditKey, hash) });
    prevHash = hash;
  }
  return rows;
};

type Prepared = { readonly tip: Tip; readonly rows: AuditRow[]; readonly head: AuditHeadRow };

/** Entries and the new head, computed before any transaction (WebCrypto cannot run inside one). */
const prepare = async (
  db: VaultDb,
  auditKey: CryptoKey,
  inputs: readonly AuditInput[],
  now: Date,
): Promise<Prepared | null> => {
  const tip = await currentTip(db, auditKey);
  const rows = await buildRows(auditKey, tip, inputs, now);
  const last = rows.at(-1);
  if (!last) return null;
  const head: AuditHeadRow = {
    id: HEAD_ID,
    lastSeq: last.seq,
    lastHash: last.hash,
    mac: await headMac(auditKey, last.seq, last.hash),
  };
  return { tip, rows, head };
};

/** Inside a transaction over `meta` and `audit`: re-checks the head, writes entries and head. */
const writePrepared = async (db: VaultDb, prepared: Prepared): Promise<void> => {
  const { tip, rows, head } = prepared;
  const stored = await readAuditHead(db);
  if (stored && !tip.tampered && stored.lastSeq !== tip.seq)
    throw new AppError('storage', 'errors.auditConflict');
  await db.audit.bulkAdd(rows);
  await db.meta.put(head);
};

const appendOnce = async (
  db: VaultDb,
  auditKey: CryptoKey,
  inputs: readonly AuditInput[],
  now: Date,
): Promise<void> => {
  const prepared = await prepare(db, auditKey, inputs, now);
  if (!prepared) return;
  await db.transaction('rw', db.meta, db.audit, () => writePrepared(db, prepared));
};

/** Runs `step` after every append queued before it and before any queued after it. */
const enqueue = <T>(db: VaultDb, step: () => Promise<T>): Promise<T> => {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(step);
  queues.set(db, next);
  return next;
};

export const appendAudit = (
  db: VaultDb,
  auditKey: CryptoKey,
  inputs: readonly AuditInput[],
  now: Date,
): Promise<void> => enqueue(db, () => appendOnce(db, auditKey, inputs, now));

/**
 * Writes audit entries in the SAME transaction as a change, so both are stored or neither is
 * (issue 10 item 5: an import's records and its audit entries are one all-or-nothing unit).
 * The entries are computed first; then `run` gets `writeAudit`, which it must call inside its
 * own Dexie transaction, whose scope includes `db.meta` and `db.audit`. Other appends wait
 * until `run` has finished. Throws errors.auditConflict if the chain moved meanwhile (nothing
 * of the transaction is then stored), and whatever `run` throws.
 */
export const appendAuditWithin = <T>(
  db: VaultDb,
  auditKey: CryptoKey,
  inputs: readonly AuditInput[],
  now: Date,
  run: (writeAudit: () => Promise<void>) => Promise<T>,
): Promise<T> =>
  enqueue(db, async () => {
    const prepared = await prepare(db, auditKey, inputs, now);
    return run(() => (prepared ? writePrepared(db, prepared) : Promise.resolve()));
  });
