// The ZIP package of an archive hand-over (shared/archive/manifest.ts): written file by file into
// a sealer as it is produced (fflate's streaming Zip), each file's SHA-256 kept for the manifest,
// which comes last; and read back (unpackArchive) with every file checked against the manifest.
import { AppError } from '@shared/errors/app-error';
import {
  MANIFEST_FILE,
  archiveManifestSchema,
  type ArchiveManifest,
} from '@shared/archive/manifest';
import { Zip, ZipDeflate, ZipPassThrough, unzipSync } from 'fflate';
import { createSHA256 } from 'hash-wasm';
import { fromUtf8, toHex, utf8 } from '../crypto/bytes';

export type PackageFile = ArchiveManifest['files'][number];

/** Already compressed formats are stored as they are. */
const STORED = /\.(pdf|png|jpe?g)$/i;

const sha256Hex = async (bytes: Uint8Array): Promise<string> => {
  const h = await createSHA256();
  h.init();
  h.update(bytes);
  return toHex(new Uint8Array(h.digest('binary')));
};

export type PackageWriter = {
  /** Adds one file (a relative path with `/`) and passes its compressed bytes on. */
  readonly add: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Writes manifest.json from `manifest` plus the files added, and ends the ZIP. */
  readonly finish: (manifest: Omit<ArchiveManifest, 'files'>) => Promise<ArchiveManifest>;
};

/**
 * A streaming ZIP whose output goes to `out` (awaited after each file, so at most one file's
 * compressed bytes wait in memory). `mtime` stamps every entry.
 */
export const createPackageWriter = (
  out: (bytes: Uint8Array) => Promise<void>,
  mtime: Date,
): PackageWriter => {
  const produced: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else produced.push(data);
  });
  const drain = async (): Promise<void> => {
    if (failed) throw failed;
    while (produced.length > 0) await out(produced.shift() as Uint8Array);
  };
  const files: PackageFile[] = [];
  const put = (path: string, bytes: Uint8Array): void => {
    const entry = STORED.test(path) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(bytes, true);
  };
  return {
    add: async (path, bytes) => {
      if (path === MANIFEST_FILE || files.some((f) => f.path === path))
        throw new AppError('internal', 'errors.archive.damaged');
      files.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length });
      put(path, bytes);
      await drain();
    },
    finish: async (base) => {
      const manifest: ArchiveManifest = { ...base, files: [...files] };
      put(MANIFEST_FILE, utf8(`${JSON.stringify(manifest, null, 2)}\n`));
      zip.end();
      await drain();
      return manifest;
    },
  };
};

export type UnpackedArchive = {
  readonly manifest: ArchiveManifest;
  /** Every file of the package by path (manifest.json included). */
  readonly files: ReadonlyMap<string, Uint8Array>;
};

/**
 * Unzips a package and checks it: a valid manifest.json, every file it lists present with its
 * SHA-256 and size, and no file it does not list. Anything else:
 * AppError('validation', 'errors.archive.damaged').
 */
export const unpackArchive = async (zip: Uint8Array): Promise<UnpackedArchive> => {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw new AppError('validation', 'errors.archive.damaged');
  }
  const manifestBytes = entries[MANIFEST_FILE];
  if (!manifestBytes) throw new AppError('validation', 'errors.archive.damaged');
  let manifest: ArchiveManifest;
  try {
    manifest = archiveManifestSchema.parse(JSON.parse(fromUtf8(manifestBytes)));
  } catch {
    throw new AppError('validation', 'errors.archive.damaged');
  }
  const names = Object.keys(entries).filter((n) => n !== MANIFEST_FILE && !n.endsWith('/'));
  if (!names.every(isSafePackagePath)) throw new AppError('validation', 'errors.archive.damaged');
  if (names.length !== manifest.files.length)
    throw new AppError('validation', 'errors.archive.damaged');
  for (const f of manifest.files) {
    const bytes = entries[f.path];
    if (!bytes || bytes.length !== f.bytes || (await sha256Hex(bytes)) !== f.sha256)
      throw new AppError('validation', 'errors.archive.damaged', { file: f.path });
  }
  return { manifest, files: new Map(Object.entries(entries)) };
};

/** A package path that stays inside the folder it is unpacked into (no `..`, no absolute path). */
export const isSafePackagePath = (path: string): boolean =>
  path.length > 0 &&
  path.length <= 200 &&
  !path.startsWith('/') &&
  !path.includes('\\') &&
  !/^[A-Za-z]:/.test(path) &&
  path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
