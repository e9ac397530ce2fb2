// Import of an existing list of children or clients from CSV or XLSX: read the file, guess the
// columns, preview every row with its problems. See docs/records.md.
import { AppError } from '@shared/errors/app-error';
import { parseCsvFile } from './parse-csv';
import { parseXlsxFile, type XlsxSheetReader } from './parse-xlsx';
import type { ImportTable } from './import-table';

export * from './decode-text';
export * from './import-table';
export * from './parse-csv';
export * from './parse-xlsx';
export * from './column-mapping';
export * from './import-problems';
export * from './import-preview';
export { NAME_MAX_LENGTH } from './field-checks';

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * Reads an import file by content: a ZIP container is XLSX, anything else is CSV/text. The old
 * binary .xls is refused with its own message (Excel can save it as .xlsx or CSV).
 */
export const parseImportFile = async (
  bytes: ArrayBuffer,
  xlsxReader?: XlsxSheetReader,
): Promise<ImportTable> => {
  const head = new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength));
  if (isZip(head)) return parseXlsxFile(bytes, xlsxReader);
  if (head[0] === 0xd0 && head[1] === 0xcf)
    throw new AppError('validation', 'records.import.errors.legacyXls');
  return parseCsvFile(bytes);
};
