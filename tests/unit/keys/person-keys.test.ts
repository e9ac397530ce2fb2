// Per-person data keys (issue 9, docs/security-model.md): a data key is wrapped under a scope key
// with additional data naming its scope, key id, owner and category, so a wrapped key copied to
// another person's entry or another scope never opens; a session opens only the keys of the
// scopes it holds.
import { describe, expect, it } from 'vitest';
import type { PersonCategory } from '@shared/access/roles';
import { Keybook, type KeyEntry } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import {
  generateDataKey,
  PersonKeys,
  unwrapDataKey,
  wrapDataKey,
  type ScopeKeyLoader,
} from '@renderer/data/keys/person-keys';
import {
  generateScopeKey,
  openScopeKeys,
  scopeKeyRowId,
  unwrapScopeKey,
  wrapScopeKey,
  type ScopeKeyMap,
} from '@renderer/data/keys/scope-keys';
import { MigrationSealer } from '@renderer/data/keys/migration-sealer';
import { rawOf, sameKey } from './key-compare';

const NOW = new Date('2026-03-01T10:00:00.000Z');

const aesKey = (usages: KeyUsage[]): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, usages);
const categoryKey = () => aesKey(['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);

const entryFor = async (
  scopeKey: CryptoKey,
  dataKey: CryptoKey,
  label: Pick<KeyEntry, 'scopeId' | 'keyId' | 'ownerId' | 'category'>,
  item = false,
): Promise<KeyEntry> => ({ ...label, item, wrapped: await wrapDataKey(scopeKey, dataKey, label) });

const unwrapFailed = (keyName: string) => ({
  code: 'crypto',
  i18nKey: 'errors.unwrapFailed',
  details: { keyName },
});

describe('scope keys (wrapped under the category key, bound to scope and category)', () => {
  it('stores a row named <scope>|<category> with a fresh 12-byte IV and the creation time', async () => {
    const ck = await categoryKey();
    const sk = await generateScopeKey();
    expect(sk.extractable).toBe(true);
    expect([...sk.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
    const row = await wrapScopeKey(ck, sk, 'group:g1', 'core', NOW);
    expect(scopeKeyRowId('group:g1', 'core')).toBe('group:g1|core');
    expect(row).toMatchObject({
      id: 'group:g1|core',
      scopeId: 'group:g1',
      category: 'core',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    expect(row.iv).toHaveLength(12);
    const again = await wrapScopeKey(ck, sk, 'group:g1', 'core', NOW);
    expect(Buffer.from(again.iv).equals(Buffer.from(row.iv))).toBe(false);
  });

  it('opens the same key, extractable only when asked, and refuses a row moved to another scope or category', async () => {
    const ck = await categoryKey();
    const sk = await generateScopeKey();
    const row = await wrapScopeKey(ck, sk, 'group:g1', 'core', NOW);
    const opened = await unwrapScopeKey(ck, row, true);
    expect(await rawOf(opened)).toBe(await rawOf(sk));
    expect((await unwrapScopeKey(ck, row, false)).extractable).toBe(false);
    for (const moved of [
      { ...row, scopeId: 'group:g2' },
      { ...row, category: 'contacts' as const },
    ])
      await expect(unwrapScopeKey(ck, moved, false)).rejects.toMatchObject(unwrapFailed('scope'));
    await expect(unwrapScopeKey(await categoryKey(), row, false)).rejects.toMatchObject(
      unwrapFailed('scope'),
    );
  });

  it('opens every stored scope key whose category key the session holds, by scope and category', async () => {
    const core = await categoryKey();
    const contacts = await categoryKey();
    const health = await categoryKey();
    const rows = [
      await wrapScopeKey(core, await generateScopeKey(), 'group:g1', 'core', NOW),
      await wrapScopeKey(contacts, await generateScopeKey(), 'group:g1', 'contacts', NOW),
      await wrapScopeKey(core, await generateScopeKey(), 'group:g2', 'core', NOW),
      await wrapScopeKey(health, await generateScopeKey(), 'inst', 'health', NOW),
    ];
    const held = new Map<PersonCategory, CryptoKey>([
      ['core', core],
      ['contacts', contacts],
    ]);
    const opened = await openScopeKeys(rows, held);
    expect([...opened.keys()].sort()).toEqual(['group:g1', 'group:g2']);
    expect([...(opened.get('group:g1')?.keys() ?? [])].sort()).toEqual(['contacts', 'core']);
    expect([...(opened.get('group:g2')?.keys() ?? [])]).toEqual(['core']);
    expect(opened.get('group:g1')?.get('core')?.extractable).toBe(false);
  });
});

describe('data keys (wrapped under a scope key, bound to scope, key id, owner and category)', () => {
  it('opens the same key, extractable only when asked', async () => {
    const sk = await generateScopeKey();
    const dk = await generateDataKey();
    expect(dk.extractable).toBe(true);
    expect([...dk.usages].sort()).toEqual(['decrypt', 'encrypt']);
    const entry = await entryFor(sk, dk, {
      scopeId: 'inst',
      keyId: 'k1',
      ownerId: 'c1',
      category: 'core',
    });
    expect(entry.wrapped.iv).toHaveLength(12);
    expect(await rawOf(await unwrapDataKey(sk, entry, true))).toBe(await rawOf(dk));
    expect((await unwrapDataKey(sk, entry, false)).extractable).toBe(false);
  });

  it.each([
    ['another scope', { scopeId: 'group:g1' }],
    ['another key id', { keyId: 'k2' }],
    ["another person's entry", { ownerId: 'c2' }],
    ['another category', { category: 'health' as const }],
  ])('refuses the wrapped key copied to %s', async (_name, change) => {
    const sk = await generateScopeKey();
    const entry = await entryFor(sk, await generateDataKey(), {
      scopeId: 'inst',
      keyId: 'k1',
      ownerId: 'c1',
      category: 'core',
    });
    await expect(unwrapDataKey(sk, { ...entry, ...change }, false)).rejects.toMatchObject(
      unwrapFailed('data'),
    );
  });
});

describe('PersonKeys: a session opens only what its scope keys reach', () => {
  const setup = async (loader?: ScopeKeyLoader) => {
    const inst = await generateScopeKey();
    const group = await generateScopeKey();
    const other = await generateScopeKey();
    const keys = {
      core: await generateDataKey(),
      contacts: await generateDataKey(),
      health: await generateDataKey(),
      scan: await generateDataKey(),
    };
    const entries = [
      await entryFor(group, keys.core, {
        scopeId: 'group:g1',
        keyId: 'kc',
        ownerId: 'c1',
        category: 'core',
      }),
      await entryFor(inst, keys.core, {
        scopeId: 'inst',
        keyId: 'kc',
        ownerId: 'c1',
        category: 'core',
      }),
      await entryFor(other, keys.contacts, {
        scopeId: 'group:g2',
        keyId: 'kk',
        ownerId: 'c1',
        category: 'contacts',
      }),
      await entryFor(inst, keys.health, {
        scopeId: 'inst',
        keyId: 'kh',
        ownerId: 'c1',
        category: 'health',
      }),
      await entryFor(
        group,
        keys.scan,
        { scopeId: 'group:g1', keyId: 'scan-1', ownerId: 'c1', category: 'core' },
        true,
      ),
    ];
    const book = new Keybook(memoryKeybookFiles());
    await book.update({ add: entries });
    const scopes: ScopeKeyMap = new Map([
      ['group:g1', new Map<PersonCategory, CryptoKey>([['core', group]])],
      ['inst', new Map<PersonCategory, CryptoKey>([['health', inst]])],
    ]);
    return { people: new PersonKeys(book, scopes, loader), keys, other, entries };
  };

  it('opens the categories it has a scope key for, and leaves the others out', async () => {
    const { people, keys } = await setup();
    const opened = await people.keysOf('c1');
    expect([...opened.keys()].sort()).toEqual(['core', 'health']);
    expect(await sameKey(keys.core, opened.get('core') as CryptoKey)).toBe(true);
    expect(await sameKey(keys.health, opened.get('health') as CryptoKey)).toBe(true);
    expect(opened.get('core')?.extractable).toBe(false);
    expect([...(await people.keysOf('c1', ['health'])).keys()]).toEqual(['health']);
    expect((await people.keysOf('c2')).size).toBe(0);
  });

  it("lists a person's own entries of a category, never item keys", async () => {
    const { people } = await setup();
    expect(people.personEntries('c1', 'core').map((e) => `${e.scopeId}/${e.keyId}`)).toEqual([
      'group:g1/kc',
      'inst/kc',
    ]);
  });

  it('keeps one unwrapped key per key id for the session, until it is forgotten (erasure)', async () => {
    const { people } = await setup();
    const first = (await people.keysOf('c1', ['core'])).get('core');
    expect((await people.keysOf('c1', ['core'])).get('core')).toBe(first);
    people.forget(['kc']);
    const fresh = (await people.keysOf('c1', ['core'])).get('core');
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(first);
  });

  it('opens an item key only as an item and only within its scopes', async () => {
    const { people, keys } = await setup();
    const scan = await people.itemKey('scan-1');
    expect(await sameKey(keys.scan, scan as CryptoKey)).toBe(true);
    expect(await people.itemKey('kc')).toBeUndefined();
    expect(await people.itemKey('nope')).toBeUndefined();
  });

  it('gives an extractable copy only of a key it can open, else forbidden naming the category', async () => {
    const { people, keys, entries } = await setup();
    const copy = await people.extractable(people.personEntries('c1', 'core'));
    expect(copy.extractable).toBe(true);
    expect(await rawOf(copy)).toBe(await rawOf(keys.core));
    const contacts = entries.filter((e) => e.category === 'contacts');
    await expect(people.extractable(contacts)).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.noCategoryKey',
      details: { category: 'contacts' },
    });
    await expect(people.extractable([])).rejects.toMatchObject({
      code: 'forbidden',
      details: { category: '' },
    });
  });

  it('loads a scope key it did not hold at unlock once, and asks again after a miss', async () => {
    const calls: string[] = [];
    const created: { key?: CryptoKey } = {};
    const loader: ScopeKeyLoader = (scopeId, category) => {
      calls.push(`${scopeId}/${category}`);
      return Promise.resolve(scopeId === 'group:g2' ? created.key : undefined);
    };
    const ctx = await setup(loader);
    expect((await ctx.people.keysOf('c1', ['contacts'])).size).toBe(0);
    expect(calls).toEqual(['group:g2/contacts']);
    created.key = ctx.other; // a colleague created the scope key since
    const [a, b] = await Promise.all([
      ctx.people.scopeKey('group:g2', 'contacts'),
      ctx.people.scopeKey('group:g2', 'contacts'),
    ]);
    expect(a).toBe(ctx.other);
    expect(b).toBe(ctx.other);
    expect(calls).toEqual(['group:g2/contacts', 'group:g2/contacts']);
    await ctx.people.scopeKey('group:g2', 'contacts');
    expect(calls).toHaveLength(2);
    expect(await ctx.people.scopeKey('group:g1', 'core')).toBeDefined();
    expect(calls).toHaveLength(2);
  });

  it('two scope keys loading at once are told apart: each load gets its own key', async () => {
    const loaded = new Map<string, CryptoKey>();
    for (const id of ['group:g2/contacts', 'group:g3/contacts', 'group:g2/health'])
      loaded.set(id, await generateScopeKey());
    const calls: string[] = [];
    const loader: ScopeKeyLoader = async (scopeId, category) => {
      calls.push(`${scopeId}/${category}`);
      await new Promise((resolve) => setTimeout(resolve, 5)); // still loading when the next asks
      return loaded.get(`${scopeId}/${category}`);
    };
    const { people } = await setup(loader);
    const [a, b, c] = await Promise.all([
      people.scopeKey('group:g2', 'contacts'),
      people.scopeKey('group:g3', 'contacts'),
      people.scopeKey('group:g2', 'health'),
    ]);
    expect(a).toBe(loaded.get('group:g2/contacts'));
    expect(b).toBe(loaded.get('group:g3/contacts'));
    expect(c).toBe(loaded.get('group:g2/health'));
    expect(calls).toEqual(['group:g2/contacts', 'group:g3/contacts', 'group:g2/health']);
  });

  it('a failed unwrap is not kept: once the keybook holds a good entry again, the key opens', async () => {
    const { people, keys, entries } = await setup();
    const good = entries.find((e) => e.keyId === 'kh' && e.scopeId === 'inst') as KeyEntry;
    const damagedCt = good.wrapped.ct.slice();
    damagedCt[0] = (damagedCt[0] ?? 0) ^ 1;
    await people.keybook.update({
      add: [{ ...good, wrapped: { ...good.wrapped, ct: damagedCt } }],
    });
    await expect(people.keysOf('c1', ['health'])).rejects.toMatchObject(unwrapFailed('data'));
    await people.keybook.update({ add: [good] }); // e.g. the keybook restored from a backup
    const opened = (await people.keysOf('c1', ['health'])).get('health');
    expect(await sameKey(keys.health, opened as CryptoKey)).toBe(true);
  });

  it('asks again after a loader failure', async () => {
    let fail = true;
    const calls: string[] = [];
    const loader: ScopeKeyLoader = (scopeId) => {
      calls.push(scopeId);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(undefined);
    };
    const { people } = await setup(loader);
    await expect(people.scopeKey('group:g9', 'core')).rejects.toThrow('offline');
    await Promise.resolve();
    fail = false;
    expect(await people.scopeKey('group:g9', 'core')).toBeUndefined();
    expect(calls).toEqual(['group:g9', 'group:g9']);
  });
});

describe('MigrationSealer: keys made once, wrapped into every scope of their placement', () => {
  it('refuses a scope key of a category whose key it was not given, naming the category', async () => {
    const sealer = new MigrationSealer(new Map([['core', await categoryKey()]]), NOW);
    await expect(sealer.scopeKey('inst', 'health')).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.noCategoryKey',
      details: { category: 'health' },
    });
    expect(sealer.scopeRows).toEqual([]);
  });

  it('makes one scope key per scope and category, wrapped under that category key', async () => {
    const core = await categoryKey();
    const sealer = new MigrationSealer(new Map([['core', core]]), NOW);
    const [a, b] = await Promise.all([
      sealer.scopeKey('group:g1', 'core'),
      sealer.scopeKey('group:g1', 'core'),
    ]);
    expect(a).toBe(b);
    expect(sealer.scopeRows.map((r) => r.id)).toEqual(['group:g1|core']);
    const [row] = sealer.scopeRows;
    if (!row) throw new Error('no scope key row');
    expect(await rawOf(await unwrapScopeKey(core, row, true))).toBe(await rawOf(a));
    await sealer.scopeKey('inst', 'core');
    expect(sealer.scopeRows.map((r) => r.id)).toEqual(['group:g1|core', 'inst|core']);
    await expect(sealer.scopeKey('inst', 'health')).rejects.toMatchObject({
      code: 'forbidden',
      details: { category: 'health' },
    });
  });

  it("places a person's key in each scope once, with the code tag, and item keys under their own id", async () => {
    const sealer = new MigrationSealer(
      new Map<PersonCategory, CryptoKey>([
        ['core', await categoryKey()],
        ['identifiers', await categoryKey()],
      ]),
      NOW,
    );
    const key = await sealer.personKey('c1', 'core', ['group:g1', 'inst']);
    expect(await sealer.personKey('c1', 'core', ['group:g1', 'inst'])).toBe(key);
    await sealer.personKey('c1', 'identifiers', ['inst'], 'ab12');
    const scan = await sealer.itemKey('scan-1', 'c1', 'core', ['group:g1']);
    const rows = sealer.entries.map((e) => [e.scopeId, e.ownerId, e.category, e.item, e.tag]);
    expect(rows).toEqual([
      ['group:g1', 'c1', 'core', false, undefined],
      ['inst', 'c1', 'core', false, undefined],
      ['inst', 'c1', 'identifiers', false, 'ab12'],
      ['group:g1', 'c1', 'core', true, undefined],
    ]);
    const [inGroup, inInst, ids, item] = sealer.entries;
    expect(inGroup?.keyId).toBe(inInst?.keyId);
    expect(ids?.keyId).not.toBe(inGroup?.keyId);
    expect(item?.keyId).toBe('scan-1');
    expect('tag' in (inGroup as KeyEntry)).toBe(false);
    const groupKey = await sealer.scopeKey('group:g1', 'core');
    expect(await rawOf(await unwrapDataKey(groupKey, inGroup as KeyEntry, true))).toBe(
      await rawOf(key),
    );
    expect(await rawOf(await unwrapDataKey(groupKey, item as KeyEntry, true))).toBe(
      await rawOf(scan),
    );
  });
});
