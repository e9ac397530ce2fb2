// Finishing and re-applying erasure records (docs/security-model.md, "Erasure and crash
// consistency"): steps 2 and 3 of an erasure, which need no person key (keybook entries are
// removed by id, rows deleted by id) and only the org key every role holds for the record itself.
// So whoever signs in next finishes an erasure cut short, before anything is shown.
import { isApprovedErasure, type PartialErasureCategory } from '@shared/retention/erasure';
import type { Keyring } from '../../data/session/session';
import type { KeyEntry } from '../../data/keys/keybook';
import {
  openErasure,
  readErasureRows,
  sealErasure,
  type Erasure,
  type ErasureState,
} from '../../data/retention/erasures-repo';
import { deletePartialRows, deletePersonRows } from '../../data/retention/person-rows';
import type { VaultContext } from '../vault-context';

/** Step 2: the keys leave every keybook file (atomic replacements) and the session's cache. */
const removeKeys = async (
  ctx: VaultContext,
  keyring: Keyring,
  entries: readonly KeyEntry[],
): Promise<void> => {
  if (entries.length > 0)
    await ctx.keybook.update({
      remove: entries.map((e) => ({ scopeId: e.scopeId, keyId: e.keyId })),
    });
  keyring.people.forget(entries.map((e) => e.keyId));
};

/** Partial erasure: only the keys and scan rows fixed at approval; the health box if no key is left. */
const completePartial = async (
  ctx: VaultContext,
  keyring: Keyring,
  erasure: Erasure,
  categories: readonly PartialErasureCategory[],
  done: Erasure,
): Promise<void> => {
  const subjectId = erasure.personIds[0] ?? '';
  const keyIds = new Set(erasure.keyIds ?? []);
  await removeKeys(
    ctx,
    keyring,
    ctx.keybook.entriesOfOwner(subjectId).filter((e) => keyIds.has(e.keyId)),
  );
  // A health note written after the erasure has a new key: its box is kept.
  const healthKeyLeft = ctx.keybook
    .entriesOfOwner(subjectId)
    .some((e) => !e.item && e.category === 'health');
  await deletePartialRows(
    ctx.db,
    subjectId,
    {
      evidenceIds: erasure.itemIds ?? [],
      dropHealth: categories.includes('health') && !healthKeyLeft,
    },
    await sealErasure(keyring.org, done),
  );
};

/** Steps 2 and 3 for one approved record: keys out of the keybook, then the rows, record done. */
export const completeErasure = async (
  ctx: VaultContext,
  keyring: Keyring,
  erasure: Erasure,
): Promise<void> => {
  const done: Erasure = {
    ...erasure,
    state: 'done',
    doneAt: erasure.doneAt ?? ctx.now().toISOString(),
  };
  if (erasure.scope?.kind === 'partial') {
    await completePartial(ctx, keyring, erasure, erasure.scope.categories, done);
    return;
  }
  await removeKeys(
    ctx,
    keyring,
    erasure.personIds.flatMap((id) => ctx.keybook.entriesOfOwner(id)),
  );
  await deletePersonRows(ctx.db, erasure.personIds, await sealErasure(keyring.org, done));
};

/**
 * Applies erasure records again: the pending ones at every unlock (a cut-short erasure is
 * finished before anything is shown), every approved one after a restore of an older backup (the
 * records are the tombstones; proposals and rejected ones are never applied). Idempotent.
 * Returns how many records were applied.
 */
export const reapplyErasures = async (
  ctx: VaultContext,
  keyring: Keyring,
  state?: ErasureState,
): Promise<number> => {
  const rows = (await readErasureRows(ctx.db, state)).filter((r) => isApprovedErasure(r.state));
  for (const row of rows) await completeErasure(ctx, keyring, await openErasure(keyring.org, row));
  return rows.length;
};
