// Building rows frames (docs/backup-format.md) in ONE reusable buffer: each row's JSON text is
// encoded straight into the frame (TextEncoder.encodeInto), after the frame's head, so a frame
// allocates no bytes of its own. The profile of a backup (scripts/profile-backup-heap.ts) showed
// why: per-row Uint8Arrays, the joined frame and the sink's copy lived while a frame filled, so
// they outlived the young generation's collections and waited, with their ~3 MiB of backing
// store per frame, for a full collection; performance.memory counts them (external memory).
import type { Bytes } from '../crypto/bytes';
import { FRAME, FRAME_HEAD_BYTES, encodeJson, frameHead } from './format';

/** A frame is sent once it holds this many rows or bytes (a single larger row gets its own). */
export const ROWS_PER_FRAME = 500;
export const FRAME_TARGET_BYTES = 1024 * 1024;

const OPEN = 0x5b; // [
const COMMA = 0x2c; // ,
const CLOSE = 0x5d; // ]
/** Room kept for the closing bracket. */
const TAIL = 1;

const encoder = new TextEncoder();

/**
 * Collects rows into `[row,row,…]` rows frames and hands each finished frame (head + payload,
 * one view of the reused buffer) to `emit`. The view is valid only during that call: `emit`
 * must copy what it keeps (hashers and Blob parts copy).
 */
export class RowsFrameBuilder {
  private buffer = new Uint8Array(FRAME_HEAD_BYTES + FRAME_TARGET_BYTES + 64 * 1024);
  /** Next free byte; FRAME_HEAD_BYTES + 1 (after '[') when the frame is empty. */
  private at = FRAME_HEAD_BYTES + 1;
  private rows = 0;

  constructor(private readonly emit: (frame: Bytes) => void) {
    this.buffer[FRAME_HEAD_BYTES] = OPEN;
  }

  /** Adds one stored row (its bytes tagged as encodeJson does); may emit a frame. */
  add(row: unknown): void {
    const text = encodeJson(row);
    if (!this.tryAppend(text)) {
      this.flush();
      if (!this.tryAppend(text)) {
        // One row larger than the buffer (a scan): grow to fit it, worst case 3 bytes a char.
        this.buffer = this.grown(FRAME_HEAD_BYTES + 1 + text.length * 3 + TAIL);
        if (!this.tryAppend(text)) throw new RangeError('row does not fit its frame');
      }
    }
    this.rows += 1;
    if (this.rows >= ROWS_PER_FRAME || this.at - FRAME_HEAD_BYTES >= FRAME_TARGET_BYTES)
      this.flush();
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

  /** Encodes `,text` (or `text` first) into the buffer; false (nothing kept) when it does not fit. */
  private tryAppend(text: string): boolean {
    const start = this.at;
    let at = start;
    if (this.rows > 0) {
      if (at + 1 + TAIL > this.buffer.length) return false;
      this.buffer[at++] = COMMA;
    }
    const room = this.buffer.subarray(at, this.buffer.length - TAIL);
    const { read, written } = encoder.encodeInto(text, room);
    if (read < text.length) return false;
    this.at = at + written;
    return true;
  }

  private grown(size: number): Bytes {
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, FRAME_HEAD_BYTES + 1));
    return next;
  }
}
