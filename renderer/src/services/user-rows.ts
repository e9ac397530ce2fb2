// Reading the sealed part of user rows (username, display name) with a session's keys.
import { AppError } from '@shared/errors/app-error';
import { openRow } from '../data/db/sealed-row';
import type { UserRow } from '../data/db/rows';
import type { Keyring } from '../data/session/session';
import type { VaultContext } from './vault-context';

export type UserCore = { readonly username: string; readonly displayName: string };

export const openUserCore = async (keyring: Keyring, row: UserRow): Promise<UserCore> => {
  const { core } = await openRow<{ core: UserCore }>(keyring.categories, 'users', row);
  if (!core) throw new AppError('crypto', 'errors.noCategoryKey', { category: 'core' });
  return core;
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
