// Building rows frames (docs/backup-format.md) in ONE reusable buffer: each row's JSON is
// written straight into the frame (row-json-writer.ts; rows it leaves to encodeJson are encoded
// with TextEncoder.encodeInto), after the frame's head, so a frame allocates no bytes of its own
// and a plain row allocates neither its JSON text nor base64 strings. The profile of a backup
// (scripts/profile-backup-heap.ts) showed why: per-row Uint8Arrays, the joined frame and the
// sink's copy lived while a frame filled, so they outlived the young generation's collections
// and waited, with their ~3 MiB of backing store per frame, for a full collection;
// performance.memory counts them (external memory). The bytes are exactly format 1's: the same
// JSON, and frames cut at the same rows as when every row went through encodeJson.
import { AppError } from '@shared/errors/app-error';
import type { Bytes } from '../crypto/bytes';
import { FRAME, FRAME_HEAD_BYTES, MAX_FRAME_BYTES, encodeJson, frameHead } from './format';
import { FULL, RowJsonWriter } from './row-json-writer';

/** A frame is sent once it holds this many rows or bytes (a single larger row gets its own). */
export const ROWS_PER_FRAME = 500;
export const FRAME_TARGET_BYTES = 1024 * 1024;

const OPEN = 0x5b; // [
const COMMA = 0x2c; // ,
const CLOSE = 0x5d; // ]
/** The frame buffer's usual size: a frame of ~1 MiB and room for the row that crosses it. */
const BUFFER_BYTES = FRAME_HEAD_BYTES + FRAME_TARGET_BYTES + 64 * 1024;
/** Room kept for the closing bracket. */
const TAIL = 1;

const encoder = new TextEncoder();

/**
 * Collects rows into `[row,row,…]` rows frames and hands each finished frame (head + payload,
 * one view of the reused buffer) to `emit`. The view is valid only during that call: `emit`
 * must copy what it keeps (hashers and Blob parts copy).
 */
export class RowsFrameBuilder {
  private buffer = new Uint8Array(BUFFER_BYTES);
  /** Next free byte; FRAME_HEAD_BYTES + 1 (after '[') when the frame is empty. */
  private at = FRAME_HEAD_BYTES + 1;
  private rows = 0;
  private readonly json = new RowJsonWriter();
  /** The row being added as encodeJson text, when the writer left it to encodeJson. */
  private text: string | undefined;

  constructor(private readonly emit: (frame: Bytes) => void) {
    this.buffer[FRAME_HEAD_BYTES] = OPEN;
  }

  /** Adds one stored row (its bytes tagged as encodeJson does); may emit a frame. */
  add(row: unknown): void {
    this.text = undefined;
    if (!this.append(row)) {
      this.flush();
      if (!this.append(row)) this.appendGrown(row);
    }
    this.text = undefined;
    this.rows += 1;
    if (this.rows >= ROWS_PER_FRAME || this.at - FRAME_HEAD_BYTES >= FRAME_TARGET_BYTES)
      this.flush();
  }

  /**
   * Ends a table: emits its last frame, and a buffer grown for a big row goes back to the usual
   * size, so the next table's frames are cut as by a new builder (as each table had its own
   * before). One builder per backup, not per table: a new builder's 1 MiB buffer for each of
   * the ~20 tables was ~21 MiB of ArrayBuffer backing stores per backup, garbage that only the
   * next young-generation collection freed (scripts/trace-backup-gc.ts).
   */
  endTable(): void {
    this.flush();
    if (this.buffer.length !== BUFFER_BYTES)
      this.buffer = this.grown(BUFFER_BYTES, FRAME_HEAD_BYTES + 1);
  }

  /** Emits the frame being filled, if it has rows. */
  flush(): void {
    if (this.rows === 0) return;
    this.buffer[this.at] = CLOSE;
    const end = this.at + TAIL;
    // frameHead refuses a frame over MAX_FRAME_BYTES (AppError 'storage', errors.backup.tooLarge).
    this.buffer.set(frameHead(FRAME.rows, end - FRAME_HEAD_BYTES), 0);
    this.emit(this.buffer.subarray(0, end));
    this.at = FRAME_HEAD_BYTES + 1;
    this.rows = 0;
  }

  /**
   * Writes `,row` (or `row` first) into the buffer; false (nothing kept) when it does not fit.
   * Fitting is exact (the bytes, comma included, are at most the room before the tail), as it
   * was for encodeInto of the row's encodeJson text, so frames are cut at the same rows.
   */
  private append(row: unknown): boolean {
    const limit = this.buffer.length - TAIL;
    let at = this.at;
    if (this.rows > 0) {
      if (at + 1 > limit) return false;
      this.buffer[at++] = COMMA;
    }
    if (this.text === undefined) {
      const end = this.json.write(row, this.buffer, at, limit);
      if (end >= 0) {
        this.at = end;
        return true;
      }
      if (end === FULL) return false;
      this.text = encodeJson(row); // NOT_PLAIN: this row as before, once per add
    }
    const { read, written } = encoder.encodeInto(this.text, this.buffer.subarray(at, limit));
    if (read < this.text.length) return false;
    this.at = at + written;
    return true;
  }

  /**
   * One row larger than the empty buffer (a scan of several MiB). Its size is known only once
   * written: the buffer doubles until it fits, then takes the size encodeJson's path gave it
   * (3 bytes per UTF-16 code unit of the row's JSON text, + head, brackets), so the frames after
   * it are cut at the same rows too. Throws AppError('storage', 'errors.backup.tooLarge') for a
   * row larger than a frame may be.
   */
  private appendGrown(row: unknown): void {
    const most = FRAME_HEAD_BYTES + MAX_FRAME_BYTES;
    do {
      if (this.buffer.length >= most) throw new AppError('storage', 'errors.backup.tooLarge');
      this.buffer = this.grown(Math.min(this.buffer.length * 2, most), this.at);
    } while (!this.append(row));
    const units = this.text?.length ?? utf16Length(this.buffer, FRAME_HEAD_BYTES + 1, this.at);
    const size = FRAME_HEAD_BYTES + 1 + units * 3 + TAIL;
    if (size !== this.buffer.length) this.buffer = this.grown(size, this.at);
  }

  /** A buffer of `size` bytes holding this one's first `keep` bytes. */
  private grown(size: number, keep: number): Bytes {
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, keep));
    return next;
  }
}

/** UTF-16 code units of the UTF-8 text in `bytes[from, to)` (4-byte sequences are 2 units). */
const utf16Length = (bytes: Uint8Array, from: number, to: number): number => {
  let units = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i] ?? 0;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
};
