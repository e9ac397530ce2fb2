// A reader for the two LevelDB file formats Chromium writes IndexedDB into, so the at-rest probe
// searches what is really stored rather than the raw (often compressed) bytes:
// - tables (`*.ldb`, `*.sst`): footer → index block → data blocks, each block followed by a
//   1-byte compression type (0 none, 1 Snappy, 2 zstd) and a 4-byte CRC;
// - logs (`*.log`, `MANIFEST-*`): 32 KiB blocks of record fragments (FULL/FIRST/MIDDLE/LAST)
//   that are reassembled into whole records before searching.
// Format reference: leveldb's doc/table_format.md and doc/log_format.md.
import snappy from 'snappyjs';

/** Where a searchable piece of bytes came from, for hits and for the "enough was read" checks. */
export type DecodedPart = {
  readonly kind: 'table-block' | 'log-record' | 'idb-value';
  /** Compression of the block or value it was decoded from. */
  readonly compression: 'none' | 'snappy';
  readonly bytes: Uint8Array;
};

export type TableStats = { blocks: number; snappyBlocks: number; tornTables: number };

const TABLE_MAGIC = 0xdb4775248b80fb57n;
const FOOTER_SIZE = 48;
const BLOCK_TRAILER_SIZE = 5;
const LOG_BLOCK_SIZE = 32 * 1024;
const LOG_HEADER_SIZE = 7;
/** Blink's marker for an IndexedDB value it compressed itself (idb_value_wrapping.cc). */
const BLINK_SNAPPY_PREFIX = [0xff, 0x11, 0x02] as const;

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** One byte into a running CRC-32C (Castagnoli) state; start from 0xffffffff, finish with ~. */
const crc32cStep = (state: number, byte: number): number =>
  ((CRC32C_TABLE[(state ^ byte) & 0xff] ?? 0) ^ (state >>> 8)) >>> 0;

/** LevelDB's masked form of a CRC (crc32c.h Mask), as stored in block trailers. */
const maskCrc = (crc: number): number => ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;

/** The masked CRC-32C LevelDB stores after a block's contents and type byte. */
export const maskedCrc32c = (bytes: Uint8Array): number => {
  let state = 0xffffffff;
  for (const byte of bytes) state = crc32cStep(state, byte);
  return maskCrc(~state >>> 0);
};

/** Thrown for a file that claims a LevelDB format but cannot be read: the probe must not skip it. */
export class LevelDbFormatError extends Error {}

type Cursor = { readonly bytes: Uint8Array; offset: number };

const readVarint = (cursor: Cursor): number => {
  let result = 0;
  let factor = 1;
  for (let i = 0; i < 10; i++) {
    const byte = cursor.bytes[cursor.offset++];
    if (byte === undefined) throw new LevelDbFormatError('varint runs past the end');
    result += (byte & 0x7f) * factor;
    if (byte < 0x80) return result;
    factor *= 128;
  }
  throw new LevelDbFormatError('varint longer than 10 bytes');
};

const readUint32 = (bytes: Uint8Array, offset: number): number =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);

type BlockHandle = { readonly offset: number; readonly size: number };

const readHandle = (cursor: Cursor): BlockHandle => ({
  offset: readVarint(cursor),
  size: readVarint(cursor),
});

/** The block's contents, decompressed; throws for a compression type the probe cannot read. */
const readBlock = (
  table: Uint8Array,
  handle: BlockHandle,
): { contents: Uint8Array; compression: DecodedPart['compression'] } => {
  const end = handle.offset + handle.size;
  if (end + BLOCK_TRAILER_SIZE > table.length) throw new LevelDbFormatError('block past the end');
  const raw = table.subarray(handle.offset, end);
  const type = table[end];
  if (type === 0) return { contents: raw, compression: 'none' };
  if (type === 1) return { contents: snappy.uncompress(raw), compression: 'snappy' };
  // zstd (2) exists in upstream LevelDB; this Chromium writes Snappy only (checked on real
  // profiles). Refusing is safer than skipping a block the probe cannot see into.
  throw new LevelDbFormatError(`unsupported block compression type ${String(type)}`);
};

/** The full key and value of every entry of a block (keys are prefix-compressed). */
export const blockEntries = (contents: Uint8Array): { key: Uint8Array; value: Uint8Array }[] => {
  if (contents.length < 4) throw new LevelDbFormatError('block too short');
  const restarts = readUint32(contents, contents.length - 4);
  const dataEnd = contents.length - 4 - restarts * 4;
  if (dataEnd < 0) throw new LevelDbFormatError('bad restart count');
  const cursor: Cursor = { bytes: contents, offset: 0 };
  const entries: { key: Uint8Array; value: Uint8Array }[] = [];
  let previousKey = new Uint8Array(0);
  while (cursor.offset < dataEnd) {
    const shared = readVarint(cursor);
    const unshared = readVarint(cursor);
    const valueLength = readVarint(cursor);
    if (shared > previousKey.length) throw new LevelDbFormatError('shared prefix too long');
    const key = new Uint8Array(shared + unshared);
    key.set(previousKey.subarray(0, shared));
    key.set(contents.subarray(cursor.offset, cursor.offset + unshared), shared);
    cursor.offset += unshared;
    const value = contents.subarray(cursor.offset, cursor.offset + valueLength);
    cursor.offset += valueLength;
    entries.push({ key, value });
    previousKey = key;
  }
  return entries;
};

/**
 * A value Blink compressed before handing it to LevelDB (IndexedDB values above a size threshold):
 * its decompressed bytes, or null when the value is not one. The value is prefixed by Chromium's
 * own encoding (a varint version), so the marker is looked for near the start.
 */
export const blinkDecompressedValue = (value: Uint8Array): Uint8Array | null => {
  const limit = Math.min(value.length - BLINK_SNAPPY_PREFIX.length, 16);
  for (let start = 0; start <= limit; start++) {
    if (BLINK_SNAPPY_PREFIX.every((byte, i) => value[start + i] === byte)) {
      try {
        return snappy.uncompress(value.subarray(start + BLINK_SNAPPY_PREFIX.length));
      } catch {
        return null;
      }
    }
  }
  return null;
};

/** Each entry as key + value bytes (and any Blink-compressed value, decompressed). */
const entryParts = (
  entries: readonly { key: Uint8Array; value: Uint8Array }[],
  block: Omit<DecodedPart, 'bytes'>,
): DecodedPart[] => {
  const joined = Buffer.concat(entries.flatMap(({ key, value }) => [key, value]));
  const parts: DecodedPart[] = [{ ...block, bytes: joined }];
  for (const { value } of entries) {
    const inner = blinkDecompressedValue(value);
    if (inner) parts.push({ kind: 'idb-value', compression: 'snappy', bytes: inner });
  }
  return parts;
};

/**
 * Snappy-decodes as far as the bytes go: the tail of a table cut off mid-block (a compaction
 * interrupted when the browser closed) is on disk all the same, so what it holds must be
 * searchable. Stops at the first element that runs past the end or refers before the start.
 */
export const snappyPrefix = (input: Uint8Array): Uint8Array => {
  const cursor: Cursor = { bytes: input, offset: 0 };
  let expected: number;
  try {
    expected = readVarint(cursor);
  } catch {
    return new Uint8Array(0);
  }
  const out: number[] = [];
  const limit = Math.min(expected, input.length * 64);
  let i = cursor.offset;
  while (i < input.length && out.length < limit) {
    const tag = input[i++] ?? 0;
    const kind = tag & 3;
    if (kind === 0) {
      let length = tag >>> 2;
      if (length >= 60) {
        const extra = length - 59;
        length = 0;
        for (let b = 0; b < extra; b++) length += (input[i + b] ?? 0) * 2 ** (8 * b);
        i += extra;
      }
      const literal = input.subarray(i, i + length + 1);
      for (const byte of literal) out.push(byte);
      i += length + 1;
      continue;
    }
    let length: number;
    let offset: number;
    if (kind === 1) {
      length = ((tag >>> 2) & 7) + 4;
      offset = ((tag >>> 5) << 8) | (input[i++] ?? 0);
    } else {
      const width = kind === 2 ? 2 : 4;
      if (i + width > input.length) break;
      length = (tag >>> 2) + 1;
      offset = 0;
      for (let b = 0; b < width; b++) offset += (input[i + b] ?? 0) * 2 ** (8 * b);
      i += width;
    }
    if (offset === 0 || offset > out.length) break;
    for (let n = 0; n < length; n++) out.push(out[out.length - offset] ?? 0);
  }
  return Uint8Array.from(out);
};

/** A block's searchable parts: its entries when they parse, else its contents as they are. */
const blockParts = (contents: Uint8Array, block: Omit<DecodedPart, 'bytes'>): DecodedPart[] => {
  try {
    return entryParts(blockEntries(contents), block);
  } catch {
    return [{ ...block, bytes: contents }];
  }
};

/**
 * A table without its footer: written up to some point when the browser closed in the middle of
 * a compaction (LevelDB deletes such an orphan on the next open, but until then it is on disk).
 * With no index to follow, blocks are found front to back by their trailers: a block ends where
 * the running CRC-32C of its bytes and type byte matches the 4 bytes that follow (a chance match
 * is 1 in 2^32 per byte). The unfinished last block is Snappy-decoded as far as it goes (its raw
 * bytes are searched anyway).
 */
export const decodeTornTable = (table: Uint8Array, stats?: TableStats): DecodedPart[] => {
  const parts: DecodedPart[] = [];
  let start = 0;
  let state = 0xffffffff;
  for (let end = 0; end + BLOCK_TRAILER_SIZE <= table.length; end++) {
    const type = table[end] ?? 0;
    state = crc32cStep(state, type);
    if (type > 2 || maskCrc(~state >>> 0) !== readUint32(table, end + 1)) continue;
    const block = readBlock(table, { offset: start, size: end - start });
    if (stats) {
      stats.blocks += 1;
      if (block.compression === 'snappy') stats.snappyBlocks += 1;
    }
    parts.push(
      ...blockParts(block.contents, { kind: 'table-block', compression: block.compression }),
    );
    start = end + BLOCK_TRAILER_SIZE;
    end = start - 1;
    state = 0xffffffff;
  }
  const tail = table.subarray(start);
  if (tail.length > 0)
    parts.push({ kind: 'table-block', compression: 'snappy', bytes: snappyPrefix(tail) });
  if (stats) stats.tornTables += 1;
  return parts;
};

/**
 * Every data block of a LevelDB table, decompressed, as searchable parts (full keys and values of
 * each block, plus Blink-compressed values unpacked). The index and metaindex blocks are included
 * too: index keys are separators derived from real keys. A file without the table magic in its
 * footer is read as a torn table (decodeTornTable). Throws LevelDbFormatError for a block the
 * probe cannot read (a compression it does not know, a handle past the end).
 */
export const decodeTable = (table: Uint8Array, stats?: TableStats): DecodedPart[] => {
  if (table.length < FOOTER_SIZE) return decodeTornTable(table, stats);
  const footer = table.subarray(table.length - FOOTER_SIZE);
  const magic = new DataView(footer.buffer, footer.byteOffset + 40, 8).getBigUint64(0, true);
  if (magic !== TABLE_MAGIC) return decodeTornTable(table, stats);
  const cursor: Cursor = { bytes: footer, offset: 0 };
  const metaindex = readHandle(cursor);
  const index = readHandle(cursor);
  const parts: DecodedPart[] = [];
  const handles = [metaindex, index];
  const indexBlock = readBlock(table, index);
  for (const { value } of blockEntries(indexBlock.contents))
    handles.push(readHandle({ bytes: value, offset: 0 }));
  for (const handle of handles) {
    const block = readBlock(table, handle);
    if (stats) {
      stats.blocks += 1;
      if (block.compression === 'snappy') stats.snappyBlocks += 1;
    }
    parts.push(
      ...entryParts(blockEntries(block.contents), {
        kind: 'table-block',
        compression: block.compression,
      }),
    );
  }
  return parts;
};

/**
 * The whole records of a LevelDB log file (write-ahead `.log` or `MANIFEST-*`), reassembled from
 * their fragments. A torn tail (the last record cut by a crash or a live writer) is returned as
 * far as it goes, since it is on disk all the same.
 */
export const logRecords = (log: Uint8Array): Uint8Array[] => {
  const records: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  for (let blockStart = 0; blockStart < log.length; blockStart += LOG_BLOCK_SIZE) {
    const blockEnd = Math.min(blockStart + LOG_BLOCK_SIZE, log.length);
    let offset = blockStart;
    while (offset + LOG_HEADER_SIZE <= blockEnd) {
      const length = (log[offset + 4] ?? 0) | ((log[offset + 5] ?? 0) << 8);
      const type = log[offset + 6];
      const fragment = log.subarray(
        offset + LOG_HEADER_SIZE,
        Math.min(offset + LOG_HEADER_SIZE + length, blockEnd),
      );
      offset += LOG_HEADER_SIZE + length;
      if (type === 0 && length === 0) break; // zero padding to the end of the block
      if (type === 1) records.push(fragment);
      else if (type === 2) pending = [fragment];
      else if (type === 3) pending.push(fragment);
      else if (type === 4) {
        records.push(Buffer.concat([...pending, fragment]));
        pending = [];
      } else {
        // An unknown type is a torn or foreign block: keep its bytes searchable.
        records.push(fragment);
      }
    }
  }
  if (pending.length > 0) records.push(Buffer.concat(pending));
  return records;
};

/**
 * The key/value pairs of one write batch (a `.log` record): 8-byte sequence, 4-byte count, then
 * per entry a tag (1 put: key, value; 0 delete: key) with varint-prefixed bytes. Returns null for
 * a record that is not a write batch (a MANIFEST's version edits), which is searched as it is.
 */
export const writeBatchEntries = (
  record: Uint8Array,
): { key: Uint8Array; value: Uint8Array }[] | null => {
  if (record.length < 12) return null;
  const count = readUint32(record, 8);
  const cursor: Cursor = { bytes: record, offset: 12 };
  const entries: { key: Uint8Array; value: Uint8Array }[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const tag = record[cursor.offset++];
      const keyLength = readVarint(cursor);
      const key = record.subarray(cursor.offset, (cursor.offset += keyLength));
      if (tag === 1) {
        const valueLength = readVarint(cursor);
        entries.push({
          key,
          value: record.subarray(cursor.offset, (cursor.offset += valueLength)),
        });
      } else if (tag === 0) entries.push({ key, value: new Uint8Array(0) });
      else return null;
    }
  } catch {
    return null;
  }
  return cursor.offset === record.length ? entries : null;
};

/** Searchable parts of a log file: each whole record, and Blink-compressed values unpacked. */
export const decodeLog = (log: Uint8Array): DecodedPart[] =>
  logRecords(log).flatMap((record) => {
    const parts: DecodedPart[] = [{ kind: 'log-record', compression: 'none', bytes: record }];
    for (const { value } of writeBatchEntries(record) ?? []) {
      const inner = blinkDecompressedValue(value);
      if (inner) parts.push({ kind: 'idb-value', compression: 'snappy', bytes: inner });
    }
    return parts;
  });
