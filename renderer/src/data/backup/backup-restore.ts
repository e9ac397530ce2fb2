// Writing a verified backup into a NEW database and keybook (never the register in use): rows
// table by table, keybook files one by one, the HMAC checked again over the same pass (the file
// could change between passes), then the counts compared. Each frame's rows can be checked
// first (every sealed box opened: `check`) while the next frames are read and the previous rows
// are written (restore-pipeline.ts).
import { AppError } from '@shared/errors/app-error';
import { bytesEqual } from '../crypto/bytes';
import type { VaultDb } from '../db/vault-db';
import type { KeybookFiles } from '../keys/keybook-files';
import { Keybook } from '../keys/keybook';
import { damaged } from './format';
import { passOver, type BackupBlob } from './backup-reader';
import { RowsPipeline, type RowsCheck } from './restore-pipeline';

export type RestoreTarget = {
  /** Open, empty, at the backup's schema version (the caller then upgrades it). */
  readonly db: VaultDb;
  readonly keybookFiles: KeybookFiles;
};

/** Rows per table in the target, in the header's table order. */
const countsOf = async (db: VaultDb, names: readonly string[]): Promise<number[]> =>
  Promise.all(names.map((name) => db.table(name).count()));

export type RestoreOptions = {
  /** Checks each frame's rows before they are written (e.g. opens every box). */
  readonly check?: RowsCheck;
  /** Bytes of the file read so far, after each frame. */
  readonly read?: (bytes: number) => void;
};

/**
 * Restores `blob`, which an earlier pass authenticated (digest and MAC: authenticateBackup), into
 * `target`; this pass checks the MAC again, not the digest. Throws errors.backup.damaged when the file is not exactly what
 * was authenticated, AppError('validation', 'errors.backup.unknownTable') for a table this app
 * does not have at that schema version, whatever `check` throws for a frame's rows (e.g.
 * errors.backup.rowDoesNotOpen), and errors.backup.restoreMismatch when the restored counts
 * differ from the header. Does not switch anything: the caller does after this returns.
 */
export const restoreInto = async (
  blob: BackupBlob,
  macKey: Uint8Array,
  target: RestoreTarget,
  { check, read }: RestoreOptions = {},
): Promise<void> => {
  const { db } = target;
  const known = new Set(db.tables.map((t) => t.name));
  const pipeline = new RowsPipeline(db, check);
  let pass: Awaited<ReturnType<typeof passOver>>;
  try {
    pass = await passOver(
      blob,
      {
        read,
        table: (name) => {
          if (!known.has(name)) throw new AppError('validation', 'errors.backup.unknownTable');
        },
        rows: (name, rows) => pipeline.add(name, rows),
        keybookFile: (name, bytes) => target.keybookFiles.write(name, bytes),
      },
      macKey,
      // The caller's first pass checked digest and MAC; this MAC alone proves the rows written
      // are the rows authenticated (passOver, PassOptions).
      { macOnly: true },
    );
    await pipeline.finish();
  } catch (error) {
    // No check or write is left running into the database the caller then discards.
    await pipeline.abandon();
    throw error;
  }
  if (!pass.computedMac || !bytesEqual(pass.computedMac, pass.mac)) throw damaged();
  const names = pass.header.tables.map((t) => t.name);
  const counts = await countsOf(db, names);
  if (pass.header.tables.some((t, i) => counts[i] !== t.count))
    throw new AppError('storage', 'errors.backup.restoreMismatch');
  // Every keybook file decodes (its own digest) and names its scope.
  await new Keybook(target.keybookFiles).load();
};
