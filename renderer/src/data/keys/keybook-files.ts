// Where the keybook's files live. In the app: the Origin Private File System (OPFS), because a
// file replaced there is physically gone from the profile, unlike a deleted IndexedDB row
// (docs/security-model.md, "Why the keybook is not in IndexedDB"). Integration tests use the
// in-memory store with the same contract.
import { AppError } from '@shared/errors/app-error';
import { bytesEqual } from '../crypto/bytes';

/** Whole-file storage: every write replaces a file atomically; reads return a copy. */
export type KeybookFiles = {
  /** Names of the stored files (any order). */
  list(): Promise<string[]>;
  read(name: string): Promise<Uint8Array | undefined>;
  /** Replaces the file atomically and reads it back; throws AppError('storage') on any failure. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
};

const writeFailed = (): AppError => new AppError('storage', 'errors.keybookWrite');

const verify = (written: Uint8Array, readBack: Uint8Array | undefined): void => {
  if (!readBack || !bytesEqual(written, readBack)) throw writeFailed();
};

type StorageWithDirectory = { getDirectory?: () => Promise<FileSystemDirectoryHandle> };

const rootDirectory = async (): Promise<FileSystemDirectoryHandle> => {
  const storage = (globalThis.navigator as { storage?: StorageWithDirectory } | undefined)?.storage;
  if (!storage?.getDirectory) throw new AppError('storage', 'errors.keybookUnavailable');
  try {
    return await storage.getDirectory();
  } catch {
    throw new AppError('storage', 'errors.keybookUnavailable');
  }
};

const isNotFound = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'NotFoundError';

/** The OPFS folder of the keybook of database `dbName` (the app's; createServices' default). */
export const keybookFolderOf = (dbName: string): string => `${dbName}.keybook`;

/**
 * The keybook in OPFS, in the folder `dirName`. `createWritable()` writes a swap file and moves
 * it over the target on close(), so a crash leaves the old file or the new one, never a mix.
 */
export const opfsKeybookFiles = (dirName: string): KeybookFiles => {
  let dir: Promise<FileSystemDirectoryHandle> | undefined;
  const folder = (): Promise<FileSystemDirectoryHandle> => {
    dir ??= rootDirectory().then((root) => root.getDirectoryHandle(dirName, { create: true }));
    return dir;
  };
  const read = async (name: string): Promise<Uint8Array | undefined> => {
    try {
      const handle = await (await folder()).getFileHandle(name);
      return new Uint8Array(await (await handle.getFile()).arrayBuffer());
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error instanceof AppError ? error : new AppError('storage', 'errors.keybookRead');
    }
  };
  return {
    list: async () => {
      const names: string[] = [];
      for await (const [name, handle] of (await folder()).entries())
        if (handle.kind === 'file' && name.endsWith('.kb')) names.push(name);
      return names;
    },
    read,
    write: async (name, bytes) => {
      try {
        const handle = await (await folder()).getFileHandle(name, { create: true });
        const writable = await handle.createWritable({ keepExistingData: false });
        await writable.write(new Uint8Array(bytes));
        await writable.close();
      } catch {
        throw writeFailed();
      }
      verify(bytes, await read(name));
    },
    remove: async (name) => {
      try {
        await (await folder()).removeEntry(name);
      } catch (error) {
        if (!isNotFound(error)) throw writeFailed();
      }
    },
  };
};

/** The same contract in memory (integration tests; one instance per database). */
export const memoryKeybookFiles = (): KeybookFiles & {
  readonly files: Map<string, Uint8Array>;
} => {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    list: () => Promise.resolve([...files.keys()]),
    read: (name) =>
      Promise.resolve(files.has(name) ? new Uint8Array(files.get(name) ?? []) : undefined),
    write: (name, bytes) => {
      files.set(name, new Uint8Array(bytes));
      verify(bytes, files.get(name));
      return Promise.resolve();
    },
    remove: (name) => {
      files.delete(name);
      return Promise.resolve();
    },
  };
};
