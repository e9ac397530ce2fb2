// read-excel-file v9 stops at the first cell it cannot parse (an unknown type, TRUE/FALSE
// stored as "2", a number cell holding text, a shared-string index past the table, a style
// index past the styles...) and refuses the WHOLE workbook. One odd cell must be an error on
// its own row naming its column instead, so such cells are blanked in a copy of the sheet
// handed to the reader, and the grid marks them 'unsupported' from what the scan saw.
import { strToU8, zipSync, type Unzipped } from 'fflate';
import { cellKey, parseCellRef, type ScannedCell } from './xlsx-workbook';

/** Types read-excel-file parses; any other type attribute makes it refuse the workbook. */
const READER_TYPES = new Set(['n', 's', 'str', 'inlineStr', 'd', 'e', 'b']);

/**
 * Whether read-excel-file would refuse this cell from its type and raw value alone (the cases
 * the scan can see without the shared-string and style tables; those come from the reader's
 * own error, see cellRefusedByReader).
 */
export const readerWouldRefuse = (cell: ScannedCell): boolean => {
  const value = cell.value;
  if (!READER_TYPES.has(cell.type)) return true;
  if (value === undefined || value === '') return false;
  if (cell.type === 'b') return value !== '0' && value !== '1';
  if (cell.type === 'n') return Number.isNaN(Number(value));
  if (cell.type === 'd') return Number.isNaN(new Date(value).getTime());
  return false;
};

/**
 * The cell a read-excel-file error names ("<c/> at row 3, col 2: VALUE_INVALID"), as
 * [row, column]; undefined for any other failure (a damaged file stays unreadable).
 */
export const cellRefusedByReader = (error: unknown): [number, number] | undefined => {
  const message = error instanceof Error ? error.message : '';
  const m = /<c\/> at row (\d+), col (\d+):/u.exec(message);
  return m?.[1] && m[2] ? [Number(m[1]), Number(m[2])] : undefined;
};

const TAG = /<((?:[\w.-]+:)?)(row|c)\b([^>]*?)(\/?)>/gu;
const R_ATTR = /\br\s*=\s*["']([^"']*)["']/u;

/**
 * The sheet XML with the given cells (keys from cellKey) replaced by empty cells of the same
 * reference. Cell positions are counted as scanSheet counts them (r attributes, else the next
 * column), so a sheet written without references is blanked at the right places too.
 */
export const blankCells = (xml: string, keys: ReadonlySet<string>): string => {
  let row = 0;
  let column = 0;
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const [, prefix = '', name, attrs = '', selfClosing] = m;
    const r = R_ATTR.exec(attrs)?.[1];
    if (name === 'row') {
      row = r === undefined ? row + 1 : Number(r);
      column = 0;
      continue;
    }
    [row, column] = (r === undefined ? undefined : parseCellRef(r)) ?? [row, column + 1];
    if (!keys.has(cellKey(row, column))) continue;
    const close = `</${prefix}c>`;
    const end = selfClosing ? TAG.lastIndex : xml.indexOf(close, TAG.lastIndex) + close.length;
    if (!selfClosing && end < close.length) break;
    out += `${xml.slice(last, m.index)}<${prefix}c r="${columnLetters(column)}${row}"/>`;
    last = end;
    TAG.lastIndex = end;
  }
  return out + xml.slice(last);
};

const columnLetters = (column: number): string => {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** The workbook's bytes with the given cells of one sheet blanked (see blankCells). */
export const workbookWithBlankedCells = (
  files: Unzipped,
  sheetPath: string,
  keys: ReadonlySet<string>,
): ArrayBuffer => {
  const sheet = files[sheetPath];
  const copy: Unzipped = { ...files };
  if (sheet !== undefined)
    copy[sheetPath] = strToU8(blankCells(new TextDecoder().decode(sheet), keys));
  const zipped = zipSync(copy);
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength);
};
