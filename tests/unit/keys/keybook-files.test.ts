// The keybook's OPFS store (renderer/src/data/keys/keybook-files.ts) against a small in-memory
// stand-in for the File System Access API (navigator.storage.getDirectory), since node has no
// OPFS: only '.kb' files are listed, a missing file reads as undefined, every write is read back
// and compared, and every failure is an AppError('storage') the user is shown.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryKeybookFiles, opfsKeybookFiles } from '@renderer/data/keys/keybook-files';

const notFound = () => new DOMException('missing', 'NotFoundError');

type Faults = {
  /** What the next read of a file returns instead of its bytes. */
  readBack?: 'other' | 'missing';
  failWrite?: boolean;
  failRead?: boolean;
  failRemove?: Error;
};

/** A directory of files in memory with the handles' method names and errors. */
const fakeOpfs = (faults: Faults = {}) => {
  const dirs = new Map<string, Map<string, Uint8Array>>();
  const dirHandle = (files: Map<string, Uint8Array>) => ({
    getFileHandle: (name: string, options?: { create?: boolean }) => {
      if (!files.has(name) && !options?.create) return Promise.reject(notFound());
      return Promise.resolve({
        kind: 'file' as const,
        getFile: () => {
          if (faults.failRead) return Promise.reject(new Error('io'));
          const bytes = files.get(name);
          if (!bytes || faults.readBack === 'missing') return Promise.reject(notFound());
          const out = faults.readBack === 'other' ? Uint8Array.of(0) : bytes;
          return Promise.resolve({ arrayBuffer: () => Promise.resolve(out.slice().buffer) });
        },
        createWritable: (opts: { keepExistingData: boolean }) => {
          expect(opts).toEqual({ keepExistingData: false });
          let pending = new Uint8Array();
          return Promise.resolve({
            write: (b: Uint8Array) => {
              pending = new Uint8Array(b);
              return Promise.resolve();
            },
            close: () => {
              if (faults.failWrite) return Promise.reject(new Error('quota'));
              files.set(name, pending);
              return Promise.resolve();
            },
          });
        },
      });
    },
    removeEntry: (name: string) => {
      if (faults.failRemove) return Promise.reject(faults.failRemove);
      return files.delete(name) ? Promise.resolve() : Promise.reject(notFound());
    },
    entries: function* () {
      yield* [...files.keys()].map((n) => [n, { kind: 'file' }] as const);
      yield ['sub.kb', { kind: 'directory' }] as const;
    },
  });
  const root = {
    getDirectoryHandle: (name: string, options: { create: boolean }) => {
      expect(options).toEqual({ create: true });
      const files = dirs.get(name) ?? new Map<string, Uint8Array>();
      dirs.set(name, files);
      return Promise.resolve(dirHandle(files));
    },
  };
  return { dirs, root };
};

const setNavigator = (value: unknown) =>
  Object.defineProperty(globalThis, 'navigator', { value, configurable: true, writable: true });
const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'navigator', original);
  else Reflect.deleteProperty(globalThis, 'navigator');
});

const storage = (code: string) => ({ code: 'storage', i18nKey: code });

describe('opfsKeybookFiles', () => {
  it('writes, reads back and lists only the .kb files of its own folder, and removes them', async () => {
    const opfs = fakeOpfs();
    let opened = 0;
    setNavigator({ storage: { getDirectory: () => (opened++, Promise.resolve(opfs.root)) } });
    const files = opfsKeybookFiles('keybook-v');
    await files.write('inst.kb', Uint8Array.of(1, 2, 3));
    opfs.dirs.get('keybook-v')?.set('notes.txt', Uint8Array.of(9));
    opfs.dirs.set('other', new Map([['x.kb', Uint8Array.of(1)]]));
    expect(await files.list()).toEqual(['inst.kb']);
    expect(await files.read('inst.kb')).toEqual(Uint8Array.of(1, 2, 3));
    expect(await files.read('none.kb')).toBeUndefined();
    await files.remove('inst.kb');
    await files.remove('inst.kb'); // already gone: not an error
    expect(await files.list()).toEqual([]);
    expect(opened).toBe(1);
  });

  it('refuses a write whose read-back differs or is missing', async () => {
    for (const readBack of ['other', 'missing'] as const) {
      const opfs = fakeOpfs({ readBack });
      setNavigator({ storage: { getDirectory: () => Promise.resolve(opfs.root) } });
      await expect(opfsKeybookFiles('kb').write('inst.kb', Uint8Array.of(5))).rejects.toMatchObject(
        storage('errors.keybookWrite'),
      );
    }
  });

  it('turns a failed write, read or removal into its storage error', async () => {
    const failing = fakeOpfs({ failWrite: true });
    setNavigator({ storage: { getDirectory: () => Promise.resolve(failing.root) } });
    await expect(opfsKeybookFiles('kb').write('a.kb', Uint8Array.of(1))).rejects.toMatchObject(
      storage('errors.keybookWrite'),
    );
    const unreadable = fakeOpfs({ failRead: true });
    unreadable.dirs.set('kb', new Map([['a.kb', Uint8Array.of(1)]]));
    setNavigator({ storage: { getDirectory: () => Promise.resolve(unreadable.root) } });
    await expect(opfsKeybookFiles('kb').read('a.kb')).rejects.toMatchObject(
      storage('errors.keybookRead'),
    );
    const locked = fakeOpfs({ failRemove: new DOMException('busy', 'NoModificationAllowedError') });
    setNavigator({ storage: { getDirectory: () => Promise.resolve(locked.root) } });
    await expect(opfsKeybookFiles('kb').remove('a.kb')).rejects.toMatchObject(
      storage('errors.keybookWrite'),
    );
  });

  it('says the keybook is unavailable without OPFS, or when the browser refuses it', async () => {
    for (const nav of [undefined, {}, { storage: {} }]) {
      setNavigator(nav);
      await expect(opfsKeybookFiles('kb').read('a.kb')).rejects.toMatchObject(
        storage('errors.keybookUnavailable'),
      );
    }
    setNavigator({ storage: { getDirectory: () => Promise.reject(new Error('SecurityError')) } });
    await expect(opfsKeybookFiles('kb').list()).rejects.toMatchObject(
      storage('errors.keybookUnavailable'),
    );
  });
});

describe('memoryKeybookFiles (the same contract in memory)', () => {
  it('stores copies: changing the written or the read bytes does not change the file', async () => {
    const files = memoryKeybookFiles();
    const written = Uint8Array.of(1, 2);
    await files.write('a.kb', written);
    written[0] = 9;
    const read = await files.read('a.kb');
    expect(read).toEqual(Uint8Array.of(1, 2));
    if (read) read[1] = 9;
    expect(await files.read('a.kb')).toEqual(Uint8Array.of(1, 2));
    expect(await files.read('b.kb')).toBeUndefined();
    expect(await files.list()).toEqual(['a.kb']);
    await files.remove('a.kb');
    expect(await files.list()).toEqual([]);
  });
});
