// Backup files in the folder the head chose, written the way KeePassXC saves a database: into a
// temporary file in the same folder, flushed to the disk, then renamed over the final name (one
// atomic step on the same volume), and the folder flushed so the rename itself survives a power
// cut. A half-written file only ever exists under a `.part` name that no reader takes for a
// backup. Pure Node (fs/promises) and injected paths: unit-tested without Electron.
import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors/app-error';

/** Backup file names: `registrs-YYYY-MM-DD-HHMM[-n].prbk`, nothing else is read or pruned. */
export const BACKUP_FILE_PATTERN = /^registrs-\d{4}-\d{2}-\d{2}-\d{4}(?:-\d{1,3})?\.prbk$/;
const PART_SUFFIX = '.part';

export const isBackupFileName = (name: string): boolean =>
  BACKUP_FILE_PATTERN.test(name) && basename(name) === name;

/** Why a write failed, in words the renderer shows (never a path or a system message). */
export type WriteFailure = 'folderMissing' | 'diskFull' | 'permission' | 'other';

const failureOf = (error: unknown): WriteFailure => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folderMissing';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission';
  return 'other';
};

export const writeFailed = (error: unknown): AppError =>
  error instanceof AppError
    ? error
    : new AppError('storage', 'errors.backup.writeFailed', { reason: failureOf(error) });

type Pending = { readonly handle: FileHandle; readonly temp: string; readonly final: string };

/** Flushes a folder's entry table (the rename); Windows cannot open folders, so it is skipped. */
const syncFolder = async (folder: string): Promise<void> => {
  if (process.platform === 'win32') return;
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
};

/** A free name: the given one, else `-2`, `-3`… (two backups in the same minute). */
const freeName = async (folder: string, fileName: string): Promise<string> => {
  const stem = fileName.slice(0, -'.prbk'.length);
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? fileName : `${stem}-${String(n)}.prbk`;
    try {
      await stat(join(folder, name));
    } catch {
      return name;
    }
  }
  throw new AppError('storage', 'errors.backup.writeFailed', { reason: 'other' });
};

export const createBackupFiles = () => {
  const pending = new Map<string, Pending>();
  const take = (token: string): Pending => {
    const entry = pending.get(token);
    if (!entry) throw new AppError('validation', 'errors.ipc.invalidRequest');
    return entry;
  };
  const removeLeftovers = async (folder: string): Promise<number> => {
    const live = new Set([...pending.values()].map((p) => basename(p.temp)));
    const parts = (await readdir(folder).catch(() => [])).filter(
      (n) => n.startsWith('registrs-') && n.endsWith(PART_SUFFIX) && !live.has(n),
    );
    for (const name of parts) await rm(join(folder, name), { force: true });
    return parts.length;
  };
  return {
    /** Deletes `.part` files left by a write that was killed (never taken for a backup). */
    removeLeftovers,
    /**
     * Opens `<folder>/<name>.<uuid>.part` for writing (after removing a killed write's
     * leftovers); returns a token for append/commit.
     */
    begin: async (folder: string, fileName: string): Promise<string> => {
      if (!isBackupFileName(fileName))
        throw new AppError('validation', 'errors.ipc.invalidRequest');
      try {
        await removeLeftovers(folder);
        const final = join(folder, await freeName(folder, fileName));
        const temp = `${final}.${randomUUID()}${PART_SUFFIX}`;
        const handle = await open(temp, 'wx');
        const token = randomUUID();
        pending.set(token, { handle, temp, final });
        return token;
      } catch (error) {
        throw writeFailed(error);
      }
    },
    append: async (token: string, bytes: Uint8Array): Promise<void> => {
      const entry = take(token);
      try {
        await entry.handle.write(bytes);
      } catch (error) {
        throw writeFailed(error);
      }
    },
    /** Flush, close, rename over the final name, flush the folder; returns the file name. */
    commit: async (token: string): Promise<string> => {
      const entry = take(token);
      pending.delete(token);
      try {
        await entry.handle.sync();
        await entry.handle.close();
        await rename(entry.temp, entry.final);
        await syncFolder(join(entry.final, '..'));
        return basename(entry.final);
      } catch (error) {
        await rm(entry.temp, { force: true }).catch(() => undefined);
        throw writeFailed(error);
      }
    },
    abort: async (token: string): Promise<void> => {
      const entry = pending.get(token);
      if (!entry) return;
      pending.delete(token);
      await entry.handle.close().catch(() => undefined);
      await rm(entry.temp, { force: true });
    },
    /** Bytes `[offset, offset + length)` of a backup file (fewer at its end; none past it). */
    read: async (
      folder: string,
      fileName: string,
      offset: number,
      length: number,
    ): Promise<Uint8Array> => {
      if (!isBackupFileName(fileName))
        throw new AppError('validation', 'errors.ipc.invalidRequest');
      const handle = await open(join(folder, fileName), 'r').catch((error: unknown) => {
        throw writeFailed(error);
      });
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    /** The backup files in the folder (`.part` leftovers and other files are not listed). */
    list: async (folder: string): Promise<string[]> =>
      (
        await readdir(folder).catch((error: unknown) => {
          throw writeFailed(error);
        })
      )
        .filter(isBackupFileName)
        .sort(),
    /** Deletes the named backup files (generations past what the settings keep). */
    remove: async (folder: string, names: readonly string[]): Promise<void> => {
      for (const name of names)
        if (isBackupFileName(name)) await rm(join(folder, name), { force: true });
    },
  };
};

export type BackupFiles = ReturnType<typeof createBackupFiles>;
