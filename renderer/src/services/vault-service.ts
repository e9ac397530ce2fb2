// The vault use cases the UI calls: does a vault exist, create it, unlock, recover, change the
// own password, lock. Sessions are published through ctx.sessions for the UI to subscribe to.
import type { AuditAction } from '@shared/audit';
import { AppError } from '@shared/errors/app-error';
import { generateRecoveryCode } from '../data/crypto/recovery-code';
import { appendAudit } from '../data/audit/audit-log';
import { openRow, resealRow } from '../data/db/sealed-row';
import type { Country, InstitutionKind } from '../data/db/rows';
import {
  endSession,
  isSessionLive,
  keyringOf,
  orgKeys,
  replaceSession,
  type Session,
} from '../data/session/session';
import {
  buildGrants,
  buildSlot,
  openSlot,
  rewrapSlot,
  transientKeys,
} from '../data/vault/principals';
import { keyNamesForRole } from '../data/keys/key-names';
import { authorize } from './authorize';
import {
  afterUnlock,
  passwordSlotOf,
  readVaultMeta,
  recoveryHead,
  unlockWithPassword,
  unlockWithRecoveryCode,
} from './unlock';
import { assertPassword, type VaultContext } from './vault-context';
import { rotateRecoveryCode } from './recovery-rotation';
import { createVaultRows, type CreateVaultInput } from './vault-setup';
import { readUsername } from './user-rows';

export type Institution = {
  readonly kind: InstitutionKind;
  readonly country: Country;
  readonly details: Readonly<Record<string, unknown>>;
};

const auditAs = (
  ctx: VaultContext,
  session: Session,
  action: AuditAction,
  entityId: string,
): Promise<void> =>
  appendAudit(
    ctx.db,
    keyringOf(session).audit,
    [{ actor: session.userId, action, entity: 'user', entityId }],
    ctx.now(),
  );

const changeOwnPassword = async (
  ctx: VaultContext,
  session: Session,
  oldPassword: string,
  newPassword: string,
): Promise<Session> => {
  if (session.viaRecovery) throw new AppError('forbidden', 'errors.useRecoveryPasswordSetup');
  const slot = await passwordSlotOf(ctx, session.userId);
  if (!slot) throw new AppError('not-found', 'errors.noSlot');
  assertPassword(ctx, newPassword, await readUsername(ctx, keyringOf(session), session.userId));
  if (oldPassword === newPassword) throw new AppError('validation', 'errors.passwordUnchanged');
  let privateKey: CryptoKey;
  try {
    privateKey = await openSlot(slot, oldPassword, true);
  } catch {
    throw new AppError('validation', 'errors.badCredentials');
  }
  const now = ctx.now();
  const next = await rewrapSlot(slot, privateKey, newPassword, ctx.kdf, now);
  await ctx.db.transaction('rw', [ctx.db.slots, ctx.db.users], async () => {
    await ctx.db.slots.delete(slot.id);
    await ctx.db.slots.add(next);
    await ctx.db.users.update(session.userId, { mustChangePassword: false });
  });
  await auditAs(ctx, session, 'user.passwordChange', session.userId);
  // The first unlock with a password still to change could not turn due leavings: now it can
  // (afterUnlock publishes the new session once they are turned).
  return afterUnlock(ctx, replaceSession(session, { mustChangePassword: false }));
};

/** After a recovery unlock: a new key pair and password for the head, granted every head key. */
const setPasswordAfterRecovery = async (
  ctx: VaultContext,
  session: Session,
  newPassword: string,
): Promise<Session> => {
  if (!session.viaRecovery) throw new AppError('forbidden', 'errors.forbidden');
  const keyring = keyringOf(session);
  const head = await recoveryHead(ctx);
  const username = await readUsername(ctx, keyring, head.id);
  assertPassword(ctx, newPassword, username);
  const now = ctx.now();
  const slot = await buildSlot(head.id, 'password', newPassword, ctx.kdf, now);
  const names = keyNamesForRole('head');
  const grants = await buildGrants(
    await transientKeys(ctx.db, keyring, names),
    names,
    slot.publicKey,
    head.id,
    now,
  );
  await ctx.db.transaction('rw', [ctx.db.slots, ctx.db.grants, ctx.db.users], async () => {
    await ctx.db.slots.where('principalId').equals(head.id).delete();
    await ctx.db.grants.where('principalId').equals(head.id).delete();
    await ctx.db.slots.add(slot);
    await ctx.db.grants.bulkAdd(grants);
    await ctx.db.users.update(head.id, { mustChangePassword: false });
  });
  await auditAs(ctx, session, 'user.passwordReset', head.id);
  await lock(ctx, session);
  return unlockWithPassword(ctx, username, newPassword);
};

/** Keys are dropped at once (synchronously); the returned promise settles the audit entry. */
const lock = async (ctx: VaultContext, session: Session): Promise<void> => {
  if (ctx.sessions.current() === session) ctx.sessions.set(null);
  if (!isSessionLive(session)) return;
  const { audit } = keyringOf(session);
  endSession(session);
  try {
    await appendAudit(
      ctx.db,
      audit,
      [{ actor: session.userId, action: 'vault.lock', entity: 'user', entityId: session.userId }],
      ctx.now(),
    );
  } catch {
    // Locking must never fail because the audit write did.
  }
};

const getInstitution = async (ctx: VaultContext, session: Session): Promise<Institution> => {
  const meta = await readVaultMeta(ctx);
  const opened = await openRow<{ org: Record<string, unknown> }>(
    orgKeys(keyringOf(session)),
    'meta',
    meta,
  );
  return { kind: meta.kind, country: meta.country, details: opened.org ?? {} };
};

const updateInstitution = async (
  ctx: VaultContext,
  session: Session,
  details: Readonly<Record<string, unknown>>,
): Promise<void> => {
  const auth = authorize(session, 'settings.manage');
  // Kind and country are fixed when the register is made (they decide its whole shape, issue 11):
  // refused here rather than kept beside the details, where they would mean nothing.
  if ('kind' in details || 'country' in details)
    throw new AppError('validation', 'errors.institutionKindFixed', { field: 'kind' });
  const meta = await readVaultMeta(ctx);
  const sealed = await resealRow(orgKeys(keyringOf(auth.session)), 'meta', 'vault', meta.sealed, {
    org: details,
  });
  await ctx.db.meta.put({ ...meta, sealed });
  await appendAudit(
    ctx.db,
    keyringOf(session).audit,
    [
      {
        actor: session.userId,
        action: 'institution.update',
        entity: 'institution',
        entityId: null,
      },
    ],
    ctx.now(),
  );
};

export const createVaultService = (ctx: VaultContext) => ({
  vaultExists: async (): Promise<boolean> => (await ctx.db.meta.get('vault')) !== undefined,
  /** Plaintext facts shown before login (no personal data). */
  vaultInfo: async (): Promise<{ kind: InstitutionKind; country: Country } | null> => {
    const meta = await ctx.db.meta.get('vault');
    return meta?.id === 'vault' ? { kind: meta.kind, country: meta.country } : null;
  },
  /** A fresh recovery code for the setup wizard to show before the vault is created. */
  newRecoveryCode: (): string => generateRecoveryCode(),
  /** Head only: replaces the recovery code; the old printed sheet stops working. */
  rotateRecoveryCode: (session: Session, recoveryCode: string): Promise<string> =>
    rotateRecoveryCode(ctx, session, recoveryCode),
  createVault: (input: CreateVaultInput): Promise<{ recoveryCode: string }> =>
    createVaultRows(ctx, input),
  unlock: (username: string, password: string): Promise<Session> =>
    unlockWithPassword(ctx, username, password),
  unlockWithRecovery: (code: string): Promise<Session> => unlockWithRecoveryCode(ctx, code),
  setPasswordAfterRecovery: (session: Session, newPassword: string): Promise<Session> =>
    setPasswordAfterRecovery(ctx, session, newPassword),
  changeOwnPassword: (
    session: Session,
    oldPassword: string,
    newPassword: string,
  ): Promise<Session> => changeOwnPassword(ctx, session, oldPassword, newPassword),
  lock: (session: Session): Promise<void> => lock(ctx, session),
  getInstitution: (session: Session): Promise<Institution> => getInstitution(ctx, session),
  updateInstitution: (
    session: Session,
    details: Readonly<Record<string, unknown>>,
  ): Promise<void> => updateInstitution(ctx, session, details),
  currentSession: (): Session | null => ctx.sessions.current(),
  subscribe: ctx.sessions.subscribe,
});

export type VaultService = ReturnType<typeof createVaultService>;
