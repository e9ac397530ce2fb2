// The keybook's file format (renderer/src/data/keys/keybook-format.ts header): a damaged file is
// refused as 'storage'/'errors.keybookDamaged' and never read as fewer keys. The digest catches
// random damage; these files carry a VALID digest over a wrong structure, so each structural
// check must hold on its own (a file written by a faulty version, or cut and re-digested).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeShard,
  encodeShard,
  shardFileName,
  type KeyEntry,
} from '@renderer/data/keys/keybook-format';
import { Keybook } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';

const entry = (keyId: string, over: Partial<KeyEntry> = {}): KeyEntry => ({
  keyId,
  ownerId: `owner-${keyId}`,
  category: 'core',
  item: false,
  scopeId: 'inst',
  wrapped: { iv: new Uint8Array(12).fill(3), ct: new Uint8Array(48).fill(9) },
  ...over,
});

const damaged = { code: 'storage', i18nKey: 'errors.keybookDamaged' };

/** A file with the given body and its correct SHA-256. */
const digested = (body: Uint8Array): Uint8Array =>
  new Uint8Array([...body, ...createHash('sha256').update(body).digest()]);

const u16 = (n: number) => [n >> 8, n & 0xff];
const str = (s: string) => [...u16(Buffer.byteLength(s)), ...Buffer.from(s)];
const header = (count: number, { magic = 'PRKB', version = 1, scope = 'inst' } = {}) => [
  ...Buffer.from(magic),
  version,
  ...str(scope),
  count >>> 24,
  (count >>> 16) & 0xff,
  (count >>> 8) & 0xff,
  count & 0xff,
];
/** One entry: key id, owner, category index, flags, IV, wrapped key (length-prefixed). */
const rawEntry = (category: number, flags = 0) => [
  ...str('k1'),
  ...str('o1'),
  category,
  flags,
  ...new Array<number>(12).fill(1),
  ...u16(3),
  7,
  7,
  7,
];

describe('keybook file layout', () => {
  it("starts with 'PRKB', version 1, the scope id and the entry count, and ends with the body's SHA-256", async () => {
    const bytes = await encodeShard('group:g1', [entry('a', { scopeId: 'group:g1' })]);
    expect(Buffer.from(bytes.subarray(0, 4)).toString()).toBe('PRKB');
    expect(bytes[4]).toBe(1);
    expect([...bytes.subarray(5, 7)]).toEqual(u16(8));
    expect(Buffer.from(bytes.subarray(7, 15)).toString()).toBe('group:g1');
    expect([...bytes.subarray(15, 19)]).toEqual([0, 0, 0, 1]);
    const body = bytes.subarray(0, bytes.length - 32);
    expect(Buffer.from(bytes.subarray(-32))).toEqual(createHash('sha256').update(body).digest());
  });

  it('round-trips long ids (over 255 bytes), tags with small bytes and an oversized wrapped key', async () => {
    const long = 'ķ'.repeat(200); // 400 UTF-8 bytes: the length needs both bytes of its u16
    const entries = [
      entry(long, { ownerId: long, category: 'health' }),
      entry('t', { category: 'identifiers', tag: '000a0b0c'.repeat(8) }),
      entry('big', { wrapped: { iv: new Uint8Array(12), ct: new Uint8Array(20_000).fill(5) } }),
    ];
    const decoded = await decodeShard(await encodeShard('inst', entries));
    expect(decoded.entries).toEqual(entries);
    expect(decoded.entries.map((e) => 'tag' in e)).toEqual([false, true, false]);
  });

  it('refuses to write an entry of another scope into a file (internal error, nothing written)', async () => {
    await expect(
      encodeShard('inst', [entry('a'), entry('b', { scopeId: 'group:g1' })]),
    ).rejects.toMatchObject({ code: 'internal', i18nKey: 'errors.internal' });
  });

  it('refuses a changed byte inside a wrapped key (the digest no longer matches)', async () => {
    const bytes = await encodeShard('inst', [entry('a')]);
    const changed = bytes.slice();
    const at = bytes.length - 33; // the wrapped key's last byte
    changed[at] = (changed[at] ?? 0) ^ 0x80;
    await expect(decodeShard(changed)).rejects.toMatchObject(damaged);
  });

  it.each([
    ['another magic', digested(Uint8Array.from(header(0, { magic: 'PRKX' })))],
    ['another version', digested(Uint8Array.from(header(0, { version: 2 })))],
    ['an unknown category', digested(Uint8Array.from([...header(1), ...rawEntry(7)]))],
    ['bytes after the last entry', digested(Uint8Array.from([...header(1), ...rawEntry(0), 0]))],
    ['an entry cut short', digested(Uint8Array.from([...header(1), ...rawEntry(0).slice(0, -1)]))],
    ['a tag flag without the tag', digested(Uint8Array.from([...header(1), ...rawEntry(0, 2)]))],
    ['a count of 4 billion entries in a tiny file', digested(Uint8Array.from(header(0xffffffff)))],
    ['only a digest', digested(new Uint8Array())],
  ])('refuses %s even with a valid digest', async (_name, bytes) => {
    await expect(decodeShard(bytes)).rejects.toMatchObject(damaged);
  });

  it('refuses a last field running past the end as damaged, also when the cut falls inside a character', async () => {
    // 'ķ' is C4 B7 in UTF-8: the file ends after C4, inside the key id that claims 10 bytes. Read
    // short, it would reach the UTF-8 decoder (a TypeError), not the format's own refusal.
    const cutId = [...header(1), ...u16(10), 0xc4];
    const cutTag = [...header(1), ...rawEntry(1, 2), 32, ...new Array<number>(5).fill(0xab)];
    const cutScope = [...Buffer.from('PRKB'), 1, ...u16(8), 0x67, 0xc4];
    for (const body of [cutId, cutTag, cutScope])
      await expect(decodeShard(digested(Uint8Array.from(body)))).rejects.toMatchObject(damaged);
  });

  it('round-trips an empty tag as an empty tag', async () => {
    const entries = [entry('t', { category: 'identifiers', tag: '' })];
    expect((await decodeShard(await encodeShard('inst', entries))).entries).toEqual(entries);
  });

  it('reads a well-formed hand-made file (the fixtures above differ from it in one point each)', async () => {
    const decoded = await decodeShard(digested(Uint8Array.from([...header(1), ...rawEntry(3, 1)])));
    expect(decoded.entries).toEqual([
      {
        keyId: 'k1',
        ownerId: 'o1',
        category: 'health',
        item: true,
        scopeId: 'inst',
        wrapped: { iv: new Uint8Array(12).fill(1), ct: Uint8Array.of(7, 7, 7) },
      },
    ]);
  });
});

describe('Keybook: reading, indexes and whole-keybook replacement', () => {
  it('indexes every entry by owner, key, tag and scope; a file that vanished while listed is skipped', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({
      add: [
        entry('a', { ownerId: 'c1' }),
        entry('b', { ownerId: 'c1', category: 'identifiers', tag: 'aa' }),
        entry('b', { ownerId: 'c1', category: 'identifiers', tag: 'aa', scopeId: 'group:g1' }),
        entry('c', { ownerId: 'c2', category: 'identifiers', tag: 'aa' }),
      ],
    });
    const fresh = new Keybook({ ...files, list: async () => [...(await files.list()), 'gone.kb'] });
    await fresh.load();
    expect(fresh.entriesOfOwner('c1').map((e) => e.keyId)).toEqual(['a', 'b', 'b']);
    expect(
      fresh
        .entriesOfKey('b')
        .map((e) => e.scopeId)
        .sort(),
    ).toEqual(['group:g1', 'inst']);
    expect(fresh.entriesOfKey('zz')).toEqual([]);
    expect(fresh.ownersWithTag('aa').sort()).toEqual(['c1', 'c2']);
    expect(fresh.ownersWithTag('bb')).toEqual([]);
    expect(fresh.entriesInScope('group:g1').map((e) => e.keyId)).toEqual(['b']);
    expect(fresh.entriesInScope('group:g9')).toEqual([]);
    expect(fresh.scopeIds().sort()).toEqual(['group:g1', 'inst']);
  });

  it('exports the files as stored, without one that vanished while listed', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook({ ...files, list: async () => [...(await files.list()), 'gone.kb'] });
    await book.update({ add: [entry('a')] });
    const exported = await book.exportFiles();
    expect([...exported.keys()]).toEqual(['inst.kb']);
    expect(exported.get('inst.kb')).toEqual(files.files.get('inst.kb'));
  });

  it("refuses a file stored under another scope's name as damaged (storage)", async () => {
    const files = memoryKeybookFiles();
    files.files.set(
      'inst.kb',
      await encodeShard('group:g1', [entry('a', { scopeId: 'group:g1' })]),
    );
    await expect(new Keybook(files).load()).rejects.toMatchObject(damaged);
  });

  it('removing the last entry of a scope drops the scope, and an unmatched removal changes nothing', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({ add: [entry('a'), entry('b', { scopeId: 'group:g1' })] });
    await book.update({ remove: [{ scopeId: 'inst', keyId: 'zz' }] });
    expect(book.entriesInScope('inst').map((e) => e.keyId)).toEqual(['a']);
    await book.update({ remove: [{ scopeId: 'inst', keyId: 'a' }] });
    expect(book.scopeIds()).toEqual(['group:g1']);
    expect([...files.files.keys()]).toEqual(['group_g1.kb']);
    await book.update({ add: [entry('c')] });
    expect(book.entriesInScope('inst').map((e) => e.keyId)).toEqual(['c']);
  });

  it('replaceFiles checks every file first, writes them, removes the others and re-reads', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({ add: [entry('old'), entry('x', { scopeId: 'group:g1' })] });
    const replacement = await Keybook.encodeAll([
      entry('new'),
      entry('n2', { scopeId: 'group:g2' }),
      entry('n3', { scopeId: 'group:g2' }),
    ]);
    expect([...replacement.keys()].sort()).toEqual(['group_g2.kb', 'inst.kb']);
    await book.replaceFiles(replacement);
    expect([...files.files.keys()].sort()).toEqual(['group_g2.kb', 'inst.kb']);
    expect(book.entriesInScope('inst').map((e) => e.keyId)).toEqual(['new']);
    expect(book.entriesInScope('group:g2').map((e) => e.keyId)).toEqual(['n2', 'n3']);
    expect(book.entriesOfKey('x')).toEqual([]);
    expect(await book.exportFiles()).toEqual(replacement);
  });

  it('replaceFiles writes nothing when one file is damaged or misnamed', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({ add: [entry('keep')] });
    const before = await book.exportFiles();
    const good = await encodeShard('group:g1', [entry('g', { scopeId: 'group:g1' })]);
    for (const bad of [
      new Map([
        ['group_g1.kb', good],
        ['inst.kb', good],
      ]),
      new Map([
        ['group_g1.kb', good],
        ['inst.kb', Uint8Array.of(1, 2, 3)],
      ]),
    ]) {
      await expect(book.replaceFiles(bad)).rejects.toMatchObject(damaged);
      expect(await book.exportFiles()).toEqual(before);
    }
    await expect(book.replaceFiles(new Map())).resolves.toBeUndefined();
    expect(files.files.size).toBe(0);
    expect(book.scopeIds()).toEqual([]);
  });

  it('reload() reads the files again after another process replaced them (a restore)', async () => {
    const files = memoryKeybookFiles();
    const book = new Keybook(files);
    await book.update({ add: [entry('a')] });
    files.files.set(shardFileName('inst'), await encodeShard('inst', [entry('b')]));
    expect(book.entriesInScope('inst').map((e) => e.keyId)).toEqual(['a']);
    await book.reload();
    expect(book.entriesInScope('inst').map((e) => e.keyId)).toEqual(['b']);
  });
});
