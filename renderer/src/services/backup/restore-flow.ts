// Restore into a new database, verify it, then switch: the register in use (if any) is never
// written to, and stays the active one until the new database is complete, verified and flushed
// to disk (its last transaction is strict: issue 10 item 4, crash safety).
import { AppError, isAppError } from '@shared/errors/app-error';
import { restoreInto } from '../../data/backup/backup-restore';
import {
  authenticateBackup,
  type BackupBlob,
  type InspectedBackup,
} from '../../data/backup/backup-reader';
import type { UnlockedBackup } from '../../data/backup/backup-unlock';
import { openFileKeys, openRows } from '../../data/backup/backup-verify';
import { KeyMaterial } from '../../data/backup/file-keys';
import { bytesRead, monotonic, within, type Progress } from '../../data/backup/progress';
import { createVaultDb, type VaultDb } from '../../data/db/vault-db';
import { VAULT_SCHEMA } from '../../data/db/schema';
import type { KeybookFiles } from '../../data/keys/keybook-files';
import type { ErasureRow } from '../../data/retention/erasures-repo';
import { queueErasuresAfterRestore } from './after-restore';

/** Which database is the register in use, and how to make and drop others. */
export type DatabaseSwitch = {
  /** A fresh database name (never in use). */
  newName(): string;
  /** The keybook files of the database `name`. */
  keybookFiles(name: string): KeybookFiles;
  /**
   * Makes `name` the register in use, in one atomic step (the app reloads after it), recording
   * which one it replaces: that one is deleted only once `name` is proven whole at the next start.
   */
  activate(name: string): Promise<void>;
  /** Deletes a database and its keybook (a failed restore's leftovers). */
  discard(name: string): Promise<void>;
};

/** A row of the file does not open: said as a refused restore (the verify's words are for a copy). */
const asRestoreRefusal = (error: unknown): never => {
  if (isAppError(error) && error.i18nKey === 'errors.backup.rowDoesNotOpen')
    throw new AppError('validation', 'errors.backup.restoreRowDoesNotOpen', error.details);
  throw error;
};

/**
 * How far a restore has come: a fraction from 0 to 1 that never falls, reported after every
 * frame of both passes over the file (frames of rows are about 1 MiB) and after each last step;
 * 1 only once the new register is complete, verified, flushed and switched to.
 */
export type RestoreProgress = Progress;

/**
 * Where each step ends on the bar. The first pass only hashes the file and decodes the few rows
 * the keys need; the second decodes, opens and writes every row (most of the time, measured at
 * 10,000 children: docs/benchmarks.md, "Restore, third pass").
 */
const KEYS_PASS_END = 0.1;
const ROWS_PASS_END = 0.96;
const UPGRADED = 0.98;

/** Bytes read of the file → the bar between `from` and `to` (nothing when the size is unknown). */
const passProgress = (report: Progress, size: number | undefined, from: number, to: number) =>
  bytesRead(within(report, from, to), size);

const newestKnownSchema = (): number => Math.max(...VAULT_SCHEMA.map((v) => v.version));

/** The database at the backup's schema version: the rows fit it exactly; upgrades run after. */
const openAtVersion = async (name: string, version: number): Promise<VaultDb> => {
  const versions = VAULT_SCHEMA.filter((v) => v.version <= version);
  if (versions.length === 0) throw new AppError('validation', 'errors.backup.damaged');
  const db = createVaultDb(name, versions);
  await db.open();
  return db;
};

/**
 * Opens with the current schema (Dexie runs the upgrades of the versions after the backup's).
 * Every transaction from here on is strict, the restore's last one included.
 */
const upgrade = async (name: string): Promise<VaultDb> => {
  const db = createVaultDb(name, VAULT_SCHEMA, { durability: 'strict' });
  await db.open();
  if (!(await db.meta.get('vault'))) throw new AppError('storage', 'errors.backup.restoreMismatch');
  return db;
};

/**
 * The restore's last write: the vault row put back as it is, in a strict transaction (`db` is
 * opened strict), which completes only once the database's log is flushed to disk, with every
 * earlier write of the restore in it. Until then the new register is not switched to: a power
 * cut after the switch cannot take rows from it.
 */
const flush = async (db: VaultDb): Promise<void> => {
  await db.transaction('rw', db.meta, async () => {
    const vault = await db.meta.get('vault');
    if (!vault) throw new AppError('storage', 'errors.backup.restoreMismatch');
    await db.meta.put(vault);
  });
};

/**
 * Restores `file` into a new database and switches to it; its erasure records and `tombstones`
 * are queued to be applied again at its first unlock. Newer schema: refused with the version
 * named. Any failure discards the new database; the one in use is never touched.
 */
export const restoreToNewDatabase = async (
  databases: DatabaseSwitch,
  file: BackupBlob,
  inspected: InspectedBackup,
  unlocked: UnlockedBackup,
  /** Erasure records of the register being replaced (none on a fresh PC). */
  tombstones: readonly ErasureRow[],
  onProgress?: RestoreProgress,
): Promise<void> => {
  const { schemaVersion } = inspected.header;
  if (schemaVersion > newestKnownSchema())
    throw new AppError('validation', 'errors.backup.newerSchema', { version: schemaVersion });
  const progress = monotonic(onProgress);
  progress(0);
  // The whole file is authenticated before the first row is written anywhere; the same pass
  // gathers the file's keys, and every row is opened with them before it is written (a file
  // whose rows do not open is refused: errors.backup.restoreRowDoesNotOpen).
  const material = new KeyMaterial(unlocked.opener.principalId);
  await authenticateBackup(file, unlocked.macKey, {
    ...material.visitor,
    read: passProgress(progress, file.size, 0, KEYS_PASS_END),
  });
  const keys = await openFileKeys(material, unlocked.opener).catch(asRestoreRefusal);
  const name = databases.newName();
  const keybookFiles = databases.keybookFiles(name);
  try {
    const staged = await openAtVersion(name, schemaVersion);
    try {
      await restoreInto(
        file,
        unlocked.macKey,
        { db: staged, keybookFiles },
        {
          check: (table, rows) => openRows(keys, table, rows).catch(asRestoreRefusal),
          read: passProgress(progress, file.size, KEYS_PASS_END, ROWS_PASS_END),
        },
      );
    } finally {
      staged.close();
    }
    const restored = await upgrade(name);
    progress(UPGRADED);
    try {
      await queueErasuresAfterRestore(restored, tombstones);
      await flush(restored);
    } finally {
      restored.close();
    }
  } catch (error) {
    await databases.discard(name).catch(() => undefined);
    throw error;
  }
  await databases.activate(name);
  // Only now: the bar's 100 % means the register in use is the restored one.
  progress(1);
};
