// Finishing and re-applying erasure records (docs/security-model.md, "Erasure and crash
// consistency"): steps 2 and 3 of an erasure, which need no person key (keybook entries are
// removed by id, rows deleted by id) and only the org key every role holds for the record itself.
// So whoever signs in next finishes an erasure cut short, before anything is shown.
import type { Keyring } from '../../data/session/session';
import {
  openErasure,
  readErasureRows,
  sealErasure,
  type Erasure,
  type ErasureState,
} from '../../data/retention/erasures-repo';
import { deletePersonRows } from '../../data/retention/person-rows';
import type { VaultContext } from '../vault-context';

/** Steps 2 and 3 for one record: keys out of the keybook, then the rows, record done. */
export const completeErasure = async (
  ctx: VaultContext,
  keyring: Keyring,
  erasure: Erasure,
): Promise<void> => {
  const owned = erasure.personIds.flatMap((id) => ctx.keybook.entriesOfOwner(id));
  if (owned.length > 0)
    await ctx.keybook.update({
      remove: owned.map((e) => ({ scopeId: e.scopeId, keyId: e.keyId })),
    });
  keyring.people.forget(owned.map((e) => e.keyId));
  const done: Erasure = {
    ...erasure,
    state: 'done',
    doneAt: erasure.doneAt ?? ctx.now().toISOString(),
  };
  await deletePersonRows(ctx.db, erasure.personIds, await sealErasure(keyring.org, done));
};

/**
 * Applies erasure records again: the pending ones at every unlock (a cut-short erasure is
 * finished before anything is shown), every one after a restore of an older backup (the records
 * are the tombstones). Idempotent. Returns how many records were applied.
 */
export const reapplyErasures = async (
  ctx: VaultContext,
  keyring: Keyring,
  state?: ErasureState,
): Promise<number> => {
  const rows = await readErasureRows(ctx.db, state);
  for (const row of rows) await completeErasure(ctx, keyring, await openErasure(keyring.org, row));
  return rows.length;
};
