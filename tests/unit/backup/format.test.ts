// The backup file's framing without a database: tagged JSON round trips, the frame reader's
// refusals (not a backup, newer format, truncated, trailing bytes, oversized frame) and the
// file name carrying no personal data.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  FRAME,
  MAX_FRAME_BYTES,
  decodeJson,
  decodeKeybookFile,
  encodeJson,
  encodeKeybookFile,
  encodePrefix,
  frameHead,
} from '@renderer/data/backup/format';
import { readFrames } from '@renderer/data/backup/frame-reader';
import { backupFileName } from '@renderer/services/backup/backup-names';

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A stream that hands out the bytes in small, uneven chunks (as a file read does). */
const chunked = (bytes: Uint8Array, size = 7): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });

const frame = (kind: number, payload: Uint8Array): Uint8Array =>
  concat(frameHead(kind, payload.length), payload);

const collect = async (bytes: Uint8Array) => {
  const out: { kind: number; payload: Uint8Array }[] = [];
  for await (const item of readFrames(chunked(bytes), FRAME.digest))
    if (!('prefix' in item)) out.push({ kind: item.kind, payload: item.payload });
  return out;
};

describe('backup format', () => {
  it('JSON keeps bytes exactly, tagged as base64', () => {
    const row = {
      id: 'x',
      sealed: { core: { iv: new Uint8Array([0, 1, 255]), ct: new Uint8Array(70_000).fill(7) } },
    };
    const text = encodeJson(row);
    expect(text).toContain('"$bytes":"AAH/"');
    expect(decodeJson(text)).toEqual(row);
  });

  it('only an object of exactly one string "$bytes" is bytes', () => {
    expect(
      decodeJson('{"a":{"$bytes":"AAH/","b":1},"c":{"$bytes":5},"d":[{"$bytes":""}]}'),
    ).toEqual({
      a: { $bytes: 'AAH/', b: 1 },
      c: { $bytes: 5 },
      d: [new Uint8Array(0)],
    });
  });

  it('text that is not JSON is a damaged file', () => {
    expect(() => decodeJson('{"a":')).toThrow(
      expect.objectContaining({ i18nKey: 'errors.backup.damaged' }),
    );
  });

  it('a keybook file frame keeps its name and bytes', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(decodeKeybookFile(encodeKeybookFile('group_x.kb', bytes))).toEqual({
      name: 'group_x.kb',
      bytes,
    });
    expect(() => decodeKeybookFile(new Uint8Array([0, 9, 1]))).toThrow(
      expect.objectContaining({ i18nKey: 'errors.backup.damaged' }),
    );
  });

  it('reads frames across chunk boundaries and stops at the digest frame', async () => {
    const file = concat(
      encodePrefix(),
      frame(FRAME.header, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])),
      frame(FRAME.end, new Uint8Array(0)),
      frame(FRAME.digest, new Uint8Array(32).fill(9)),
    );
    const frames = await collect(file);
    expect(frames.map((f) => f.kind)).toEqual([FRAME.header, FRAME.end, FRAME.digest]);
    expect(frames[0]?.payload).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
  });

  it('refuses other files, newer formats, cut files and trailing bytes by name', async () => {
    const body = concat(
      frame(FRAME.header, new Uint8Array([1])),
      frame(FRAME.digest, new Uint8Array(32)),
    );
    await expect(
      collect(concat(new TextEncoder().encode('PK\u0003\u0004zipfile'), body)),
    ).rejects.toMatchObject({
      i18nKey: 'errors.backup.notBackup',
    });
    await expect(
      collect(concat(encodePrefix(BACKUP_FORMAT_VERSION + 1), body)),
    ).rejects.toMatchObject({
      i18nKey: 'errors.backup.newerFormat',
      details: { version: BACKUP_FORMAT_VERSION + 1 },
    });
    const whole = concat(encodePrefix(), body);
    await expect(collect(whole.slice(0, whole.length - 1))).rejects.toMatchObject({
      i18nKey: 'errors.backup.truncated',
    });
    await expect(
      collect(concat(encodePrefix(), frame(FRAME.header, new Uint8Array([1])))),
    ).rejects.toMatchObject({
      i18nKey: 'errors.backup.truncated',
    });
    await expect(collect(concat(whole, new Uint8Array([0])))).rejects.toMatchObject({
      i18nKey: 'errors.backup.damaged',
    });
  });

  it('a file that cannot be read to its end (changed or removed after it was chosen) says so', async () => {
    const whole = concat(
      encodePrefix(),
      frame(FRAME.header, new Uint8Array([1])),
      frame(FRAME.digest, new Uint8Array(32)),
    );
    // What Chromium does when the chosen file is replaced on disk during the read.
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(whole.slice(0, 9));
        controller.error(new TypeError('network error'));
      },
    });
    const read = async () => {
      const kinds: number[] = [];
      for await (const item of readFrames(failing, FRAME.digest))
        if (!('prefix' in item)) kinds.push(item.kind);
      return kinds;
    };
    await expect(read()).rejects.toMatchObject({ i18nKey: 'errors.backup.unreadable' });
  });

  it('a frame length above the limit is damage, not a 4 GiB allocation', async () => {
    const head = new Uint8Array([FRAME.rows, 0xff, 0xff, 0xff, 0xff]);
    await expect(collect(concat(encodePrefix(), head))).rejects.toMatchObject({
      i18nKey: 'errors.backup.damaged',
    });
    expect(() => frameHead(FRAME.rows, MAX_FRAME_BYTES + 1)).toThrow();
  });

  it('the file name is the local date and time only', () => {
    expect(backupFileName(new Date(2026, 10, 3, 7, 5))).toBe('registrs-2026-11-03-0705.prbk');
  });
});
