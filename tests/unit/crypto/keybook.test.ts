import { describe, expect, it } from 'vitest';
import {
  decodeShard,
  encodeShard,
  shardFileName,
  type KeyEntry,
} from '@renderer/data/keys/keybook-format';
import { Keybook } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles, type KeybookFiles } from '@renderer/data/keys/keybook-files';

const entry = (keyId: string, scopeId = 'inst', over: Partial<KeyEntry> = {}): KeyEntry => ({
  keyId,
  ownerId: `owner-${keyId}`,
  category: 'core',
  item: false,
  scopeId,
  wrapped: { iv: new Uint8Array(12).fill(1), ct: new Uint8Array(48).fill(keyId.length) },
  ...over,
});

describe('keybook file format', () => {
  it('round-trips entries with items and tags', async () => {
    const entries = [
      entry('a'),
      entry('scan-1', 'inst', { item: true, category: 'identifiers' }),
      entry('b', 'inst', { category: 'identifiers', tag: 'ab'.repeat(32) }),
    ];
    const bytes = await encodeShard('inst', entries);
    expect(await decodeShard(bytes)).toEqual({ scopeId: 'inst', entries });
  });

  it('refuses a changed byte, a cut file and trailing garbage as damaged', async () => {
    const bytes = await encodeShard('group:g1', [entry('a', 'group:g1')]);
    const flipped = bytes.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    for (const bad of [
      flipped,
      bytes.slice(0, -1),
      new Uint8Array([...bytes, 0]),
      new Uint8Array(),
    ])
      await expect(decodeShard(bad)).rejects.toMatchObject({ i18nKey: 'errors.keybookDamaged' });
  });

  it('writes a shard of 60,000 entries (a 10,000-child register) in one piece', async () => {
    const entries = Array.from({ length: 60_000 }, (_, i) => entry(`k${String(i)}`));
    const decoded = await decodeShard(await encodeShard('inst', entries));
    expect(decoded.entries).toHaveLength(60_000);
    expect(decoded.entries[59_999]).toEqual(entries[59_999]);
  });

  it('names files without characters a file system may refuse', () => {
    expect(shardFileName('group:1f2e')).toBe('group_1f2e.kb');
  });
});

describe('Keybook', () => {
  it('replaces entries, removes exact placements and drops empty files', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({ add: [entry('a'), entry('a', 'group:g'), entry('b', 'group:g')] });
    expect([...files.files.keys()].sort()).toEqual(['group_g.kb', 'inst.kb']);
    await book.update({ remove: [{ scopeId: 'group:g', keyId: 'a' }] });
    expect(book.entriesOfOwner('owner-a').map((e) => e.scopeId)).toEqual(['inst']);
    await book.update({ remove: [{ scopeId: 'inst', keyId: 'a' }] });
    expect([...files.files.keys()]).toEqual(['group_g.kb']);
    const again = new Keybook(files);
    await again.load();
    expect(again.entriesOfOwner('owner-b')).toHaveLength(1);
    expect(again.entriesOfOwner('owner-a')).toEqual([]);
  });

  it('indexes code tags and keeps memory equal to what reached the files when a write fails', async () => {
    const inner = memoryKeybookFiles();
    let fail = false;
    const files: KeybookFiles = {
      ...inner,
      write: (name, bytes) =>
        fail && name === 'group_g.kb'
          ? Promise.reject(new Error('disk full'))
          : inner.write(name, bytes),
    };
    const book = new Keybook(files);
    await book.update({
      add: [entry('t', 'inst', { category: 'identifiers', tag: 'cd'.repeat(32) })],
    });
    expect(book.ownersWithTag('cd'.repeat(32))).toEqual(['owner-t']);
    fail = true;
    await expect(book.update({ add: [entry('x', 'inst'), entry('y', 'group:g')] })).rejects.toThrow(
      'disk full',
    );
    const reread = new Keybook(inner);
    await reread.load();
    for (const owner of ['owner-x', 'owner-y'])
      expect(book.entriesOfOwner(owner).map((e) => e.scopeId)).toEqual(
        reread.entriesOfOwner(owner).map((e) => e.scopeId),
      );
  });

  it('refuses a file whose scope does not match its name', async () => {
    const files = memoryKeybookFiles();
    await files.write('inst.kb', await encodeShard('group:g', [entry('a', 'group:g')]));
    await expect(new Keybook(files).load()).rejects.toMatchObject({
      i18nKey: 'errors.keybookDamaged',
    });
  });
});
