// Reads the app's keybook (the wrapped data keys, in the Origin Private File System) from a live
// page, so a test can name the exact ciphertext of a person's wrapped keys and look for it on disk
// after an erasure. The file format is renderer/src/data/keys/keybook-format.ts:
//   'PRKB' | version u8 | scope id (str) | count u32 | entries | SHA-256
//   entry: key id (str) | owner id (str) | category u8 | flags u8 | iv (12) | ct length u16 | ct
//          | [tag length u8 | tag]        str: length u16 | UTF-8; integers big-endian
import type { Page } from '@playwright/test';

export type WrappedKey = {
  readonly file: string;
  readonly keyId: string;
  readonly ownerId: string;
  /** The wrapped key's AES-GCM ciphertext (with its tag) as stored. */
  readonly ct: Uint8Array;
};

const FLAG_TAG = 2;
const IV_BYTES = 12;

/** Every `.kb` file under the origin's OPFS root, as path → bytes. */
const readOpfsKeybooks = async (page: Page): Promise<Record<string, number[]>> =>
  page.evaluate(async () => {
    const out: Record<string, number[]> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else if (name.endsWith('.kb'))
          out[`${prefix}${name}`] = Array.from(
            new Uint8Array(await (await handle.getFile()).arrayBuffer()),
          );
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });

/** The entries of one keybook file (the digest is not checked: the app does that). */
export const keybookEntries = (file: string, bytes: Uint8Array): WrappedKey[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u16 = () => {
    const v = view.getUint16(at);
    at += 2;
    return v;
  };
  const take = (n: number) => bytes.subarray(at, (at += n));
  const str = () => Buffer.from(take(u16())).toString('utf8');
  if (Buffer.from(take(4)).toString('latin1') !== 'PRKB') throw new Error(`${file}: not a keybook`);
  at += 1; // version
  str(); // scope id
  const count = view.getUint32(at);
  at += 4;
  const entries: WrappedKey[] = [];
  for (let i = 0; i < count; i++) {
    const keyId = str();
    const ownerId = str();
    at += 1; // category
    const flags = bytes[at++] ?? 0;
    at += IV_BYTES;
    const ct = Uint8Array.from(take(u16()));
    if ((flags & FLAG_TAG) !== 0) at += 1 + (bytes[at] ?? 0);
    entries.push({ file, keyId, ownerId, ct });
  }
  return entries;
};

/** Every wrapped key in the page's keybook, from every scope's file. */
export const readWrappedKeys = async (page: Page): Promise<WrappedKey[]> =>
  Object.entries(await readOpfsKeybooks(page)).flatMap(([file, bytes]) =>
    keybookEntries(file, Uint8Array.from(bytes)),
  );
