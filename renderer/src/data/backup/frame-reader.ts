// Reads a backup file frame by frame from a stream, holding one frame at a time (a 50,000-record
// file is never in memory whole). Checks the prefix: not a backup, or a newer format, is refused
// by name before anything else is read. The archive hand-over file (data/archive) uses the same
// framing under its own magic (FileSpec).
import { AppError } from '@shared/errors/app-error';
import { bytesEqual, concatBytes } from '../crypto/bytes';
import { BACKUP_FILE, FRAME_HEAD_BYTES, MAX_FRAME_BYTES, type FileSpec } from './format';

export type Frame = {
  readonly kind: number;
  /** The 5 bytes before the payload (for hashing: the MAC and digest cover them). */
  readonly head: Uint8Array;
  readonly payload: Uint8Array;
};

export const truncated = (spec: FileSpec = BACKUP_FILE): AppError =>
  new AppError('validation', spec.errors.truncated);

const damagedFile = (spec: FileSpec): AppError => new AppError('validation', spec.errors.damaged);

/**
 * The file could not be read to its end: Chromium rejects the read ("network error",
 * NotReadableError) when the chosen file was changed, replaced or removed after it was chosen,
 * e.g. a newer backup saved over it under the same name, or a USB drive pulled out.
 */
export const unreadable = (): AppError => new AppError('storage', 'errors.backup.unreadable');

const readChunk = async (
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamReadResult<Uint8Array>> => {
  try {
    return await reader.read();
  } catch {
    throw unreadable();
  }
};

/** A byte queue over a stream reader: take(n) returns exactly n bytes or undefined at the end. */
class ByteQueue {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private done = false;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async take(n: number): Promise<Uint8Array | undefined> {
    while (this.size < n && !this.done) {
      const { value, done } = await readChunk(this.reader);
      if (done) this.done = true;
      else if (value.length > 0) {
        this.chunks.push(value);
        this.size += value.length;
      }
    }
    if (this.size < n) return undefined;
    const joined =
      this.chunks.length === 1 ? (this.chunks[0] as Uint8Array) : concatBytes(...this.chunks);
    const out = joined.slice(0, n);
    const rest = joined.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    return out;
  }

  async atEnd(): Promise<boolean> {
    return (await this.take(1)) === undefined;
  }
}

/** Checks magic and version; returns the prefix bytes (they are hashed like a frame). */
const readPrefix = async (
  queue: ByteQueue,
  spec: FileSpec,
): Promise<{ prefix: Uint8Array; version: number }> => {
  const { magic } = spec;
  const prefix = await queue.take(magic.length + 2);
  if (!prefix || !bytesEqual(prefix.subarray(0, magic.length), magic))
    throw new AppError('validation', spec.errors.notIt);
  const version = new DataView(prefix.buffer, prefix.byteOffset).getUint16(magic.length);
  if (version > spec.version)
    throw new AppError('validation', spec.errors.newerFormat, {
      version,
      supported: spec.version,
    });
  if (version < 1) throw damagedFile(spec);
  return { prefix, version };
};

/**
 * The prefix, then every frame in order. `lastKind` ends the file: a frame of that kind must be
 * the last bytes; a file that ends earlier is truncated, bytes after it make it damaged.
 */
export async function* readFrames(
  stream: ReadableStream<Uint8Array>,
  lastKind: number,
  spec: FileSpec = BACKUP_FILE,
): AsyncGenerator<Frame | { readonly prefix: Uint8Array; readonly version: number }> {
  const reader = stream.getReader();
  try {
    const queue = new ByteQueue(reader);
    yield await readPrefix(queue, spec);
    for (;;) {
      const head = await queue.take(FRAME_HEAD_BYTES);
      if (!head) throw truncated(spec);
      const length = new DataView(head.buffer, head.byteOffset).getUint32(1);
      if (length > MAX_FRAME_BYTES) throw damagedFile(spec);
      const payload = length === 0 ? new Uint8Array(0) : await queue.take(length);
      if (!payload) throw truncated(spec);
      const kind = head[0] as number;
      yield { kind, head, payload };
      if (kind === lastKind) {
        if (!(await queue.atEnd())) throw damagedFile(spec);
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
