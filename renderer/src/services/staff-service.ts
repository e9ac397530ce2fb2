// Staff accounts, head only ('staff.manage'); in a social office the administrator of accounts
// also deactivates ('staff.deactivate'). Keys are granted to a user's public key, so the head
// never needs anyone's password; accounts are deactivated, never deleted (seed 003, 13.1).
import { can } from '@shared/access/permissions';
import type { Role } from '@shared/access/roles';
import type { AuditAction } from '@shared/audit';
import { AppError } from '@shared/errors/app-error';
import { appendAudit } from '../data/audit/audit-log';
import { sealRow } from '../data/db/sealed-row';
import type { UserRow, UserStatus } from '../data/db/rows';
import type { KeyName } from '../data/keys/key-names';
import { assertUsername, lookupTag } from '../data/vault/lookup-tag';
import { keyringOf, orgKeys, type Session } from '../data/session/session';
import { buildGrants, buildSlot } from '../data/vault/principals';
import { grantNamesFor, transientGrantKeys } from './grant-keys';
import { authorize, keyringFor, type Authorized } from './authorize';
import { readVaultMeta, passwordSlotOf } from './unlock';
import { openUserCore, readUser } from './user-rows';
import { assertPassword, type VaultContext } from './vault-context';

export type StaffMember = {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly status: UserStatus;
  readonly groupIds: readonly string[];
  readonly mustChangePassword: boolean;
  readonly createdAt: string;
};

export type NewStaffMember = {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly groupIds: readonly string[];
  readonly initialPassword: string;
};

type StaffAuth = Authorized<'staff.manage' | 'staff.deactivate'>;

/** 'staff.manage' when the session has it, else 'staff.deactivate' (or forbidden). */
const staffReader = (session: Session): StaffAuth =>
  can(session.role, 'staff.manage')
    ? authorize(session, 'staff.manage')
    : authorize(session, 'staff.deactivate');

const record = (
  ctx: VaultContext,
  auth: StaffAuth,
  action: AuditAction,
  userId: string,
): Promise<void> =>
  appendAudit(
    ctx.db,
    keyringFor(auth).audit,
    [{ actor: auth.session.userId, action, entity: 'user', entityId: userId }],
    ctx.now(),
  );

/** Another active user: the head changes their own account through the vault service. */
const otherActiveUser = async (
  ctx: VaultContext,
  auth: StaffAuth,
  userId: string,
): Promise<UserRow> => {
  if (userId === auth.session.userId) throw new AppError('validation', 'errors.notOnOwnAccount');
  const user = await readUser(ctx, userId);
  if (user.status !== 'active') throw new AppError('validation', 'errors.userDeactivated');
  return user;
};

const grantsForNewSlot = async (
  ctx: VaultContext,
  auth: StaffAuth,
  userId: string,
  role: Role,
  groupIds: readonly string[],
  password: string,
) => {
  const now = ctx.now();
  const slot = await buildSlot(userId, 'password', password, ctx.kdf, now);
  const names = grantNamesFor({ id: userId, role, groupIds });
  const grants = await buildGrants(
    await transientGrantKeys(ctx, keyringFor(auth), names),
    names,
    slot.publicKey,
    userId,
    now,
  );
  return { slot, grants };
};

const listUsers = async (ctx: VaultContext, session: Session): Promise<StaffMember[]> => {
  const keyring = keyringFor(staffReader(session));
  const rows = await ctx.db.users.toArray();
  const members: StaffMember[] = [];
  for (const row of rows) {
    const core = await openUserCore(keyring, row);
    members.push({
      id: row.id,
      username: core.username,
      displayName: core.displayName,
      role: row.role,
      status: row.status,
      groupIds: row.groupIds,
      mustChangePassword: row.mustChangePassword,
      createdAt: row.createdAt,
    });
  }
  return members;
};

const createUser = async (
  ctx: VaultContext,
  session: Session,
  input: NewStaffMember,
): Promise<string> => {
  const auth = authorize(session, 'staff.manage');
  const username = input.username.trim();
  assertUsername(username);
  assertPassword(ctx, input.initialPassword, username);
  const tag = await lookupTag((await readVaultMeta(ctx)).installSalt, username);
  if ((await ctx.db.users.where('lookupTag').equals(tag).count()) > 0)
    throw new AppError('validation', 'errors.usernameTaken');
  const id = crypto.randomUUID();
  const { slot, grants } = await grantsForNewSlot(
    ctx,
    auth,
    id,
    input.role,
    input.groupIds,
    input.initialPassword,
  );
  const row: UserRow = {
    id,
    role: input.role,
    status: 'active',
    lookupTag: tag,
    mustChangePassword: true,
    groupIds: [...input.groupIds],
    createdAt: ctx.now().toISOString(),
    sealed: await sealRow(orgKeys(keyringFor(auth)), 'users', id, {
      org: { username, displayName: input.displayName },
    }),
  };
  await ctx.db.transaction('rw', [ctx.db.users, ctx.db.slots, ctx.db.grants], async () => {
    if ((await ctx.db.users.where('lookupTag').equals(tag).count()) > 0)
      throw new AppError('validation', 'errors.usernameTaken');
    await ctx.db.users.add(row);
    await ctx.db.slots.add(slot);
    await ctx.db.grants.bulkAdd(grants);
  });
  await record(ctx, auth, 'user.create', id);
  return id;
};

/**
 * Re-grants keys: grants the new role (and groups) lacks are deleted, missing ones added. For a
 * teacher this is where a group's scope keys come and go: ending an assignment deletes them.
 */
const changeRole = async (
  ctx: VaultContext,
  session: Session,
  userId: string,
  role: Role,
  groupIds: readonly string[],
): Promise<void> => {
  const auth = authorize(session, 'staff.manage');
  await otherActiveUser(ctx, auth, userId);
  const slot = await passwordSlotOf(ctx, userId);
  if (!slot) throw new AppError('not-found', 'errors.noSlot');
  const wanted = grantNamesFor({ id: userId, role, groupIds });
  const existing = await ctx.db.grants.where('principalId').equals(userId).toArray();
  const removed = existing.filter((g) => !wanted.includes(g.keyName));
  const held = new Set<KeyName>(existing.map((g) => g.keyName));
  const missing = wanted.filter((name) => !held.has(name));
  const now = ctx.now();
  const added = await buildGrants(
    await transientGrantKeys(ctx, keyringFor(auth), missing),
    missing,
    slot.publicKey,
    userId,
    now,
  );
  await ctx.db.transaction('rw', [ctx.db.users, ctx.db.grants], async () => {
    await ctx.db.grants.bulkDelete(removed.map((g) => g.id));
    await ctx.db.grants.bulkAdd(added);
    await ctx.db.users.update(userId, { role, groupIds: [...groupIds] });
  });
  await record(ctx, auth, 'user.roleChange', userId);
};

/** A new key pair and slot: the head cannot (and need not) open the old one. */
const resetPassword = async (
  ctx: VaultContext,
  session: Session,
  userId: string,
  newInitialPassword: string,
): Promise<void> => {
  const auth = authorize(session, 'staff.manage');
  const user = await otherActiveUser(ctx, auth, userId);
  assertPassword(ctx, newInitialPassword, (await openUserCore(keyringFor(auth), user)).username);
  const { slot, grants } = await grantsForNewSlot(
    ctx,
    auth,
    userId,
    user.role,
    user.groupIds,
    newInitialPassword,
  );
  await ctx.db.transaction('rw', [ctx.db.users, ctx.db.slots, ctx.db.grants], async () => {
    await ctx.db.slots.where('principalId').equals(userId).delete();
    await ctx.db.grants.where('principalId').equals(userId).delete();
    await ctx.db.slots.add(slot);
    await ctx.db.grants.bulkAdd(grants);
    await ctx.db.users.update(userId, { mustChangePassword: true });
  });
  await record(ctx, auth, 'user.passwordReset', userId);
};

/**
 * Slot and grants destroyed; the row stays (audit entries keep pointing at it). The administrator
 * of accounts may not deactivate a head (only a head decides on the controller's accounts), so
 * the register can never be left without one by her mistake. Throws AppError('forbidden').
 */
const deactivateUser = async (
  ctx: VaultContext,
  session: Session,
  userId: string,
): Promise<void> => {
  const auth = staffReader(session);
  const target = await otherActiveUser(ctx, auth, userId);
  if (target.role === 'head' && !can(session.role, 'staff.manage'))
    throw new AppError('forbidden', 'errors.forbidden');
  await ctx.db.transaction('rw', [ctx.db.users, ctx.db.slots, ctx.db.grants], async () => {
    await ctx.db.slots.where('principalId').equals(userId).delete();
    await ctx.db.grants.where('principalId').equals(userId).delete();
    await ctx.db.users.update(userId, { status: 'deactivated' });
  });
  await record(ctx, auth, 'user.deactivate', userId);
};

/**
 * The signed-in person's own display name, for the toolbar (issue 14, defect 11). Any role may
 * read its own name (every session holds the org key); throws AppError('locked') for an ended
 * session, AppError('not-found') when the account row is gone.
 */
const ownDisplayName = async (ctx: VaultContext, session: Session): Promise<string> => {
  const keyring = keyringOf(session);
  return (await openUserCore(keyring, await readUser(ctx, session.userId))).displayName;
};

export const createStaffService = (ctx: VaultContext) => ({
  ownDisplayName: (session: Session): Promise<string> => ownDisplayName(ctx, session),
  listUsers: (session: Session): Promise<StaffMember[]> => listUsers(ctx, session),
  createUser: (session: Session, input: NewStaffMember): Promise<string> =>
    createUser(ctx, session, input),
  changeRole: (
    session: Session,
    userId: string,
    role: Role,
    groupIds: readonly string[],
  ): Promise<void> => changeRole(ctx, session, userId, role, groupIds),
  resetPassword: (session: Session, userId: string, newInitialPassword: string): Promise<void> =>
    resetPassword(ctx, session, userId, newInitialPassword),
  deactivateUser: (session: Session, userId: string): Promise<void> =>
    deactivateUser(ctx, session, userId),
});

export type StaffService = ReturnType<typeof createStaffService>;
