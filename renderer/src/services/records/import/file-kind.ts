// What kind of file the user picked, from its first bytes rather than its name: the secretary
// is told exactly why a file is not a table (empty, a PDF, a picture, a Word document, an old
// binary Office file, something binary) instead of a generic failure.
import { AppError } from '@shared/errors/app-error';

export type TableFileKind = 'zip' | 'text';

/** Why a file is not a table; each is 'records.import.errors.notTable.<reason>'. */
export type NotTableReason =
  | 'empty'
  | 'pdf'
  | 'image'
  | 'legacyOffice'
  | 'word'
  | 'openDocument'
  | 'zip'
  | 'binary'
  | 'oneColumn'
  | 'noRows';

export const notTable = (reason: NotTableReason): AppError =>
  new AppError('validation', `records.import.errors.notTable.${reason}`, { reason });

const MAGIC: readonly (readonly [readonly number[], NotTableReason])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'pdf'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'image'], // PNG
  [[0xff, 0xd8, 0xff], 'image'], // JPEG
  [[0x47, 0x49, 0x46, 0x38], 'image'], // GIF8
  [[0x49, 0x49, 0x2a, 0x00], 'image'], // TIFF
  [[0x4d, 0x4d, 0x00, 0x2a], 'image'], // TIFF
  [[0xd0, 0xcf, 0x11, 0xe0], 'legacyOffice'], // OLE2: .xls, .doc
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'binary'], // {\rtf
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

const isUtf16 = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** Share of bytes in the first 4 KiB that no text file holds (NUL and other C0 controls). */
const binaryShare = (bytes: Uint8Array): number => {
  const head = bytes.subarray(0, 4096);
  let odd = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd += 1;
  return head.length === 0 ? 0 : odd / head.length;
};

/**
 * 'zip' (maybe XLSX, checked when opened) or 'text' (CSV). Throws notTable(reason) for an empty
 * file, a PDF, an image, an old binary Office file, RTF or anything else binary.
 */
export const sniffFile = (bytes: Uint8Array): TableFileKind => {
  if (bytes.length === 0) throw notTable('empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0x50, 0x4b])) throw notTable('zip');
  const magic = MAGIC.find(([prefix]) => startsWith(bytes, prefix));
  if (magic) throw notTable(magic[1]);
  if (!isUtf16(bytes) && binaryShare(bytes) > 0.01) throw notTable('binary');
  return 'text';
};
