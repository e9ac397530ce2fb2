// A backup written into a Blob, and the port that says in which thread it is written. The Blob
// holds the file's bytes outside the JS heap (each chunk becomes a Blob part, which copies it).
import { writeBackup, type BackupSource, type WriteOptions } from './backup-writer';
import type { BackupHeader } from './format';

export type BlobBackup = {
  readonly blob: Blob;
  readonly header: BackupHeader;
  /** The file's MAC key, to verify the copy read back (32 bytes; drop it afterwards). */
  readonly macKey: Uint8Array;
};

export type BlobWriteOptions = WriteOptions & {
  /**
   * Stops the write (the session that asked for it ended: a lock): the promise rejects with
   * the signal's reason, and a worker writing it is ended at once.
   */
  readonly signal?: AbortSignal;
};

/**
 * Writes a backup of `source` into a Blob. Same contract as writeBackup (its errors included):
 * `options.onRows` sees rows written of rows counted; `options.signal` stops it.
 */
export type BackupBlobWriter = (
  source: BackupSource,
  options: BlobWriteOptions,
) => Promise<BlobBackup>;

/** In this thread (tests, and wherever a worker cannot run). Stopped at its next page of rows. */
export const writeBackupHere: BackupBlobWriter = async (source, options) => {
  const { signal, onRows } = options;
  signal?.throwIfAborted();
  const parts: Blob[] = [];
  // The Blob copies the chunk (the writer reuses its buffer): no JS-side copy needed.
  const { header, macKey } = await writeBackup(
    source,
    {
      ...options,
      onRows: (written, total) => {
        signal?.throwIfAborted();
        onRows?.(written, total);
      },
    },
    (chunk) => parts.push(new Blob([chunk])),
  );
  signal?.throwIfAborted();
  return { blob: new Blob(parts, { type: 'application/octet-stream' }), header, macKey };
};
