// Verifying a backup after writing it (docs/backup-format.md, "Verifying"): the file is read back
// and authenticated (digest, MAC, structure, counts, keybook files), and EVERY sealed box of every
// row is opened with the keys the file itself carries, for the principal that made it. Two
// streamed passes, one frame at a time: the first gathers the keys (the keybook comes after the
// rows), the second authenticates the same bytes again and opens the rows frame by frame.
import type { KeyCategory } from '@shared/access/roles';
import { AppError, isAppError } from '@shared/errors/app-error';
import { open } from '../crypto/aes-gcm';
import { LEGACY_SEAL_VERSION, ROW_SEAL_VERSION, rowAad } from '../db/sealed-row';
import { authenticateBackup, type BackupBlob } from './backup-reader';
import { FileKeys, KeyMaterial, isBox, type BackupOpener } from './file-keys';
import { bytesRead, within, type Progress } from './progress';

export type { BackupOpener } from './file-keys';

/** What the second pass opened: boxes decrypted, and boxes of categories the maker never holds. */
export type VerifyReport = { readonly opened: number; readonly skipped: number };

/**
 * A row of the file does not open with the file's keys. `table` names the table (never a row or
 * a person); the message says the copy is not good and nothing was changed.
 */
export const rowDoesNotOpen = (table: string): AppError =>
  new AppError('validation', 'errors.backup.rowDoesNotOpen', { table });

type Row = Readonly<Record<string, unknown>>;

/** Opens every box of one row; returns [opened, skipped]. Throws rowDoesNotOpen. */
const openEveryBox = async (keys: FileKeys, table: string, row: Row): Promise<[number, number]> => {
  const sealed = row['sealed'];
  if (sealed === undefined) return [0, 0];
  const id = row['id'];
  if (typeof sealed !== 'object' || sealed === null || typeof id !== 'string')
    throw rowDoesNotOpen(table);
  const version = keys.legacy ? LEGACY_SEAL_VERSION : ROW_SEAL_VERSION;
  const results = await Promise.all(
    Object.entries(sealed).map(async ([category, box]): Promise<0 | 1> => {
      if (!isBox(box)) throw rowDoesNotOpen(table);
      const key = await keys.keyFor(row, category as KeyCategory).catch(() => undefined);
      if (key === 'skip') return 0;
      try {
        if (!key) throw rowDoesNotOpen(table);
        await open(key, box, rowAad(table, id, category as KeyCategory, version));
        return 1;
      } catch {
        // An unfinished erasure removes keys before rows: the restore finishes it (format doc).
        if (keys.isBeingErased(row)) return 0;
        throw rowDoesNotOpen(table);
      }
    }),
  );
  const opened = results.reduce<number>((sum, n) => sum + n, 0);
  return [opened, results.length - opened];
};

/**
 * Opens every box of `rows` (one frame of `table`); returns [opened, skipped]. Throws
 * rowDoesNotOpen for the first box that does not open.
 */
export const openRows = async (
  keys: FileKeys,
  table: string,
  rows: readonly Row[],
): Promise<[number, number]> => {
  let opened = 0;
  let skipped = 0;
  for (const [o, s] of await Promise.all(rows.map((row) => openEveryBox(keys, table, row)))) {
    opened += o;
    skipped += s;
  }
  return [opened, skipped];
};

/**
 * The file's keys for `opener`, from what an authenticated pass gathered into `material`. A
 * grant or scope key of the file that does not open: rowDoesNotOpen('keys').
 */
export const openFileKeys = async (
  material: KeyMaterial,
  opener: BackupOpener,
): Promise<FileKeys> => {
  try {
    return await FileKeys.open(material, opener);
  } catch (error) {
    throw isAppError(error) && error.code === 'crypto' ? rowDoesNotOpen('keys') : error;
  }
};

/**
 * Where the verify's steps end on its own 0 … 1. The first pass only hashes the file and decodes
 * the few rows the keys need; opening the keys follows; the second pass decodes and opens every
 * row. Measured in the restore's profile at 10,000 children (docs/benchmarks.md, "Restore, third
 * pass"): first pass 1.4 s, keys 0.45 s, of a verify of 15.6 s in the same week's bench run.
 */
const KEYS_PASS_END = 0.09;
const KEYS_OPENED = 0.12;

/**
 * Verifies a file written by writeBackup: authenticates it with `macKey` and opens every sealed
 * box with the keys it carries for `opener` (the maker's principal). Boxes of a category the
 * maker's role never holds are counted as skipped, not opened. Errors: those of
 * authenticateBackup (errors.backup.damaged, .truncated, .unreadable), and
 * AppError('validation', 'errors.backup.rowDoesNotOpen', { table }) for a box that does not
 * open, a key the file lacks, or a grant or scope key of the file that does not open.
 * `onProgress` sees bytes read of `blob.size` over both passes, 0 … 1; it reaches 1 once the last
 * byte is read, BEFORE the MAC is compared: "verified" is this function resolving, not a 1.
 */
export const verifyBackup = async (
  blob: BackupBlob,
  macKey: Uint8Array,
  opener: BackupOpener,
  onProgress?: Progress,
): Promise<VerifyReport> => {
  const report: Progress = onProgress ?? (() => undefined);
  const material = new KeyMaterial(opener.principalId);
  await authenticateBackup(blob, macKey, {
    ...material.visitor,
    read: bytesRead(within(report, 0, KEYS_PASS_END), blob.size),
  });
  const keys = await openFileKeys(material, opener);
  report(KEYS_OPENED);
  let opened = 0;
  let skipped = 0;
  await authenticateBackup(blob, macKey, {
    read: bytesRead(within(report, KEYS_OPENED, 1), blob.size),
    rows: async (table, rows) => {
      const [o, s] = await openRows(keys, table, rows);
      opened += o;
      skipped += s;
    },
  });
  return { opened, skipped };
};
