// The reference for the rows frames' bytes: RowsFrameBuilder as it was before rows were written
// by row-json-writer.ts (every row through encodeJson, then TextEncoder.encodeInto; a row larger
// than the buffer grows it to 3 bytes per UTF-16 unit). Format 1's bytes are whatever this
// gives; the tests compare the builder in use against it, frame by frame.
import { FRAME, FRAME_HEAD_BYTES, encodeJson, frameHead } from '@renderer/data/backup/format';
import { FRAME_TARGET_BYTES, ROWS_PER_FRAME } from '@renderer/data/backup/rows-frame';

const encoder = new TextEncoder();

/** Emits each frame (head + payload) as the old builder did; views are reused like its. */
export class LegacyRowsFrameBuilder {
  private buffer = new Uint8Array(FRAME_HEAD_BYTES + FRAME_TARGET_BYTES + 64 * 1024);
  private at = FRAME_HEAD_BYTES + 1;
  private rows = 0;

  constructor(private readonly emit: (frame: Uint8Array) => void) {
    this.buffer[FRAME_HEAD_BYTES] = 0x5b;
  }

  add(row: unknown): void {
    const text = encodeJson(row);
    if (!this.tryAppend(text)) {
      this.flush();
      if (!this.tryAppend(text)) {
        const next = new Uint8Array(FRAME_HEAD_BYTES + 1 + text.length * 3 + 1);
        next.set(this.buffer.subarray(0, FRAME_HEAD_BYTES + 1));
        this.buffer = next;
        if (!this.tryAppend(text)) throw new RangeError('row does not fit its frame');
      }
    }
    this.rows += 1;
    if (this.rows >= ROWS_PER_FRAME || this.at - FRAME_HEAD_BYTES >= FRAME_TARGET_BYTES)
      this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.buffer[this.at] = 0x5d;
    const end = this.at + 1;
    this.buffer.set(frameHead(FRAME.rows, end - FRAME_HEAD_BYTES), 0);
    this.emit(this.buffer.subarray(0, end));
    this.at = FRAME_HEAD_BYTES + 1;
    this.rows = 0;
  }

  private tryAppend(text: string): boolean {
    let at = this.at;
    if (this.rows > 0) {
      if (at + 2 > this.buffer.length) return false;
      this.buffer[at++] = 0x2c;
    }
    const room = this.buffer.subarray(at, this.buffer.length - 1);
    const { read, written } = encoder.encodeInto(text, room);
    if (read < text.length) return false;
    this.at = at + written;
    return true;
  }
}

/** Every frame `rows` gives through `Builder`, copied. */
export const framesOf = (
  Builder: new (emit: (frame: Uint8Array) => void) => { add(row: unknown): void; flush(): void },
  rows: Iterable<unknown>,
): Uint8Array[] => {
  const frames: Uint8Array[] = [];
  const builder = new Builder((frame) => frames.push(frame.slice()));
  for (const row of rows) builder.add(row);
  builder.flush();
  return frames;
};

/**
 * Where two frame lists first differ ('same' when they do not): vitest's toEqual walks typed
 * arrays element by element, far too slowly for frames of several MiB.
 */
export const firstDifference = (got: Uint8Array[], want: Uint8Array[]): string => {
  if (got.length !== want.length)
    return `${String(got.length)} frames, want ${String(want.length)}`;
  for (const [i, frame] of got.entries())
    if (!Buffer.from(frame).equals(want[i] ?? new Uint8Array(0))) return `frame ${String(i)}`;
  return 'same';
};
