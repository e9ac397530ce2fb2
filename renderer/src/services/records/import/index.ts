// Import of an existing list of children or clients from CSV or XLSX: read the file, find the
// header, guess the columns, decide the date columns, preview every row with its problems.
// See docs/records.md. scripts/check-import.ts runs exactly this code on a file.
import { parseCsvFile, type CsvDelimiter } from './parse-csv';
import { parseXlsxFile, type XlsxSheetReader } from './parse-xlsx';
import { sniffFile } from './file-kind';
import { tableFromGrid } from './header-row';
import type { GridRow, ImportTable } from './import-table';
import type { TextEncodingName } from './decode-text';
import type { MergeRange } from './xlsx-workbook';

export * from './decode-text';
export * from './import-table';
export * from './parse-csv';
export * from './parse-xlsx';
export * from './file-kind';
export * from './header-row';
export * from './column-mapping';
export * from './date-columns';
export * from './import-problems';
export * from './import-preview';
export * from './refused-rows';
export { NAME_MAX_LENGTH } from './field-checks';

/** A file read into rows, before the header is chosen. */
export type ImportSource = {
  readonly format: 'csv' | 'xlsx';
  /** Non-empty rows with the spreadsheet's own row numbers. */
  readonly grid: readonly GridRow[];
  readonly merges: readonly MergeRange[];
  /** XLSX: every sheet in workbook order (hidden ones flagged) and the one read. */
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  readonly sheet?: string;
  readonly dateSystem?: 1900 | 1904;
  /** CSV: the delimiter used, the encoding, and whether a 'sep=' line named it. */
  readonly delimiter?: CsvDelimiter;
  readonly encoding?: TextEncodingName;
  readonly sepHint?: boolean;
};

export type ReadImportOptions = {
  /** XLSX: the sheet to read (default: the first visible one). */
  readonly sheet?: string;
  readonly xlsxReader?: XlsxSheetReader;
};

/**
 * Reads an import file by content: a ZIP workbook is XLSX, text is CSV. Throws
 * AppError('validation', 'records.import.errors.notTable.<reason>') for a file that is not a
 * table (empty, PDF, image, old binary Office file, Word document, other binary).
 */
export const readImportSource = async (
  bytes: ArrayBuffer,
  options: ReadImportOptions = {},
): Promise<ImportSource> => {
  const kind = sniffFile(new Uint8Array(bytes));
  if (kind === 'zip') {
    const x = await parseXlsxFile(bytes, {
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.xlsxReader === undefined ? {} : { reader: options.xlsxReader }),
    });
    return {
      format: 'xlsx',
      grid: x.grid,
      merges: x.merges,
      sheets: x.sheets,
      sheet: x.sheet,
      dateSystem: x.dateSystem,
    };
  }
  const c = parseCsvFile(bytes);
  return {
    format: 'csv',
    grid: c.grid,
    merges: [],
    sheets: [],
    delimiter: c.delimiter,
    encoding: c.encoding,
    sepHint: c.sepHint,
  };
};

/** The table under the header row (detected when not given). */
export const importTableOf = (source: ImportSource, headerRow?: number): ImportTable =>
  tableFromGrid(source.grid, {
    merges: source.merges,
    ...(headerRow === undefined ? {} : { headerRow }),
  });
