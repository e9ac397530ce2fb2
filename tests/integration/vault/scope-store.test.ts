// Stored scope keys (renderer/src/data/keys/scope-store.ts): created once, wrapped under the
// category key, shared by everyone holding that key, never created twice for one scope even when
// asked twice at once. Written from the file's mutation survivors (docs/benchmarks.md, issue 15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonCategory } from '@shared/access/roles';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { ensureScopeKey, scopeKeysTable, transientScopeKey } from '@renderer/data/keys/scope-store';
import { scopeKeyRowId, unwrapScopeKey } from '@renderer/data/keys/scope-keys';
import { groupScope } from '@renderer/data/keys/scopes';
import type { Keyring } from '@renderer/data/session/session';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const SCOPE = groupScope('group-1');

const wrappingKey = (extractable = false): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, [
    'wrapKey',
    'unwrapKey',
  ]);

/** Only what the scope store reads: the category keys and the held scope keys. */
const keyringWith = (categoryKeys: ReadonlyMap<PersonCategory, CryptoKey>): Keyring =>
  ({ principalId: 'head', categoryKeys, scopes: new Map() }) as unknown as Keyring;

/** True when a data key wrapped under `a` unwraps under `b` (the same scope key). */
const sameKey = async (a: CryptoKey, b: CryptoKey): Promise<boolean> => {
  const data = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = new Uint8Array(12);
  const wrapped = await crypto.subtle.wrapKey('raw', data, a, { name: 'AES-GCM', iv });
  try {
    await crypto.subtle.unwrapKey(
      'raw',
      wrapped,
      b,
      { name: 'AES-GCM', iv },
      { name: 'AES-GCM' },
      true,
      ['encrypt'],
    );
    return true;
  } catch {
    return false;
  }
};

describe('scope keys in the store', () => {
  let db: VaultDb;
  let identifiers: CryptoKey;

  beforeEach(async () => {
    db = createVaultDb(`scope-store-${crypto.randomUUID()}`);
    identifiers = await wrappingKey();
  });
  afterEach(() => {
    db.close();
  });

  it('creates the row once, wrapped under the category key, and holds the key in the session', async () => {
    const keyring = keyringWith(new Map([['identifiers', identifiers]]));
    const key = await ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW);
    expect(key.extractable).toBe(false);
    const rows = await scopeKeysTable(db).toArray();
    expect(rows.map((r) => [r.id, r.scopeId, r.category, r.createdAt])).toEqual([
      [scopeKeyRowId(SCOPE, 'identifiers'), SCOPE, 'identifiers', NOW.toISOString()],
    ]);
    const row = rows[0];
    if (!row) throw new Error('no row');
    expect(await sameKey(key, await unwrapScopeKey(identifiers, row, false))).toBe(true);
    expect(keyring.scopes.get(SCOPE)?.get('identifiers')).toBe(key);
    // Held: asked again, the session's key comes back without reading the store.
    await scopeKeysTable(db).clear();
    expect(await ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW)).toBe(key);
  });

  it("another session holding the category key unwraps the stored row: the same scope key, beside the scope's other categories", async () => {
    const health = await wrappingKey();
    const first = keyringWith(new Map([['identifiers', identifiers]]));
    const created = await ensureScopeKey(db, first, SCOPE, 'identifiers', NOW);
    const second = keyringWith(
      new Map([
        ['identifiers', identifiers],
        ['health', health],
      ]),
    );
    const healthKey = await ensureScopeKey(db, second, SCOPE, 'health', NOW);
    const opened = await ensureScopeKey(db, second, SCOPE, 'identifiers', NOW);
    expect(await sameKey(created, opened)).toBe(true);
    expect(await sameKey(healthKey, opened)).toBe(false);
    expect(second.scopes.get(SCOPE)?.get('health')).toBe(healthKey);
    expect(second.scopes.get(SCOPE)?.get('identifiers')).toBe(opened);
    expect(await scopeKeysTable(db).count()).toBe(2);
  });

  it('a scope key the session holds by grant is used as it is, without any category key', async () => {
    // A teacher: scope keys granted at unlock, no category key to open the stored row with.
    const owner = keyringWith(new Map([['identifiers', identifiers]]));
    const granted = await ensureScopeKey(db, owner, SCOPE, 'identifiers', NOW);
    const teacher = keyringWith(new Map());
    teacher.scopes.set(SCOPE, new Map([['identifiers', granted]]));
    expect(await ensureScopeKey(db, teacher, SCOPE, 'identifiers', NOW)).toBe(granted);
  });

  it('two requests at once in one session share one creation', async () => {
    const keyring = keyringWith(new Map([['identifiers', identifiers]]));
    const [a, b] = await Promise.all([
      ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW),
      ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW),
    ]);
    expect(a).toBe(b);
    expect(await scopeKeysTable(db).count()).toBe(1);
  });

  it('two sessions creating the same scope key at once both end with the stored one', async () => {
    const one = keyringWith(new Map([['identifiers', identifiers]]));
    const two = keyringWith(new Map([['identifiers', identifiers]]));
    const [a, b] = await Promise.all([
      ensureScopeKey(db, one, SCOPE, 'identifiers', NOW),
      ensureScopeKey(db, two, SCOPE, 'identifiers', NOW),
    ]);
    expect(await scopeKeysTable(db).count()).toBe(1);
    expect(await sameKey(a, b)).toBe(true);
  });

  it('without the category key: forbidden, naming the category; a later request with it succeeds', async () => {
    const categoryKeys = new Map<PersonCategory, CryptoKey>();
    const keyring = keyringWith(categoryKeys);
    const refusal = { code: 'forbidden', i18nKey: 'errors.noCategoryKey' };
    await expect(ensureScopeKey(db, keyring, SCOPE, 'health', NOW)).rejects.toMatchObject({
      ...refusal,
      details: { category: 'health' },
    });
    await expect(transientScopeKey(db, keyring, SCOPE, 'health', NOW)).rejects.toMatchObject({
      ...refusal,
      details: { category: 'health' },
    });
    expect(await scopeKeysTable(db).count()).toBe(0);
    // The failed request is not kept: once the key is there, the scope key is created.
    categoryKeys.set('health', identifiers);
    await expect(ensureScopeKey(db, keyring, SCOPE, 'health', NOW)).resolves.toBeDefined();
    expect(await scopeKeysTable(db).count()).toBe(1);
  });

  it('a transient copy is extractable and is the stored key (created when missing)', async () => {
    const keyring = keyringWith(new Map([['identifiers', identifiers]]));
    const copy = await transientScopeKey(db, keyring, SCOPE, 'identifiers', NOW);
    expect(copy.extractable).toBe(true);
    expect(keyring.scopes.size).toBe(0);
    const held = await ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW);
    expect(await sameKey(copy, held)).toBe(true);
    expect(await scopeKeysTable(db).count()).toBe(1);
  });

  it('a write that fails for another reason is a storage error, and nothing is held', async () => {
    const keyring = keyringWith(new Map([['identifiers', identifiers]]));
    scopeKeysTable(db).hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(ensureScopeKey(db, keyring, SCOPE, 'identifiers', NOW)).rejects.toMatchObject({
      code: 'storage',
      i18nKey: 'errors.storage',
    });
    expect(keyring.scopes.size).toBe(0);
  });
});
