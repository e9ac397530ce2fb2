// The at-rest probe's LevelDB reader on files built here byte by byte (the formats of leveldb's
// doc/log_format.md and doc/table_format.md), for the cases a real profile rarely shows on
// demand: a record split over three 32 KiB blocks, a key whose marker is half in the shared
// prefix, an unknown compression type.
import snappy from 'snappyjs';
import { describe, expect, it } from 'vitest';
import {
  blockEntries,
  decodeLog,
  decodeTable,
  decodeTornTable,
  LevelDbFormatError,
  logRecords,
  maskedCrc32c,
  snappyPrefix,
  writeBatchEntries,
} from '../../e2e/support/leveldb';

const BLOCK = 32 * 1024;

const varint = (value: number): number[] => {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
};

const u32 = (value: number): number[] => [...new Uint8Array(new Uint32Array([value]).buffer)];

/** A log file: each record cut into fragments at 32 KiB block boundaries, as LevelDB writes. */
const logFile = (records: readonly Uint8Array[]): Buffer => {
  const out: number[] = [];
  for (const record of records) {
    let offset = 0;
    let first = true;
    do {
      const left = BLOCK - (out.length % BLOCK);
      if (left < 7) {
        out.push(...new Array<number>(left).fill(0));
        continue;
      }
      const length = Math.min(left - 7, record.length - offset);
      const last = offset + length === record.length;
      const type = first && last ? 1 : first ? 2 : last ? 4 : 3;
      out.push(0, 0, 0, 0, length & 0xff, length >> 8, type);
      out.push(...record.subarray(offset, offset + length));
      offset += length;
      first = false;
    } while (offset < record.length);
  }
  return Buffer.from(out);
};

const writeBatch = (entries: readonly [string, Uint8Array][]): Buffer =>
  Buffer.from([
    ...new Array<number>(8).fill(0),
    ...u32(entries.length),
    ...entries.flatMap(([key, value]) => [
      1,
      ...varint(Buffer.byteLength(key)),
      ...Buffer.from(key),
      ...varint(value.length),
      ...value,
    ]),
  ]);

/** A block with prefix-compressed keys and one restart point. */
const blockBytes = (entries: readonly [Uint8Array, Uint8Array][]): Buffer => {
  const out: number[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (const [key, value] of entries) {
    let shared = 0;
    while (shared < previous.length && shared < key.length && previous[shared] === key[shared])
      shared++;
    out.push(...varint(shared), ...varint(key.length - shared), ...varint(value.length));
    out.push(...key.subarray(shared), ...value);
    previous = key;
  }
  return Buffer.from([...out, ...u32(0), ...u32(1)]);
};

/** A block as LevelDB stores it: contents, type byte, masked CRC-32C of both. */
const storedBlock = (contents: Uint8Array, type: number): number[] => [
  ...contents,
  type,
  ...u32(maskedCrc32c(Buffer.from([...contents, type]))),
];

/** A table of data blocks stored with the given compression type byte, with real trailers. */
const tableFile = (data: Buffer | readonly Buffer[], type: number): Buffer => {
  const blocks = Buffer.isBuffer(data) ? [data] : data;
  const out: number[] = [];
  const handle = (offset: number, size: number) => [...varint(offset), ...varint(size)];
  const indexEntries: [Uint8Array, Uint8Array][] = [];
  blocks.forEach((block, i) => {
    const stored = type === 1 ? Buffer.from(snappy.compress(block)) : block;
    indexEntries.push([
      Buffer.from(`~${String(i)}`),
      Buffer.from(handle(out.length, stored.length)),
    ]);
    out.push(...storedBlock(stored, type));
  });
  const index = blockBytes(indexEntries);
  const indexOffset = out.length;
  out.push(...storedBlock(index, 0));
  const metaOffset = out.length;
  const meta = blockBytes([]);
  out.push(...storedBlock(meta, 0));
  const footer = [...handle(metaOffset, meta.length), ...handle(indexOffset, index.length)];
  footer.push(...new Array<number>(40 - footer.length).fill(0));
  footer.push(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb);
  return Buffer.from([...out, ...footer]);
};

const has = (parts: readonly { bytes: Uint8Array }[], text: string): boolean =>
  parts.some((part) => Buffer.from(part.bytes).includes(Buffer.from(text)));

describe('LevelDB log records', () => {
  it('reassembles a record split over three blocks, so a marker on a boundary is found', () => {
    const big = Buffer.alloc(2 * BLOCK, 'x');
    big.write('MARKER-ON-BOUNDARY', BLOCK - 7 - 20);
    const small = Buffer.from('small record');
    const file = logFile([small, big, small]);
    expect(file.includes(Buffer.from('MARKER-ON-BOUNDARY'))).toBe(false);
    const records = logRecords(file);
    expect(records.map((record) => record.length)).toEqual([12, 2 * BLOCK, 12]);
    expect(has(decodeLog(file), 'MARKER-ON-BOUNDARY')).toBe(true);
  });

  it('reads the entries of a write batch and unpacks a value Blink compressed', () => {
    const inner = Buffer.from(snappy.compress(Buffer.from('Blink-compressed Ūna')));
    const value = Buffer.from([0x05, 0xff, 0x11, 0x02, ...inner]);
    const batch = writeBatch([
      ['key-1', Buffer.from('plain')],
      ['key-2', value],
    ]);
    expect(writeBatchEntries(batch)?.map((entry) => Buffer.from(entry.key).toString())).toEqual([
      'key-1',
      'key-2',
    ]);
    const parts = decodeLog(logFile([batch]));
    expect(parts.filter((part) => part.kind === 'idb-value')).toHaveLength(1);
    expect(has(parts, 'Blink-compressed Ūna')).toBe(true);
  });

  it('keeps a torn last record searchable', () => {
    const file = logFile([Buffer.alloc(2 * BLOCK, 'y')]).subarray(0, BLOCK + 100);
    expect(logRecords(file).at(-1)?.length).toBe(BLOCK - 7 + 93);
  });
});

describe('LevelDB tables', () => {
  const entries: [Uint8Array, Uint8Array][] = [
    [Buffer.from('name:Ozol'), Buffer.from('v1')],
    // Shares "name:Ozol" with the key before: its marker is half prefix, half stored bytes.
    [Buffer.from('name:Ozoliņa-Marta'), Buffer.from('v2')],
  ];

  it('rebuilds prefix-compressed keys', () => {
    const keys = blockEntries(blockBytes(entries)).map((entry) => Buffer.from(entry.key));
    expect(keys.map(String)).toEqual(['name:Ozol', 'name:Ozoliņa-Marta']);
  });

  it('decompresses a Snappy block and counts it', () => {
    const data = blockBytes([...entries, [Buffer.from('z'), Buffer.from('lorem '.repeat(50))]]);
    const file = tableFile(data, 1);
    expect(file.includes(Buffer.from('lorem lorem lorem'))).toBe(false);
    const stats = { blocks: 0, snappyBlocks: 0, tornTables: 0 };
    const parts = decodeTable(file, stats);
    expect(stats).toEqual({ blocks: 3, snappyBlocks: 1, tornTables: 0 });
    expect(has(parts, 'Ozoliņa-Marta')).toBe(true);
    expect(has(parts, 'lorem lorem lorem')).toBe(true);
  });

  it('refuses a compression it cannot read, in a whole table and in a torn one', () => {
    const zstd = tableFile(blockBytes(entries), 2);
    expect(() => decodeTable(zstd)).toThrow(/unsupported block compression type 2/);
    expect(() => decodeTable(zstd.subarray(0, zstd.length - 48))).toThrow(LevelDbFormatError);
  });
});

describe('LevelDB tables cut off before their footer', () => {
  // Three Snappy blocks, each with a marker only its decompressed bytes hold.
  const blocks = ['Pirmā', 'Otrā', 'Trešā'].map((word) =>
    blockBytes([[Buffer.from(`key:${word}`), Buffer.from(`${word} Ķirse `.repeat(30))]]),
  );
  const whole = tableFile(blocks, 1);
  const found = (parts: readonly { bytes: Uint8Array }[]) =>
    ['Pirmā', 'Otrā', 'Trešā'].filter((word) => has(parts, `${word} Ķirse ${word} Ķirse`));

  it('computes the CRC-32C LevelDB masks (the standard check value of "123456789")', () => {
    const crc = 0xe3069283;
    const masked = ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
    expect(maskedCrc32c(Buffer.from('123456789'))).toBe(masked);
  });

  it('finds every block by its trailer when the index and footer are missing', () => {
    expect(found([{ bytes: whole }])).toEqual([]);
    const torn = whole.subarray(0, whole.length - 60);
    const stats = { blocks: 0, snappyBlocks: 0, tornTables: 0 };
    const parts = decodeTable(torn, stats);
    expect(found(parts)).toEqual(['Pirmā', 'Otrā', 'Trešā']);
    expect(stats.tornTables).toBe(1);
    expect(stats.snappyBlocks).toBe(3);
  });

  it('decodes the unfinished last block as far as it goes', () => {
    // The file ends 40 bytes into a third block that was being written: no trailer follows it.
    const third = Buffer.from(snappy.compress(blocks[2] ?? Buffer.alloc(0)));
    const cut = Buffer.concat([whole.subarray(0, whole.indexOf(third)), third.subarray(0, 40)]);
    expect(found([{ bytes: cut }])).toEqual([]);
    const stats = { blocks: 0, snappyBlocks: 0, tornTables: 0 };
    expect(found(decodeTornTable(cut, stats))).toEqual(['Pirmā', 'Otrā', 'Trešā']);
    expect(stats.blocks).toBe(2);
  });

  it('reads a Snappy stream partially and stops at a reference before the start', () => {
    const full = Buffer.from(snappy.compress(Buffer.from('Ābele '.repeat(40))));
    expect(Buffer.from(snappyPrefix(full)).toString()).toBe('Ābele '.repeat(40));
    expect(Buffer.from(snappyPrefix(full.subarray(0, 12))).toString()).toContain('Ābele');
    expect(snappyPrefix(Buffer.from([5, 0x01, 0x10]))).toEqual(new Uint8Array(0));
  });
});
