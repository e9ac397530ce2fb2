// A row's JSON written straight into the frame buffer (renderer/src/data/backup/row-json-writer.ts)
// is byte for byte encodeJson's text as UTF-8 (format 1 unchanged): many seeded random values
// (nested objects and arrays, unicode with astral characters, lone surrogates, control
// characters, quotes, backslashes, awkward numbers, Uint8Arrays of every length mod 3 and views
// with a byteOffset); the fit is exact (one byte less is FULL); anything else is left to
// encodeJson; and rows frames are the old builder's, frame for frame, big rows included.
import { describe, expect, it } from 'vitest';
import { encodeJson } from '@renderer/data/backup/format';
import { FULL, NOT_PLAIN, RowJsonWriter } from '@renderer/data/backup/row-json-writer';
import { RowsFrameBuilder } from '@renderer/data/backup/rows-frame';
import { utf8 } from '@renderer/data/crypto/bytes';
import { createRandom, type Random } from '@renderer/services/records/demo/prng';
import { LegacyRowsFrameBuilder, firstDifference, framesOf } from './legacy-rows-frame';

const HIGH = 0xd83d;
const LOW = 0xde00;
/** Code units a string is drawn from: each kind of character the writer treats apart. */
const UNITS: readonly (readonly number[])[] = [
  [0x61, 0x5a, 0x30, 0x20, 0x7e, 0x7f, 0x24, 0x2f, 0x3c], // ASCII (7f and / are not escaped)
  [0x22, 0x5c], // quote, backslash
  [0x00, 0x01, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f], // control characters
  [0x101, 0x17e, 0x80, 0x7ff, 0x0436], // 2 bytes: ā ž …
  [0x800, 0x20ac, 0x2028, 0x2029, 0xfeff, 0xfffd, 0xffff, 0xd7ff, 0xe000], // 3 bytes
  [HIGH], // a high surrogate: paired with a low one or left alone below
  [LOW, 0xdfff, 0xdc00, 0xdbff, 0xd800], // lone surrogates
];

const randomString = (r: Random, length: number): string => {
  const units: number[] = [];
  for (let i = 0; i < length; i++) {
    const unit = r.pick(r.pick(UNITS));
    units.push(unit);
    if (unit === HIGH && r.chance(0.7)) units.push(LOW); // an astral character (😀)
  }
  return String.fromCharCode(...units);
};

/** Over 1,000 characters, half of them with nothing to escape (the encodeInto path). */
const longString = (r: Random): string => {
  const text = 'Bērziņa Ūzuliņa iela 12-3, LV-1050 Rīga € '.repeat(r.int(26, 40));
  return r.chance(0.5) ? text : text + randomString(r, 1);
};

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  1e21,
  1e-7,
  5e-324,
  -5e-324,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  2 ** 53 + 2,
  0.1,
  123.456,
  Number.MAX_VALUE,
  1e20,
  1e22,
  1_764_547_200_000,
];

const randomNumber = (r: Random): number => {
  switch (r.int(0, 3)) {
    case 0:
      return r.pick(NUMBERS);
    case 1:
      return r.int(-1_000_000, 1_000_000);
    case 2:
      return (r.next() - 0.5) * 10 ** r.int(-30, 30);
    default:
      return r.int(0, 9) * 10 ** r.int(0, 25);
  }
};

/** Lengths 0..20 (every length mod 3), sometimes a view into a larger buffer at an offset. */
const randomBytes = (r: Random): Uint8Array => {
  const length = r.chance(0.1) ? r.int(100, 400) : r.int(0, 20);
  const offset = r.chance(0.5) ? r.int(1, 7) : 0;
  const buffer = new Uint8Array(offset + length + r.int(0, 5));
  for (let i = 0; i < buffer.length; i++) buffer[i] = r.int(0, 255);
  return new Uint8Array(buffer.buffer, offset, length);
};

const KEYS = ['id', '$bytes', '', '0', '10', '2', '-1', '01', '1.5', 'a"b', 'ā', 'z', 'toString'];

const randomValue = (r: Random, depth: number): unknown => {
  const kind = r.int(0, depth > 3 ? 5 : 8);
  switch (kind) {
    case 0:
      return randomString(r, r.int(0, 12));
    case 1:
      return randomNumber(r);
    case 2:
      return [true, false, null, undefined, () => 1, Symbol('s')][r.int(0, 5)];
    case 3:
      return randomBytes(r);
    case 4:
      return longString(r);
    case 5:
      return r.pick(['', 'x', 0, null]);
    case 6:
      return Array.from({ length: r.int(0, 5) }, () => randomValue(r, depth + 1));
    default: {
      const object: Record<string, unknown> = r.chance(0.2)
        ? (Object.create(null) as Record<string, unknown>)
        : {};
      for (let i = r.int(0, 6); i > 0; i--)
        object[r.chance(0.7) ? r.pick(KEYS) : randomString(r, r.int(0, 4))] = randomValue(
          r,
          depth + 1,
        );
      return object;
    }
  }
};

const writer = new RowJsonWriter();

/** The writer's bytes for `value` at `offset` in a buffer with `room` bytes after it. */
const written = (value: unknown, room: number, offset = 3): number | Uint8Array => {
  const buffer = new Uint8Array(offset + room + 4);
  const end = writer.write(value, buffer, offset, offset + room);
  return end < 0 ? end : buffer.slice(offset, end);
};

describe('a row written straight into the buffer', () => {
  it('is encodeJson as UTF-8, byte for byte, for 3,000 seeded random values', () => {
    const r = createRandom(20261201);
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(r, 0);
      const text = encodeJson(value);
      if (typeof text !== 'string') continue; // a bare undefined, function or symbol
      const expected = utf8(text);
      const got = written(value, expected.length);
      if (!(got instanceof Uint8Array) || !Buffer.from(got).equals(expected))
        expect(got, text).toEqual(expected);
      expect(written(value, expected.length - 1)).toBe(FULL);
    }
  });

  it('writes each awkward case exactly as JSON.stringify', () => {
    const cases: unknown[] = [
      ...NUMBERS,
      '\ud83d\ude00',
      '\ud83d',
      '\ude00\ud83d',
      'a\ud83dx',
      '\u0000\u001f\u007f"\\/\b\f\n\r\t',
      'x'.repeat(2000),
      `${'y'.repeat(1500)}\ud800`,
      'ā'.repeat(1500),
      [undefined, () => 0, Symbol('s'), , 1], // eslint-disable-line no-sparse-arrays
      { a: undefined, b: () => 0, c: Symbol('s'), d: 1 },
      { 10: 'a', 2: 'b', z: 'c', 1: 'd', '-1': 'e' },
      ...[0, 1, 2, 3, 4, 5, 6].map((n) => new Uint8Array(n).map((_, i) => 250 + i)),
      new Uint8Array(new Uint8Array([1, 2, 3, 4, 5, 6, 7]).buffer, 3, 2),
      [[[]], {}, [{}], { a: { b: [new Uint8Array([255])] } }],
    ];
    for (const value of cases) {
      const expected = utf8(encodeJson(value));
      expect(written(value, expected.length), encodeJson(value)).toEqual(expected);
    }
  });

  it('leaves to encodeJson what only it writes (and the builder then writes that row as before)', () => {
    class Thing {
      a = 1;
    }
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    let deep: unknown = 1;
    for (let i = 0; i < 150; i++) deep = [deep];
    const toJsonBytes = Object.assign(new Uint8Array([1]), { toJSON: () => 'x' });
    const others: unknown[] = [
      new Date(0),
      { toJSON: () => 'x' },
      new Map([[1, 2]]),
      new Set([1]),
      new Uint16Array([1, 2]),
      new Uint8ClampedArray([1]),
      new ArrayBuffer(4),
      Buffer.from([1, 2, 3]),
      toJsonBytes,
      new String('s'),
      new Number(1),
      new Thing(),
      deep,
      { at: { nested: [new Date(0)] } },
      /x/,
      undefined,
      () => 1,
    ];
    for (const value of others) expect(written(value, 1 << 16)).toBe(NOT_PLAIN);
    expect(written(cyclic, 1 << 16)).toBe(NOT_PLAIN);
    expect(written({ n: 1n }, 1 << 16)).toBe(NOT_PLAIN);
    const rows = others.filter((v) => typeof encodeJson(v) === 'string');
    expect(
      firstDifference(framesOf(RowsFrameBuilder, rows), framesOf(LegacyRowsFrameBuilder, rows)),
    ).toBe('same');
    expect(() => framesOf(RowsFrameBuilder, [cyclic])).toThrow(TypeError);
  });
});

/** Seeded random stored rows, about `size` bytes each. */
const randomRows = (r: Random, count: number, size: () => number): unknown[] =>
  Array.from({ length: count }, (_, i) => ({
    id: r.uuid(),
    n: i,
    value: randomValue(r, 1),
    note: randomString(r, r.int(0, 30)),
    sealed: { core: { iv: randomBytes(r), ct: new Uint8Array(size()).fill(i % 256) } },
  }));

describe('rows frames written straight into the buffer', () => {
  it('are the old builder’s frames, for small rows cut at 500 rows', () => {
    const r = createRandom(7);
    const rows = randomRows(r, 1300, () => r.int(0, 300));
    const frames = framesOf(RowsFrameBuilder, rows);
    expect(frames.length).toBeGreaterThan(2);
    expect(firstDifference(frames, framesOf(LegacyRowsFrameBuilder, rows))).toBe('same');
  });

  it('are the old builder’s frames when rows reach ~1 MiB and when a big row grows the buffer', () => {
    const r = createRandom(8);
    const kib = (n: number) => () => n * 1024 + r.int(0, 2);
    const rows = [
      ...randomRows(r, 30, kib(50)),
      ...randomRows(r, 1, kib(3 * 1024)), // a scan of 3 MiB: 4 MiB of base64, the buffer grows
      ...randomRows(r, 1, kib(20)),
      // 5.3 MiB of base64 after a small row: one frame only in a buffer grown as before (12 MiB)
      ...randomRows(r, 1, kib(4 * 1024)),
      ...randomRows(r, 60, kib(90)), // frames in the grown buffer are cut where they were
      { id: 'big-and-not-plain', at: new Date(0), bytes: new Uint8Array(2 * 1024 * 1024) },
      { id: 'big-text', text: 'Ūzuliņa 😀 '.repeat(200_000) },
      ...randomRows(r, 40, kib(70)),
    ];
    const frames = framesOf(RowsFrameBuilder, rows);
    expect(frames.length).toBeGreaterThan(8);
    const legacy = framesOf(LegacyRowsFrameBuilder, rows);
    expect(frames.map((f) => f.length)).toEqual(legacy.map((f) => f.length));
    expect(firstDifference(frames, legacy)).toBe('same');
  }, 30_000); // ~4 s: 20 MiB of rows through both builders

  it('are a new builder’s frames in each table after endTable, a grown buffer included', () => {
    const r = createRandom(9);
    const kib = (n: number) => () => n * 1024 + r.int(0, 2);
    const tables = [
      [...randomRows(r, 3, kib(10)), ...randomRows(r, 1, kib(3 * 1024))], // grows the buffer
      // ~0.96 MiB of rows, then one of 267 KiB: past a new builder's buffer, so a frame is cut
      [...randomRows(r, 8, kib(90)), ...randomRows(r, 1, kib(200)), ...randomRows(r, 3, kib(90))],
      randomRows(r, 700, () => r.int(0, 50)),
    ];
    const frames: Uint8Array[] = [];
    const builder = new RowsFrameBuilder((frame) => frames.push(frame.slice()));
    for (const rows of tables) {
      for (const row of rows) builder.add(row);
      builder.endTable();
    }
    const legacy = tables.flatMap((rows) => framesOf(LegacyRowsFrameBuilder, rows));
    expect(frames.map((f) => f.length)).toEqual(legacy.map((f) => f.length));
    expect(firstDifference(frames, legacy)).toBe('same');
  }, 30_000);
});
