// Writes a sealed archive file (docs/archive-format.md): the package's bytes are pushed in as
// they are produced, cut into chunks of ARCHIVE_CHUNK_BYTES and each encrypted with AES-256-GCM
// under the hand-over code's key; the file ends with a SHA-256 digest frame. At most one chunk of
// plaintext is held here; the sink receives the file's bytes in order.
import { createSHA256, type IHasher } from 'hash-wasm';
import { asBytes, concatBytes, randomBytes, toHex } from '../crypto/bytes';
import { encodePrefix, frameHead, jsonPayload } from '../backup/format';
import {
  ARCHIVE_CHUNK_BYTES,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_FRAME,
  ARCHIVE_IV_BYTES,
  ARCHIVE_KDF,
  ARCHIVE_MAGIC,
  ARCHIVE_SALT_BYTES,
  chunkAad,
  deriveArchiveKey,
  headerBinding,
  type ArchiveHeader,
} from './archive-format';

/** Receives the file's bytes in order. */
export type ArchiveSink = (chunk: Uint8Array) => void;

export type SealOptions = {
  readonly now: Date;
  /** Tests only: lower Argon2id parameters (never below the floor). */
  readonly kdf?: Omit<ArchiveHeader['kdf'], 'salt'>;
  readonly chunkBytes?: number;
};

export type SealedArchive = {
  /** SHA-256 of the whole file as saved (hex, lower case): printed on the hand-over act. */
  readonly sha256: string;
  /** The file's size in bytes. */
  readonly size: number;
};

export type ArchiveSealer = {
  /** Adds package bytes (encrypting each full chunk as it fills). */
  readonly push: (bytes: Uint8Array) => Promise<void>;
  /** Encrypts the last chunk, writes the digest frame; the file is complete after it. */
  readonly finish: () => Promise<SealedArchive>;
};

const sha256 = async (): Promise<IHasher> => {
  const h = await createSHA256();
  h.init();
  return h;
};

/**
 * Starts a sealed file for `code` (a hand-over code, see generateHandOverCode). Derives the key
 * (Argon2id, about 0.5 s) and writes the prefix and header at once. Throws
 * AppError('validation', 'errors.archive.codeFormat') for a malformed code.
 */
export const startArchive = async (
  code: string,
  options: SealOptions,
  sink: ArchiveSink,
): Promise<ArchiveSealer> => {
  const chunkBytes = options.chunkBytes ?? ARCHIVE_CHUNK_BYTES;
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT_VERSION,
    cipher: 'AES-256-GCM',
    kdf: {
      ...(options.kdf ?? ARCHIVE_KDF),
      alg: 'argon2id',
      salt: randomBytes(ARCHIVE_SALT_BYTES),
    },
    chunkBytes,
    createdAt: options.now.toISOString(),
  };
  const key = await deriveArchiveKey(code, header.kdf);
  const digest = await sha256();
  const whole = await sha256();
  let size = 0;
  const write = (bytes: Uint8Array, inDigest = true): void => {
    if (inDigest) digest.update(bytes);
    whole.update(bytes);
    size += bytes.length;
    sink(bytes);
  };
  const frame = (kind: number, payload: Uint8Array, inDigest = true): void => {
    write(frameHead(kind, payload.length), inDigest);
    write(payload, inDigest);
  };
  const prefix = encodePrefix(ARCHIVE_FORMAT_VERSION, ARCHIVE_MAGIC);
  const headerPayload = jsonPayload(header);
  const headerFrame = concatBytes(
    frameHead(ARCHIVE_FRAME.header, headerPayload.length),
    headerPayload,
  );
  const binding = await headerBinding(prefix, headerFrame);
  write(prefix);
  write(headerFrame);

  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let index = 0;
  const encrypt = async (plain: Uint8Array, last: boolean): Promise<void> => {
    const iv = randomBytes(ARCHIVE_IV_BYTES);
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: chunkAad(binding, index, last), tagLength: 128 },
      key,
      asBytes(plain),
    );
    frame(ARCHIVE_FRAME.chunk, concatBytes(iv, new Uint8Array(ct)));
    index += 1;
  };
  // A chunk is encrypted only once more bytes follow it, so the last chunk is known when
  // finish() comes (and is never empty unless the whole package is).
  const push = async (bytes: Uint8Array): Promise<void> => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    while (pendingBytes > chunkBytes) {
      const joined = concatBytes(...pending);
      await encrypt(joined.subarray(0, chunkBytes), false);
      const rest = joined.slice(chunkBytes);
      pending = [rest];
      pendingBytes = rest.length;
    }
  };
  const finish = async (): Promise<SealedArchive> => {
    await encrypt(concatBytes(...pending), true);
    pending = [];
    frame(ARCHIVE_FRAME.digest, new Uint8Array(digest.digest('binary')), false);
    return { sha256: toHex(new Uint8Array(whole.digest('binary'))), size };
  };
  return { push, finish };
};
