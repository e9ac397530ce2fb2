// The sealed archive hand-over file (docs/archive-format.md, issue 9 item 7): the backup file's
// framing (data/backup/format.ts) under its own magic, carrying a ZIP package encrypted in
// chunks with AES-256-GCM under a key derived with Argon2id from a one-time hand-over code.
// Pure encoding and key derivation: no database. The writer (archive-seal.ts) and the reference
// reader (archive-open.ts, used by `npm run open-archive`) build on this.
import { z } from 'zod';
import { AppError } from '@shared/errors/app-error';
import { createSHA256 } from 'hash-wasm';
import { concatBytes, utf8, type Bytes } from '../crypto/bytes';
import { assertKdfFloor, deriveBytesUnchecked, type Argon2idParams } from '../crypto/kdf';
import { normalizeRecoveryCode } from '../crypto/recovery-code';
import type { FileSpec } from '../backup/format';

/** "PRARCHIV": what an archive file starts with. */
export const ARCHIVE_MAGIC = utf8('PRARCHIV');
export const ARCHIVE_FORMAT_VERSION = 1;
/** The file name extension (no personal data in the name: `arhivs-YYYY-MM-DD-HHMM.prarh`). */
export const ARCHIVE_EXTENSION = 'prarh';

export const ARCHIVE_FILE: FileSpec = {
  magic: ARCHIVE_MAGIC,
  version: ARCHIVE_FORMAT_VERSION,
  errors: {
    notIt: 'errors.archive.notArchive',
    newerFormat: 'errors.archive.newerFormat',
    damaged: 'errors.archive.damaged',
    truncated: 'errors.archive.truncated',
  },
};

export const ARCHIVE_FRAME = {
  /** JSON ArchiveHeader (plaintext, no personal data); always the first frame. */
  header: 1,
  /** One encrypted chunk of the package: IV (12 bytes) | AES-256-GCM ciphertext and tag. */
  chunk: 2,
  /** SHA-256 over every byte before this frame; the file ends right after it. */
  digest: 127,
} as const;

/** Plaintext bytes per chunk (the last one is shorter). */
export const ARCHIVE_CHUNK_BYTES = 1024 * 1024;
export const ARCHIVE_IV_BYTES = 12;

/** Argon2id: 64 MiB, 4 passes, 1 lane (about 0.5 s on an office PC); 32-byte key. */
export const ARCHIVE_KDF: Omit<Argon2idParams, 'salt'> = { alg: 'argon2id', m: 65_536, t: 4, p: 1 };
export const ARCHIVE_SALT_BYTES = 16;

const bytesValue = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** The plaintext header: how to derive the key and cut the chunks. Names no one. */
export const archiveHeaderSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT_VERSION),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.strictObject({
    alg: z.literal('argon2id'),
    m: z.number().int(),
    t: z.number().int(),
    p: z.number().int(),
    salt: bytesValue,
  }),
  chunkBytes: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024),
  /** ISO timestamp (UTC) of sealing. */
  createdAt: z.string().min(1).max(40),
});
export type ArchiveHeader = z.output<typeof archiveHeaderSchema>;

/** A malformed hand-over code: 25 letters and digits in five groups (like the recovery code). */
export const normalizeHandOverCode = (code: string): string => {
  try {
    return normalizeRecoveryCode(code);
  } catch {
    throw new AppError('validation', 'errors.archive.codeFormat');
  }
};

/**
 * The 32-byte AES-256-GCM key of the file: Argon2id over the code's canonical form (25 upper-case
 * characters, no separators) with the header's salt and parameters. Parameters below the app's
 * floor (or absurdly high ones: a tampered header) are refused before any work.
 */
export const deriveArchiveKey = async (
  code: string,
  kdf: ArchiveHeader['kdf'],
): Promise<CryptoKey> => {
  try {
    assertKdfFloor(kdf);
  } catch {
    throw new AppError('validation', 'errors.archive.damaged');
  }
  const raw = await deriveBytesUnchecked(normalizeHandOverCode(code), kdf);
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    raw.fill(0);
  }
};

/** SHA-256 of the prefix and the header frame (head + payload): bound into every chunk's AAD. */
export const headerBinding = async (
  prefix: Uint8Array,
  headerFrame: Uint8Array,
): Promise<Bytes> => {
  const h = await createSHA256();
  h.init();
  h.update(prefix);
  h.update(headerFrame);
  return new Uint8Array(h.digest('binary'));
};

const AAD_LABEL = utf8('PRARCHIV chunk');

/**
 * A chunk's additional data: label | header binding (32) | index (u32 BE) | last (u8 0/1). A chunk
 * moved, dropped, repeated, cut off at the end or put under another header fails authentication.
 */
export const chunkAad = (binding: Uint8Array, index: number, last: boolean): Bytes => {
  const tail = new Uint8Array(5);
  new DataView(tail.buffer).setUint32(0, index);
  tail[4] = last ? 1 : 0;
  return concatBytes(AAD_LABEL, binding, tail);
};
