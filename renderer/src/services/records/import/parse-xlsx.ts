// XLSX import through read-excel-file v9. Its entry points differ per host ('/browser',
// '/node', '/universal'); the renderer uses '/browser'. The reader is a parameter so a test or
// a worker can pass another entry without this module knowing about it.
import { readSheet } from 'read-excel-file/browser';
import { AppError } from '@shared/errors/app-error';
import { tableFromGrid, type ImportTable } from './import-table';

/** A cell as read-excel-file returns it. */
export type XlsxCell = string | number | boolean | Date | null;
/** Reads the first sheet of an .xlsx file into rows of cells. */
export type XlsxSheetReader = (input: ArrayBuffer) => Promise<readonly (readonly XlsxCell[])[]>;

export const browserXlsxReader: XlsxSheetReader = async (input) =>
  (await readSheet(input)) as readonly (readonly XlsxCell[])[];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A cell as text. Dates become ISO (Excel stores a calendar date as midnight UTC, so UTC parts
 * give the day the user typed). Whole numbers are written without exponent or grouping, so a
 * personal code stored as a number survives (its lost leading zero is handled by the preview).
 */
export const cellToText = (cell: XlsxCell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${pad(cell.getUTCFullYear(), 4)}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell)
      ? cell.toLocaleString('en-US', { useGrouping: false })
      : String(cell);
  }
  return String(cell);
};

/** Parses the first sheet of an .xlsx file; the first row is the header. */
export const parseXlsxFile = async (
  bytes: ArrayBuffer,
  reader: XlsxSheetReader = browserXlsxReader,
): Promise<ImportTable> => {
  let grid: readonly (readonly XlsxCell[])[];
  try {
    grid = await reader(bytes);
  } catch {
    // The library's message may quote cell contents: do not pass it on.
    throw new AppError('validation', 'records.import.errors.unreadableXlsx');
  }
  if (grid.length === 0) throw new AppError('validation', 'records.import.errors.empty');
  return tableFromGrid(grid.map((row) => row.map(cellToText)));
};
