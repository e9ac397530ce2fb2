// XLSX import: values through read-excel-file v9 (shared strings, rich text, number formats and
// which cells are dates), and what it does not report from the workbook's own XML
// (xlsx-workbook.ts): error cells, formulas without a saved result, unknown cell types, the
// date system, hidden sheets and merged ranges. A cell whose value the file does not give is
// never read as empty.
import { readSheet } from 'read-excel-file/browser';
import { AppError } from '@shared/errors/app-error';
import { isoFromParts, type IsoDate } from '@shared/text/dates';
import { EMPTY_CELL, isBlankCell, type GridRow, type ImportCell } from './import-table';
import type { Unzipped } from 'fflate';
import {
  cellKey,
  readWorkbookInfo,
  scanSheet,
  unzipWorkbook,
  type MergeRange,
  type ScannedCell,
  type SheetScan,
} from './xlsx-workbook';
import { notTable } from './file-kind';
import {
  cellRefusedByReader,
  readerWouldRefuse,
  workbookWithBlankedCells,
} from './xlsx-unreadable-cells';

/** A cell as read-excel-file returns it. */
export type XlsxCell = string | number | boolean | Date | null;
/** Reads one sheet (by name) of an .xlsx file into rows of cells, row 1 first. */
export type XlsxSheetReader = (
  input: ArrayBuffer,
  sheet: string,
) => Promise<readonly (readonly XlsxCell[])[]>;

export const browserXlsxReader: XlsxSheetReader = async (input, sheet) =>
  (await readSheet(input, sheet)) as readonly (readonly XlsxCell[])[];

export type XlsxGrid = {
  readonly grid: readonly GridRow[];
  /** Every sheet in workbook order; hidden ones are offered only on request. */
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  readonly sheet: string;
  readonly dateSystem: 1900 | 1904;
  readonly merges: readonly MergeRange[];
};

const DAY_MS = 86_400_000;
const KNOWN_TYPES = new Set(['n', 's', 'str', 'inlineStr', 'd', 'e', 'b']);

/**
 * An Excel date serial as ISO. 1900 system: 1 = 1900-01-01, and 60 is Lotus's 29 February 1900
 * that never existed (null); 1904 system (old Mac workbooks): 0 = 1904-01-01. The time of day
 * is dropped. Null for a serial before the system's first day.
 */
export const excelSerialToIso = (serial: number, system: 1900 | 1904): IsoDate | null => {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < (system === 1900 ? 1 : 0) || (system === 1900 && days === 60)) return null;
  const base = system === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const d = new Date(base + days * DAY_MS);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** Whole numbers without exponent or grouping, so a personal code stored as a number survives. */
export const numberText = (n: number): string =>
  Number.isInteger(n) ? n.toLocaleString('en-US', { useGrouping: false }) : String(n);

const dateCell = (
  value: Date,
  scanned: ScannedCell | undefined,
  system: 1900 | 1904,
): ImportCell => {
  let iso: IsoDate | null;
  if (scanned?.type === 'd') iso = /^(\d{4}-\d{2}-\d{2})/u.exec(scanned.value ?? '')?.[1] ?? null;
  else if (scanned?.value !== undefined && scanned.value.trim() !== '')
    iso = excelSerialToIso(Number(scanned.value), system);
  else
    iso = Number.isNaN(value.getTime())
      ? null
      : isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  return iso === null
    ? { text: scanned?.value ?? '', kind: 'unsupported' }
    : { text: iso, kind: 'date' };
};

/** The cell at (row, column): the scan decides what the file could not give, the reader the rest. */
const readCell = (
  value: XlsxCell | undefined,
  scanned: ScannedCell | undefined,
  system: 1900 | 1904,
  refusedByReader: boolean,
): ImportCell => {
  if (refusedByReader) return { text: scanned?.value ?? '', kind: 'unsupported' };
  if (scanned?.type === 'e') return { text: (scanned.value ?? '#?').trim(), kind: 'error' };
  if (scanned?.formula === true && scanned.value === undefined)
    return { text: '', kind: 'noCachedValue' };
  if (scanned !== undefined && !KNOWN_TYPES.has(scanned.type))
    return { text: scanned.value ?? '', kind: 'unsupported' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'unsupported' };
  if (value instanceof Date) return dateCell(value, scanned, system);
  if (typeof value === 'number') return { text: numberText(value), kind: 'number' };
  if (typeof value === 'string') return { text: value, kind: 'text' };
  return EMPTY_CELL;
};

const widthOfRow = (values: readonly XlsxCell[] | undefined, scan: SheetScan, row: number) => {
  let width = values?.length ?? 0;
  for (const c of scan.cells.values()) if (c.row === row && c.column > width) width = c.column;
  return width;
};

/** Copies each merged range's top-left value into its other cells (what the user sees). */
const fillMerges = (rows: ImportCell[][], merges: readonly MergeRange[]): void => {
  for (const m of merges) {
    const source = rows[m.top - 1]?.[m.left - 1];
    if (source === undefined || isBlankCell(source)) continue;
    for (let r = m.top; r <= m.bottom; r += 1) {
      const cells = rows[r - 1];
      if (cells === undefined) continue;
      for (let c = m.left; c <= m.right; c += 1) {
        if (r === m.top && c === m.left) continue;
        while (cells.length < c) cells.push(EMPTY_CELL);
        cells[c - 1] = { ...source, merged: true };
      }
    }
  }
};

const buildGrid = (
  values: readonly (readonly XlsxCell[])[],
  scan: SheetScan,
  system: 1900 | 1904,
  merges: readonly MergeRange[],
  refused: ReadonlySet<string>,
): GridRow[] => {
  let height = values.length;
  for (const c of scan.cells.values()) height = Math.max(height, c.row);
  const rows: ImportCell[][] = [];
  for (let r = 1; r <= height; r += 1) {
    const rowValues = values[r - 1];
    const width = widthOfRow(rowValues, scan, r);
    const cells: ImportCell[] = [];
    for (let c = 1; c <= width; c += 1)
      cells.push(
        readCell(
          rowValues?.[c - 1],
          scan.cells.get(cellKey(r, c)),
          system,
          refused.has(cellKey(r, c)),
        ),
      );
    rows.push(cells);
  }
  fillMerges(rows, merges);
  return rows
    .map((cells, i) => ({ rowNumber: i + 1, cells }))
    .filter((row) => row.cells.some((cell) => !isBlankCell(cell)));
};

/** A reader refusing more cells than this is reading a damaged file, not a few odd cells. */
const MAX_REFUSED_CELLS = 50;

type ReaderInput = {
  readonly bytes: ArrayBuffer;
  readonly files: Unzipped;
  readonly path: string;
  readonly sheet: string;
  /** Cells (cellKey) the reader cannot parse; grows with each cell the reader names. */
  readonly refused: Set<string>;
};

/**
 * The reader's values with every cell it cannot parse blanked first, so one odd cell is an
 * error on its row instead of an unreadable workbook. Throws 'records.import.errors.unreadableXlsx'
 * when the reader fails for another reason (its message may quote cells, so it is not shown).
 */
const readValues = async (
  input: ReaderInput,
  reader: XlsxSheetReader,
): Promise<readonly (readonly XlsxCell[])[]> => {
  for (;;) {
    const bytes =
      input.refused.size === 0
        ? input.bytes
        : workbookWithBlankedCells(input.files, input.path, input.refused);
    try {
      return await reader(bytes, input.sheet);
    } catch (error) {
      const cell = cellRefusedByReader(error);
      const key = cell && cellKey(cell[0], cell[1]);
      if (!key || input.refused.has(key) || input.refused.size >= MAX_REFUSED_CELLS)
        throw new AppError('validation', 'records.import.errors.unreadableXlsx');
      input.refused.add(key);
    }
  }
};

/**
 * Reads one sheet of an .xlsx file: the named one, else the first visible sheet. Throws
 * notTable(...) for a ZIP that is not a workbook, AppError('validation',
 * 'records.import.errors.sheetNotFound') for an unknown sheet name, and
 * 'records.import.errors.unreadableXlsx' when the reader fails (its message may quote cells).
 */
export const parseXlsxFile = async (
  bytes: ArrayBuffer,
  options: { readonly sheet?: string; readonly reader?: XlsxSheetReader } = {},
): Promise<XlsxGrid> => {
  const files = unzipWorkbook(new Uint8Array(bytes));
  const info = readWorkbookInfo(files);
  const entry =
    options.sheet === undefined
      ? (info.sheets.find((s) => !s.hidden) ?? info.sheets[0])
      : info.sheets.find((s) => s.name === options.sheet);
  if (entry === undefined) {
    if (info.sheets.length === 0) throw notTable('noRows');
    throw new AppError('validation', 'records.import.errors.sheetNotFound');
  }
  const scan = scanSheet(files, entry.path);
  const refused = new Set<string>();
  for (const c of scan.cells.values())
    if (readerWouldRefuse(c)) refused.add(cellKey(c.row, c.column));
  const read = { bytes, files, path: entry.path, sheet: entry.name, refused };
  const values = await readValues(read, options.reader ?? browserXlsxReader);
  return {
    grid: buildGrid(values, scan, info.dateSystem, scan.merges, refused),
    sheets: info.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    sheet: entry.name,
    dateSystem: info.dateSystem,
    merges: scan.merges,
  };
};
