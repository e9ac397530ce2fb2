// A new recovery code for the head: after the old sheet was used, lost or seen by someone else.
// The new recovery principal gets a fresh key pair and grants of every key; the old slot and its
// grants are deleted in the same transaction, so the old code stops working at once.
import { appendAudit } from '../data/audit/audit-log';
import { RECOVERY_PRINCIPAL } from '../data/db/rows';
import { generateRecoveryCode, normalizeRecoveryCode } from '../data/crypto/recovery-code';
import { BASE_KEY_NAMES } from '../data/keys/key-names';
import type { Session } from '../data/session/session';
import { buildGrants, buildSlot, transientKeys } from '../data/vault/principals';
import { authorize, keyringFor } from './authorize';
import type { VaultContext } from './vault-context';

/** Replaces the recovery slot. `recoveryCode` comes from newRecoveryCode() and was shown first. */
export const rotateRecoveryCode = async (
  ctx: VaultContext,
  session: Session,
  recoveryCode = generateRecoveryCode(),
): Promise<string> => {
  const auth = authorize(session, 'staff.manage');
  const keyring = keyringFor(auth);
  const now = ctx.now();
  const keys = await transientKeys(ctx.db, keyring, BASE_KEY_NAMES);
  const slot = await buildSlot(
    RECOVERY_PRINCIPAL,
    'recovery',
    normalizeRecoveryCode(recoveryCode),
    ctx.kdf,
    now,
  );
  const grants = await buildGrants(keys, BASE_KEY_NAMES, slot.publicKey, RECOVERY_PRINCIPAL, now);
  await ctx.db.transaction('rw', [ctx.db.slots, ctx.db.grants], async () => {
    await ctx.db.slots.where('principalId').equals(RECOVERY_PRINCIPAL).delete();
    await ctx.db.grants.where('principalId').equals(RECOVERY_PRINCIPAL).delete();
    await ctx.db.slots.add(slot);
    await ctx.db.grants.bulkAdd(grants);
  });
  await appendAudit(
    ctx.db,
    keyring.audit,
    [{ actor: session.userId, action: 'vault.recoveryRotate', entity: 'vault', entityId: null }],
    now,
  );
  return recoveryCode;
};
