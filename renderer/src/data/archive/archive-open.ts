// The reference reader of a sealed archive file (docs/archive-format.md): used by the app's tests
// and by `npm run open-archive` (scripts/open-archive.ts), which is how the state archive or the
// institution opens a hand-over file years later without the app. One pass over the file:
// structure, every chunk decrypted and authenticated, the digest compared at the end. A changed
// byte anywhere is reported as a damaged file, a wrong code as a wrong code, never the reverse.
import { AppError } from '@shared/errors/app-error';
import { createSHA256 } from 'hash-wasm';
import { asBytes, bytesEqual, concatBytes } from '../crypto/bytes';
import { parsePayload } from '../backup/format';
import { readFrames, type Frame } from '../backup/frame-reader';
import { unpackArchive, type UnpackedArchive } from './archive-package';
import {
  ARCHIVE_FILE,
  ARCHIVE_FRAME,
  ARCHIVE_IV_BYTES,
  archiveHeaderSchema,
  chunkAad,
  deriveArchiveKey,
  headerBinding,
  normalizeHandOverCode,
  type ArchiveHeader,
} from './archive-format';

export type OpenedArchive = {
  readonly header: ArchiveHeader;
  /** The package (a ZIP file), decrypted and authenticated. */
  readonly package: Uint8Array;
};

const damaged = (): AppError => new AppError('validation', 'errors.archive.damaged');
const wrongCode = (): AppError => new AppError('validation', 'errors.archive.wrongCode');

/** The header frame's JSON; anything else (the backup reader's own error included) is damage. */
const headerOf = (payload: Uint8Array): ArchiveHeader => {
  try {
    return parsePayload(archiveHeaderSchema, payload);
  } catch {
    throw damaged();
  }
};

const isFrame = (item: Frame | { prefix: Uint8Array }): item is Frame => 'kind' in item;

/**
 * Opens a sealed archive read from `stream` with the hand-over `code`. Throws
 * AppError('validation') with errors.archive.: `codeFormat` (the code is not 25 letters and
 * digits), `notArchive`, `newerFormat`, `truncated`, `damaged` (a changed byte anywhere: the
 * digest or a chunk's authentication fails), `wrongCode` (the first chunk does not authenticate
 * while the file's digest is intact).
 */
export const openArchive = async (
  stream: ReadableStream<Uint8Array>,
  code: string,
): Promise<OpenedArchive> => {
  normalizeHandOverCode(code);
  const digest = await createSHA256();
  digest.init();
  let prefix: Uint8Array | undefined;
  let header: ArchiveHeader | undefined;
  let key: CryptoKey | undefined;
  let binding: Uint8Array | undefined;
  let failure: 'first' | 'later' | undefined;
  let lastSeen = false;
  let index = 0;
  const plain: Uint8Array[] = [];
  const openChunk = async (payload: Uint8Array, last: boolean): Promise<boolean> => {
    if (!key || !binding || payload.length < ARCHIVE_IV_BYTES + 16) return false;
    try {
      const pt = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: asBytes(payload.subarray(0, ARCHIVE_IV_BYTES)),
          additionalData: chunkAad(binding, index, last),
          tagLength: 128,
        },
        key,
        asBytes(payload.subarray(ARCHIVE_IV_BYTES)),
      );
      plain.push(new Uint8Array(pt));
      return true;
    } catch {
      return false;
    }
  };
  for await (const item of readFrames(stream, ARCHIVE_FRAME.digest, ARCHIVE_FILE)) {
    if (!isFrame(item)) {
      prefix = item.prefix;
      digest.update(prefix);
      continue;
    }
    if (item.kind === ARCHIVE_FRAME.digest) {
      if (!bytesEqual(new Uint8Array(digest.digest('binary')), item.payload)) throw damaged();
      // Not `break`: the reader's own end-of-file check (bytes after the digest) must still run.
      continue;
    }
    digest.update(item.head);
    digest.update(item.payload);
    if (item.kind === ARCHIVE_FRAME.header) {
      if (header || !prefix) throw damaged();
      header = headerOf(item.payload);
      binding = await headerBinding(prefix, concatBytes(item.head, item.payload));
      key = await deriveArchiveKey(code, header.kdf);
    } else if (item.kind === ARCHIVE_FRAME.chunk) {
      if (!header || lastSeen) throw damaged();
      if (failure === undefined) {
        // Not knowing yet whether this chunk is the last, try "not last" and then "last".
        if (await openChunk(item.payload, false)) lastSeen = false;
        else if (await openChunk(item.payload, true)) lastSeen = true;
        else failure = index === 0 ? 'first' : 'later';
      }
      index += 1;
    } else throw damaged();
  }
  if (failure === 'first') throw wrongCode();
  if (failure === 'later' || !header || !lastSeen) throw damaged();
  return { header, package: concatBytes(...plain) };
};

/**
 * The whole reference path: opens the sealed file and unpacks the package, every file checked
 * against manifest.json (its SHA-256 and size). Errors as openArchive and unpackArchive.
 */
export const openAndUnpack = async (
  stream: ReadableStream<Uint8Array>,
  code: string,
): Promise<UnpackedArchive & { readonly header: ArchiveHeader }> => {
  const opened = await openArchive(stream, code);
  return { header: opened.header, ...(await unpackArchive(opened.package)) };
};
