// Stored scope keys: reading them, and creating one the first time a scope needs a category
// (a new group, the first health note of a group). Only a session holding the category key can
// create or unwrap them; a teacher's come by grant instead.
import type { PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import type { Table } from 'dexie';
import type { VaultDb } from '../db/vault-db';
import type { Keyring } from '../session/session';
import { KEY_TABLES } from './schema';
import {
  generateScopeKey,
  scopeKeyRowId,
  unwrapScopeKey,
  wrapScopeKey,
  type ScopeKeyRow,
} from './scope-keys';
import type { ScopeId } from './scopes';

export const scopeKeysTable = (db: VaultDb): Table<ScopeKeyRow, string> =>
  db.table(KEY_TABLES.scopeKeys);

const categoryKeyOf = (keyring: Keyring, category: PersonCategory): CryptoKey => {
  const key = keyring.categoryKeys.get(category);
  if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category });
  return key;
};

const remember = (keyring: Keyring, scopeId: ScopeId, category: PersonCategory, key: CryptoKey) => {
  const byCategory = keyring.scopes.get(scopeId) ?? new Map<PersonCategory, CryptoKey>();
  byCategory.set(category, key);
  keyring.scopes.set(scopeId, byCategory);
};

/** The stored row, created (wrapped under the category key) when the scope has none yet. */
const rowOf = async (
  db: VaultDb,
  keyring: Keyring,
  scopeId: ScopeId,
  category: PersonCategory,
  now: Date,
): Promise<ScopeKeyRow> => {
  const id = scopeKeyRowId(scopeId, category);
  const stored = await scopeKeysTable(db).get(id);
  if (stored) return stored;
  const categoryKey = categoryKeyOf(keyring, category);
  const row = await wrapScopeKey(categoryKey, await generateScopeKey(), scopeId, category, now);
  try {
    await db.transaction('rw', scopeKeysTable(db), async () => {
      await scopeKeysTable(db).add(row);
    });
    return row;
  } catch {
    // Someone created it at the same moment: theirs counts.
    const winner = await scopeKeysTable(db).get(id);
    if (!winner) throw new AppError('storage', 'errors.storage');
    return winner;
  }
};

const inFlight = new WeakMap<Keyring, Map<string, Promise<CryptoKey>>>();

/**
 * The session's key of (scope, category) for wrapping data keys: held already, or unwrapped
 * from its stored row, or created. Throws AppError('forbidden') without the category key.
 */
export const ensureScopeKey = (
  db: VaultDb,
  keyring: Keyring,
  scopeId: ScopeId,
  category: PersonCategory,
  now: Date,
): Promise<CryptoKey> => {
  const held = keyring.scopes.get(scopeId)?.get(category);
  if (held) return Promise.resolve(held);
  const pending = inFlight.get(keyring) ?? new Map<string, Promise<CryptoKey>>();
  inFlight.set(keyring, pending);
  const id = scopeKeyRowId(scopeId, category);
  const existing = pending.get(id);
  if (existing) return existing;
  const next = (async () => {
    const row = await rowOf(db, keyring, scopeId, category, now);
    const key = await unwrapScopeKey(categoryKeyOf(keyring, category), row, false);
    remember(keyring, scopeId, category, key);
    return key;
  })();
  pending.set(id, next);
  next.catch(() => pending.delete(id));
  return next;
};

/** A transient EXTRACTABLE copy, to grant the scope key to a teacher. Created when missing. */
export const transientScopeKey = async (
  db: VaultDb,
  keyring: Keyring,
  scopeId: ScopeId,
  category: PersonCategory,
  now: Date,
): Promise<CryptoKey> =>
  unwrapScopeKey(
    categoryKeyOf(keyring, category),
    await rowOf(db, keyring, scopeId, category, now),
    true,
  );
