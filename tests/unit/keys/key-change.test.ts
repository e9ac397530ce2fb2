// KeyChange stages keybook changes around a row write (docs/security-model.md, "Erasure and crash
// consistency"): new keys and placements are written BEFORE the rows (a row never exists without
// its key), removals AFTER (a key leaves a scope only once the rows moved), and a failed row
// write takes back the keys created for it.
import { describe, expect, it } from 'vitest';
import type { PersonCategory } from '@shared/access/roles';
import { KeyChange } from '@renderer/data/keys/key-change';
import { Keybook, type KeyEntry } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles, type KeybookFiles } from '@renderer/data/keys/keybook-files';
import { generateDataKey, PersonKeys, wrapDataKey } from '@renderer/data/keys/person-keys';
import { generateScopeKey, type ScopeKeyMap } from '@renderer/data/keys/scope-keys';
import { sameKey } from './key-compare';

/** The social-office categories (issue 11), left in 'inst' by these placements. */
const NEW_CATEGORIES_IN_INST = { social: ['inst'], financial: ['inst'], care: ['inst'] };

const placements = (book: Keybook, ownerId: string): string[] =>
  book
    .entriesOfOwner(ownerId)
    .map((e) => `${e.scopeId}/${e.category}${e.item ? '/item' : ''}${e.tag ? `#${e.tag}` : ''}`)
    .sort();

/** A session holding the scope keys of inst and group:g1/g2 for every category. */
const world = async (files: KeybookFiles = memoryKeybookFiles()) => {
  const scopes: ScopeKeyMap = new Map();
  for (const scopeId of ['inst', 'group:g1', 'group:g2']) {
    const byCategory = new Map<PersonCategory, CryptoKey>();
    for (const c of ['core', 'identifiers', 'contacts', 'health'] as const)
      byCategory.set(c, await generateScopeKey());
    scopes.set(scopeId, byCategory);
  }
  const book = new Keybook(files);
  const people = new PersonKeys(book, scopes);
  const provided: string[] = [];
  const change = () =>
    new KeyChange(people, book, (scopeId, category) => {
      provided.push(`${scopeId}/${category}`);
      const key = scopes.get(scopeId)?.get(category);
      return key ? Promise.resolve(key) : Promise.reject(new Error('no scope key'));
    });
  /** Stores a person's key of a category in `scopeIds` (as an earlier write did). */
  const stored = async (
    ownerId: string,
    category: PersonCategory,
    scopeIds: readonly string[],
    keyId = `${ownerId}-${category}`,
    item = false,
  ): Promise<CryptoKey> => {
    const key = await generateDataKey();
    const entries: KeyEntry[] = [];
    for (const scopeId of scopeIds) {
      const label = { scopeId, keyId, ownerId, category };
      const scopeKey = scopes.get(scopeId)?.get(category) as CryptoKey;
      entries.push({ ...label, item, wrapped: await wrapDataKey(scopeKey, key, label) });
    }
    await book.update({ add: entries });
    return key;
  };
  return { book, people, change, stored, provided, scopes };
};

/** A world whose keybook file writes are listed (by file name). */
const countingWorld = async () => {
  const writes: string[] = [];
  const files = memoryKeybookFiles();
  const w = await world({ ...files, write: (n, b) => (writes.push(n), files.write(n, b)) });
  return { ...w, writes };
};

/** Both halves of a change, as store() runs them around a row write that succeeds. */
const commit = async (change: KeyChange): Promise<void> => {
  await change.commitAdditions();
  await change.commitRemovals();
};

describe('KeyChange: keys for a new person', () => {
  it('creates one key, wrapped into every scope, written only when committed', async () => {
    const w = await world();
    const change = w.change();
    const [a, b] = await Promise.all([
      change.personKey('c1', 'core', ['group:g1', 'inst']),
      change.personKey('c1', 'core', ['group:g1', 'inst']),
    ]);
    expect(a).toBe(b);
    expect(placements(w.book, 'c1')).toEqual([]);
    await change.commitAdditions();
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core', 'inst/core']);
    const [g, i] = w.book.entriesOfOwner('c1');
    expect(g?.keyId).toBe(i?.keyId);
    const opened = (await w.people.keysOf('c1', ['core'])).get('core');
    expect(await sameKey(a, opened as CryptoKey)).toBe(true);
    expect(w.provided).toEqual(['group:g1/core', 'inst/core']);
  });

  it('an item key (a scan) carries the item id and the item mark', async () => {
    const w = await world();
    const change = w.change();
    const key = await change.itemKey('scan-1', 'c1', 'identifiers', ['inst']);
    await change.commitAdditions();
    expect(w.book.entriesOfKey('scan-1').map((e) => [e.ownerId, e.item])).toEqual([['c1', true]]);
    expect(await sameKey(key, (await w.people.itemKey('scan-1')) as CryptoKey)).toBe(true);
  });

  it('nothing staged writes nothing', async () => {
    const w = await countingWorld();
    await commit(w.change());
    expect(w.writes).toEqual([]);
  });
});

describe('KeyChange: a stored key follows the person', () => {
  it('adds the new placement first and removes the old one only with the removals', async () => {
    const w = await world();
    const original = await w.stored('c1', 'core', ['inst']);
    const change = w.change();
    expect(change.scopesOf('c1', 'core')).toEqual(['inst']);
    const key = await change.personKey('c1', 'core', ['group:g1']);
    expect(await sameKey(original, key)).toBe(true);
    await change.commitAdditions();
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core', 'inst/core']);
    await change.commitRemovals();
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core']);
    expect(w.book.entriesOfOwner('c1')[0]?.keyId).toBe('c1-core');
  });

  it('a key already where it should be is returned unchanged and nothing is written', async () => {
    const w = await world();
    const original = await w.stored('c1', 'contacts', ['group:g1', 'inst']);
    const change = w.change();
    expect(
      await sameKey(original, await change.personKey('c1', 'contacts', ['inst', 'group:g1'])),
    ).toBe(true);
    const before = await w.book.exportFiles();
    await change.commitAdditions();
    await change.commitRemovals();
    expect(await w.book.exportFiles()).toEqual(before);
  });

  it('a key placed twice in one change is moved once (the second placement is ignored)', async () => {
    const w = await world();
    await w.stored('c1', 'core', ['inst']);
    const change = w.change();
    await change.place('c1', {
      core: ['group:g1'],
      identifiers: ['inst'],
      contacts: ['inst'],
      health: ['inst'],
      ...NEW_CATEGORIES_IN_INST,
    });
    await change.place('c1', {
      core: ['group:g2'],
      identifiers: ['inst'],
      contacts: ['inst'],
      health: ['inst'],
      ...NEW_CATEGORIES_IN_INST,
    });
    await change.commitAdditions();
    await change.commitRemovals();
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core']);
  });

  it('place() moves every key of the person, item keys too, by their category', async () => {
    const w = await world();
    await w.stored('c1', 'core', ['inst']);
    await w.stored('c1', 'health', ['inst']);
    await w.stored('c1', 'contacts', ['inst'], 'scan-9', true);
    const change = w.change();
    await change.place('c1', {
      core: ['group:g2'],
      identifiers: ['inst'],
      contacts: ['group:g2'],
      health: ['inst'],
      ...NEW_CATEGORIES_IN_INST,
    });
    await change.commitAdditions();
    await change.commitRemovals();
    expect(placements(w.book, 'c1')).toEqual([
      'group:g2/contacts/item',
      'group:g2/core',
      'inst/health',
    ]);
  });

  it("a key the session cannot open is refused, naming the category (a teacher's other group)", async () => {
    const w = await world();
    await w.stored('c1', 'health', ['inst']);
    w.scopes.get('inst')?.delete('health');
    await expect(w.change().personKey('c1', 'health', ['inst'])).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.noCategoryKey',
      details: { category: 'health' },
    });
    await expect(w.change().personKey('c1', 'health', ['group:g1'])).rejects.toMatchObject({
      code: 'forbidden',
      details: { category: 'health' },
    });
  });

  it('a placement that stays as it is needs no copy of the key: a session that cannot open it may still place the person', async () => {
    const w = await countingWorld();
    await w.stored('c1', 'health', ['inst']);
    w.writes.length = 0;
    w.scopes.get('inst')?.delete('health'); // e.g. a teacher: the health notes stay in 'inst'
    const change = w.change();
    const stays = { identifiers: ['inst'], contacts: ['inst'], health: ['inst'] };
    await change.place('c1', { core: ['group:g1'], ...stays, ...NEW_CATEGORIES_IN_INST });
    await commit(change);
    expect(placements(w.book, 'c1')).toEqual(['inst/health']);
    expect(w.writes).toEqual([]);
  });

  it('retire() removes every placement of a key, with the removals', async () => {
    const w = await world();
    await w.stored('c1', 'core', ['inst', 'group:g1'], 'req-old', true);
    await w.stored('c1', 'core', ['inst']);
    const change = w.change();
    change.retire('req-old');
    await change.commitAdditions();
    expect(w.book.entriesOfKey('req-old')).toHaveLength(2);
    await change.commitRemovals();
    expect(w.book.entriesOfKey('req-old')).toEqual([]);
    expect(placements(w.book, 'c1')).toEqual(['inst/core']);
  });
});

describe('KeyChange: the code tag (blind index) on the identifiers key', () => {
  it('sets, replaces and clears the tag on every placement, stored or new, never on other keys', async () => {
    const w = await world();
    await w.stored('c1', 'identifiers', ['inst']);
    await w.stored('c1', 'core', ['inst']);
    await w.stored('c1', 'identifiers', ['inst'], 'scan-1', true);
    const tagOf = () =>
      w.book
        .entriesOfOwner('c1')
        .filter((e) => e.tag !== undefined)
        .map((e) => `${e.keyId}#${String(e.tag)}`);

    const first = w.change();
    first.setTag('c1', 'aa11');
    await first.commitAdditions();
    expect(tagOf()).toEqual(['c1-identifiers#aa11']);
    expect(w.book.ownersWithTag('aa11')).toEqual(['c1']);

    const second = w.change();
    second.setTag('c1', 'bb22');
    await second.commitAdditions();
    expect(tagOf()).toEqual(['c1-identifiers#bb22']);
    expect(w.book.ownersWithTag('aa11')).toEqual([]);

    const third = w.change();
    third.setTag('c1', undefined);
    await third.commitAdditions();
    expect(tagOf()).toEqual([]);
    expect('tag' in (w.book.entriesOfKey('c1-identifiers')[0] as KeyEntry)).toBe(false);
  });

  it('tags a new person’s identifiers key in each of its scopes', async () => {
    const w = await world();
    const change = w.change();
    await change.personKey('c2', 'identifiers', ['inst', 'group:g1']);
    await change.personKey('c2', 'core', ['inst']);
    change.setTag('c2', 'cc33');
    await change.commitAdditions();
    expect(placements(w.book, 'c2')).toEqual([
      'group:g1/identifiers#cc33',
      'inst/core',
      'inst/identifiers#cc33',
    ]);
  });

  it('does not put back a placement that is being removed in the same change', async () => {
    const w = await world();
    await w.stored('c1', 'identifiers', ['inst']);
    const change = w.change();
    await change.personKey('c1', 'identifiers', ['group:g1']);
    change.setTag('c1', 'dd44');
    await change.commitAdditions();
    // The old placement is not rewritten with the new tag (it would stay so if the rows failed).
    expect(placements(w.book, 'c1')).toEqual(['group:g1/identifiers#dd44', 'inst/identifiers']);
    await change.commitRemovals();
    expect(placements(w.book, 'c1')).toEqual(['group:g1/identifiers#dd44']);
  });

  it('the same tag again writes nothing', async () => {
    const w = await countingWorld();
    await w.stored('c1', 'identifiers', ['inst', 'group:g1']);
    const first = w.change();
    first.setTag('c1', 'ee55');
    await commit(first);
    expect(w.writes.length).toBeGreaterThan(0);
    w.writes.length = 0;
    const again = w.change();
    again.setTag('c1', 'ee55');
    await commit(again);
    expect(w.writes).toEqual([]);
    expect(placements(w.book, 'c1')).toEqual([
      'group:g1/identifiers#ee55',
      'inst/identifiers#ee55',
    ]);
  });
});

describe('KeyChange.store: keys before rows, removals after, created keys taken back on failure', () => {
  it('writes the new keys before the rows and removes old placements after them', async () => {
    const w = await world();
    await w.stored('c1', 'core', ['inst']);
    const change = w.change();
    await change.personKey('c1', 'core', ['group:g1']);
    await change.personKey('c2', 'core', ['inst']);
    const seen: string[][] = [];
    const result = await change.store(() => {
      seen.push(placements(w.book, 'c1'), placements(w.book, 'c2'));
      return Promise.resolve('rows stored');
    });
    expect(result).toBe('rows stored');
    expect(seen).toEqual([['group:g1/core', 'inst/core'], ['inst/core']]);
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core']);
  });

  it('a failed row write takes back the created keys, keeps the moved ones where they were', async () => {
    const w = await world();
    await w.stored('c1', 'core', ['inst']);
    const change = w.change();
    await change.personKey('c1', 'core', ['group:g1']);
    await change.personKey('c2', 'core', ['inst']);
    await change.itemKey('scan-2', 'c2', 'core', ['inst']);
    const failure = new Error('quota');
    await expect(change.store(() => Promise.reject(failure))).rejects.toBe(failure);
    expect(placements(w.book, 'c2')).toEqual([]);
    expect(placements(w.book, 'c1')).toEqual(['group:g1/core', 'inst/core']);
  });

  it('a rollback whose keybook write fails too still reports the row failure', async () => {
    const files = memoryKeybookFiles();
    let broken = false;
    const w = await world({
      ...files,
      write: (n, b) => (broken ? Promise.reject(new Error('disk')) : files.write(n, b)),
      remove: (n) => (broken ? Promise.reject(new Error('disk')) : files.remove(n)),
    });
    const change = w.change();
    await change.personKey('c3', 'core', ['inst']);
    await expect(
      change.store(() => {
        broken = true;
        return Promise.reject(new Error('rows'));
      }),
    ).rejects.toThrow('rows');
    // The take-back could not reach the files, so memory still shows the key that is on disk.
    expect(placements(w.book, 'c3')).toEqual(['inst/core']);
  });
});
