// Opening the vault: by username + password, or by the recovery code. Failures write only to
// loginAttempts (outside the vault) and impose a growing delay; they reach the audit chain as
// 'login.failure' entries at the next successful unlock, when the audit key is available again.
import { AppError, isAppError } from '@shared/errors/app-error';
import { deriveKek, newKdfParams } from '../data/crypto/kdf';
import { normalizeRecoveryCode } from '../data/crypto/recovery-code';
import { appendAudit, type AuditInput } from '../data/audit/audit-log';
import { RECOVERY_PRINCIPAL, type SlotRow, type UserRow, type VaultMetaRow } from '../data/db/rows';
import { startSession, type Keyring, type Session } from '../data/session/session';
import { assertNotThrottled, recordFailure } from '../data/vault/login-attempts';
import { loadKeyring, openSlot } from '../data/vault/principals';
import { migrateToPersonKeys, needsKeyMigration } from '../data/keys/key-migration';
import { lookupTag } from '../data/vault/lookup-tag';
import { addMissingCategoryKeys } from '../data/vault/new-category-keys';
import { applyDueLeavings } from './records/planned-leavings';
import { reapplyErasures } from './retention/reapply';
import type { VaultContext } from './vault-context';

export const readVaultMeta = async (ctx: VaultContext): Promise<VaultMetaRow> => {
  const meta = await ctx.db.meta.get('vault');
  if (!meta || meta.id !== 'vault') throw new AppError('not-found', 'errors.noVault');
  return meta;
};

export const passwordSlotOf = async (
  ctx: VaultContext,
  userId: string,
): Promise<SlotRow | undefined> =>
  (await ctx.db.slots.where('principalId').equals(userId).toArray()).find(
    (s) => s.kind === 'password',
  );

/** Opens a slot; only a wrong secret counts as a failed attempt (a tampered KDF floor does not). */
const openOrFail = async (
  ctx: VaultContext,
  now: Date,
  slot: SlotRow,
  secret: string,
  userId: string | null,
): Promise<CryptoKey> => {
  try {
    return await openSlot(slot, secret);
  } catch (error) {
    if (isAppError(error) && error.i18nKey === 'errors.kdfBelowFloor') throw error;
    throw await recordFailure(ctx.db, now, userId);
  }
};

/** Folds stored failures into the chain, appends the success, clears the counters. */
const auditUnlock = async (
  ctx: VaultContext,
  keyring: Keyring,
  success: AuditInput,
  now: Date,
): Promise<void> => {
  const attempts = await ctx.db.loginAttempts.orderBy('at').toArray();
  const failures: AuditInput[] = attempts.map((a) => ({
    actor: 'system',
    action: 'login.failure',
    entity: 'user',
    entityId: a.userId,
    at: a.at,
  }));
  await appendAudit(ctx.db, keyring.audit, [...failures, success], now);
  await ctx.db.loginAttempts.bulkDelete(attempts.map((a) => a.id));
};

/**
 * The session's keyring. A register made before per-person keys is converted first, by the head
 * or the recovery code (they hold every category key); anyone else is told to wait for the head.
 */
const keyringAfterUpgrade = async (
  ctx: VaultContext,
  principalId: string,
  privateKey: CryptoKey,
  mayUpgrade: boolean,
): Promise<Keyring> => {
  const upgrade = needsKeyMigration(await readVaultMeta(ctx));
  if (upgrade && !mayUpgrade) throw new AppError('forbidden', 'errors.upgradeNeedsHead');
  // Category keys added by a later version (issue 11); the conversion makes them itself, in its
  // one final transaction.
  const added = mayUpgrade && !upgrade ? await addMissingCategoryKeys(ctx.db, ctx.now()) : [];
  if (upgrade) await migrateToPersonKeys(ctx.db, ctx.keybook, principalId, privateKey, ctx.now());
  const keyring = await loadKeyring(ctx.db, ctx.keybook, principalId, privateKey);
  // An erasure cut short (a crash between its steps) is finished before anything is shown.
  await reapplyErasures(ctx, keyring, 'pending');
  if (upgrade || added.length > 0)
    await appendAudit(
      ctx.db,
      keyring.audit,
      [{ actor: 'system', action: 'vault.keyMigration', entity: 'vault', entityId: null }],
      ctx.now(),
    );
  return keyring;
};

/**
 * Starts the session; publishes it (the app appears: Root renders on publication) unless
 * `publish` is false, for a caller that publishes it itself after more work (afterUnlock).
 */
const begin = (
  ctx: VaultContext,
  user: UserRow,
  keyring: Keyring,
  viaRecovery: boolean,
  publish = true,
): Session => {
  const session = startSession(
    {
      userId: user.id,
      role: viaRecovery ? 'head' : user.role,
      groupIds: user.groupIds,
      mustChangePassword: viaRecovery || user.mustChangePassword,
      viaRecovery,
    },
    keyring,
  );
  if (publish) ctx.sessions.set(session);
  return session;
};

/**
 * Planned leavings whose date has come turn 'left' (head, secretary; records/planned-leavings.ts)
 * before anything is shown: the session is published only after them (published earlier, the
 * app appeared and its list could be read while the child was still 'active'). A failure here
 * must not keep anyone out of the register: the records stay as they were and the next unlock
 * tries again.
 */
export const afterUnlock = async (ctx: VaultContext, session: Session): Promise<Session> => {
  await applyDueLeavings({ ctx, options: {} }, session).catch(() => []);
  ctx.sessions.set(session);
  return session;
};

export const unlockWithPassword = async (
  ctx: VaultContext,
  username: string,
  password: string,
): Promise<Session> => {
  const now = ctx.now();
  await assertNotThrottled(ctx.db, now);
  const meta = await readVaultMeta(ctx);
  const tag = await lookupTag(meta.installSalt, username);
  const user = await ctx.db.users.where('lookupTag').equals(tag).first();
  const slot = user?.status === 'active' ? await passwordSlotOf(ctx, user.id) : undefined;
  if (!user || !slot) {
    // Same work as a real attempt, so timing does not tell which usernames exist.
    await deriveKek(password, newKdfParams(ctx.kdf));
    throw await recordFailure(ctx.db, now, user?.id ?? null);
  }
  const keyring = await keyringAfterUpgrade(
    ctx,
    user.id,
    await openOrFail(ctx, now, slot, password, user.id),
    user.role === 'head',
  );
  await auditUnlock(
    ctx,
    keyring,
    { actor: user.id, action: 'login.success', entity: 'user', entityId: user.id },
    now,
  );
  return afterUnlock(ctx, begin(ctx, user, keyring, false, false));
};

/** The earliest active head: the account a recovery code re-opens. */
export const recoveryHead = async (ctx: VaultContext): Promise<UserRow> => {
  const heads = (await ctx.db.users.where('role').equals('head').toArray())
    .filter((u) => u.status === 'active')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const head = heads[0];
  if (!head) throw new AppError('not-found', 'errors.noActiveHead');
  return head;
};

export const unlockWithRecoveryCode = async (ctx: VaultContext, code: string): Promise<Session> => {
  const now = ctx.now();
  await assertNotThrottled(ctx.db, now);
  const canonical = normalizeRecoveryCode(code);
  const slot = (await ctx.db.slots.where('principalId').equals(RECOVERY_PRINCIPAL).toArray())[0];
  if (!slot) throw new AppError('not-found', 'errors.noRecoverySlot');
  const keyring = await keyringAfterUpgrade(
    ctx,
    RECOVERY_PRINCIPAL,
    await openOrFail(ctx, now, slot, canonical, null),
    true,
  );
  const head = await recoveryHead(ctx);
  await auditUnlock(
    ctx,
    keyring,
    { actor: head.id, action: 'vault.recoveryUnlock', entity: 'user', entityId: head.id },
    now,
  );
  return begin(ctx, head, keyring, true);
};
