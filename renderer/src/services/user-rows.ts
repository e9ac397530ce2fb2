// Reading the sealed part of user rows (username, display name) with a session's keys.
import { AppError } from '@shared/errors/app-error';
import { openRow } from '../data/db/sealed-row';
import type { UserRow } from '../data/db/rows';
import { orgKeys, type Keyring } from '../data/session/session';
import type { VaultContext } from './vault-context';

export type UserCore = { readonly username: string; readonly displayName: string };

export const openUserCore = async (keyring: Keyring, row: UserRow): Promise<UserCore> => {
  const { org } = await openRow<{ org: UserCore }>(orgKeys(keyring), 'users', row);
  if (!org) throw new AppError('crypto', 'errors.noCategoryKey', { category: 'org' });
  return org;
};

export const readUser = async (ctx: VaultContext, userId: string): Promise<UserRow> => {
  const row = await ctx.db.users.get(userId);
  if (!row) throw new AppError('not-found', 'errors.userNotFound');
  return row;
};

export const readUsername = async (
  ctx: VaultContext,
  keyring: Keyring,
  userId: string,
): Promise<string> => (await openUserCore(keyring, await readUser(ctx, userId))).username;

/**
 * Display names of these users, for "recorded by" in a history (ids the keyring cannot open, or
 * that no longer exist, are left out: the caller shows the id's absence as "—").
 */
export const displayNamesOf = async (
  ctx: VaultContext,
  keyring: Keyring,
  userIds: readonly string[],
): Promise<Map<string, string>> => {
  const names = new Map<string, string>();
  const rows = await ctx.db.users.bulkGet([...new Set(userIds)]);
  for (const row of rows) {
    if (!row) continue;
    try {
      names.set(row.id, (await openUserCore(keyring, row)).displayName);
    } catch {
      // A row this session cannot open: no name, never a wrong one.
    }
  }
  return names;
};
