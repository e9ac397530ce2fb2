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

/**
 * Writes a backup of `source` into a Blob. Same contract as writeBackup (its errors included):
 * `options.onRows` sees rows written of rows counted.
 */
export type BackupBlobWriter = (source: BackupSource, options: WriteOptions) => Promise<BlobBackup>;

/** In this thread (tests, and wherever a worker cannot run). */
export const writeBackupHere: BackupBlobWriter = async (source, options) => {
  const parts: Blob[] = [];
  // The Blob copies the chunk (the writer reuses its buffer): no JS-side copy needed.
  const { header, macKey } = await writeBackup(source, options, (chunk) =>
    parts.push(new Blob([chunk])),
  );
  return { blob: new Blob(parts, { type: 'application/octet-stream' }), header, macKey };
};
