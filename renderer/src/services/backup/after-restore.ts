// The one place a restored register is prepared so that erased people cannot come back
// (issue 9 item 6, the tombstones): every erasure record in the restored database, and every one
// of the register it replaces (erasures made AFTER the backup), is queued again as 'pending'.
// The unlock path finishes pending erasures (`reapplyErasures(ctx, keyring, 'pending')` in
// services/unlock.ts) before the session exists, so nothing of an erased person is ever shown.
// Only plaintext fields are touched: no key is needed before the switch.
import { isApprovedErasure } from '@shared/retention/erasure';
import type { VaultDb } from '../../data/db/vault-db';
import { erasuresTable, type ErasureRow } from '../../data/retention/erasures-repo';

/** The erasure records of a register (the one being replaced), as stored. */
export const erasureTombstones = (db: VaultDb): Promise<ErasureRow[]> =>
  erasuresTable(db).toArray();

/**
 * Queues every approved erasure record of `restored` and `carried` (same institution: the same
 * org key seals them) to be applied again at the first unlock. Proposals and rejected ones are
 * kept as they are: they never erase anything. Idempotent by record id.
 */
export const queueErasuresAfterRestore = async (
  restored: VaultDb,
  carried: readonly ErasureRow[],
): Promise<number> => {
  const table = erasuresTable(restored);
  const byId = new Map<string, ErasureRow>();
  for (const row of [...(await table.toArray()), ...carried]) byId.set(row.id, row);
  const queued = [...byId.values()].map((row) =>
    isApprovedErasure(row.state) ? { ...row, state: 'pending' as const } : row,
  );
  await restored.transaction('rw', table, () => table.bulkPut(queued));
  return queued.length;
};
