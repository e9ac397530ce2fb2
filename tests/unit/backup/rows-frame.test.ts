// Rows frames built in one reused buffer (renderer/src/data/backup/rows-frame.ts): the bytes are
// exactly `[row,row,…]` under a frame head, as the reader expects; frames are cut at 500 rows or
// ~1 MiB; a row larger than the buffer gets a frame of its own; and each emitted view is reused,
// so a sink that keeps bytes must copy them.
import { describe, expect, it } from 'vitest';
import { FRAME, FRAME_HEAD_BYTES, decodeJson, encodeJson } from '@renderer/data/backup/format';
import {
  FRAME_TARGET_BYTES,
  ROWS_PER_FRAME,
  RowsFrameBuilder,
} from '@renderer/data/backup/rows-frame';
import { fromUtf8 } from '@renderer/data/crypto/bytes';

type Row = { id: string; n: number; bytes: Uint8Array };

const row = (n: number, size = 16): Row => ({
  id: `r-${String(n)}`,
  n,
  bytes: new Uint8Array(size).fill(n % 251),
});

/** Runs the builder over `rows`; returns each emitted frame, copied. */
const build = (rows: readonly Row[]): Uint8Array[] => {
  const frames: Uint8Array[] = [];
  const builder = new RowsFrameBuilder((frame) => frames.push(frame.slice()));
  for (const r of rows) builder.add(r);
  builder.flush();
  return frames;
};

const payloadOf = (frame: Uint8Array): Uint8Array => {
  expect(frame[0]).toBe(FRAME.rows);
  const length = new DataView(frame.buffer, frame.byteOffset).getUint32(1);
  expect(length).toBe(frame.length - FRAME_HEAD_BYTES);
  return frame.subarray(FRAME_HEAD_BYTES);
};

describe('rows frames', () => {
  it('are the JSON array of the rows, byte for byte, under a rows frame head', () => {
    const rows = [row(1), { id: 'ā-ž', n: 2, note: 'Bērziņa "x"', bytes: new Uint8Array(0) }];
    const [frame, ...rest] = build(rows);
    expect(rest).toHaveLength(0);
    const text = fromUtf8(payloadOf(frame as Uint8Array));
    expect(text).toBe(`[${rows.map((r) => encodeJson(r)).join(',')}]`);
    expect(decodeJson(text)).toEqual(rows);
  });

  it('are cut at ROWS_PER_FRAME rows, every row once and in order', () => {
    const rows = Array.from({ length: ROWS_PER_FRAME * 2 + 3 }, (_, i) => row(i));
    const frames = build(rows);
    expect(frames).toHaveLength(3);
    const decoded = frames.flatMap((f) => decodeJson(fromUtf8(payloadOf(f))) as Row[]);
    expect(decoded.map((r) => r.n)).toEqual(rows.map((r) => r.n));
  });

  it('are cut at about FRAME_TARGET_BYTES, and a row larger than the buffer gets its own frame', () => {
    // 900 KiB of bytes: ~1.2 MiB of base64, more than the buffer (1 MiB + 64 KiB).
    const big = row(1000, 900 * 1024);
    const rows = [...Array.from({ length: 40 }, (_, i) => row(i, 64 * 1024)), big, row(99)];
    const frames = build(rows);
    const decoded = frames.map((f) => decodeJson(fromUtf8(payloadOf(f))) as Row[]);
    // A frame of several rows stops at the row that reaches the target (a 64 KiB row is ~87 KiB).
    for (const [i, f] of frames.entries())
      if ((decoded[i] ?? []).length > 1)
        expect(f.length).toBeLessThan(FRAME_TARGET_BYTES + 100 * 1024);
    expect(frames.length).toBeGreaterThan(3);
    const own = decoded.find((d) => d.some((r) => r.n === 1000));
    expect(own).toHaveLength(1);
    expect(own?.[0]?.bytes.length).toBe(big.bytes.length);
    expect(own?.[0]?.bytes.every((b) => b === 1000 % 251)).toBe(true);
    expect(decoded.flat().map((r) => r.n)).toEqual(rows.map((r) => r.n));
  });

  it('reuses its buffer: a view kept without copying changes under the next frame', () => {
    const kept: Uint8Array[] = [];
    const builder = new RowsFrameBuilder((frame) => kept.push(frame));
    builder.add(row(1));
    builder.flush();
    const first = kept[0]?.slice();
    builder.add(row(2));
    builder.flush();
    expect(kept[0]?.buffer).toBe(kept[1]?.buffer);
    expect(kept[0]).not.toEqual(first);
  });

  it('emits nothing for no rows', () => {
    expect(build([])).toHaveLength(0);
  });
});
