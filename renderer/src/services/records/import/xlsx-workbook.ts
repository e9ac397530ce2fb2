// What read-excel-file (v9) does not tell: the workbook's date system (it reads only
// date1904="1", not "true"), which sheets are hidden, error cells and formulas saved without
// a result (it returns both as empty cells), cell types it does not understand, and merged
// ranges. These are read here from the workbook's XML, unzipped with fflate and parsed with
// saxen (the SAX parser read-excel-file itself uses).
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { Parser } from 'saxen';
import { AppError } from '@shared/errors/app-error';
import { notTable } from './file-kind';

export type SheetEntry = {
  readonly name: string;
  /** 'hidden' or 'veryHidden' in the workbook: not offered unless asked for. */
  readonly hidden: boolean;
  /** Path of the sheet's XML inside the package. */
  readonly path: string;
};

export type WorkbookInfo = {
  readonly sheets: readonly SheetEntry[];
  /** 1904 when workbookPr's date1904 is true (xsd:boolean: 'true' or '1'). */
  readonly dateSystem: 1900 | 1904;
};

/** One <c> element: its type attribute, whether it has a formula, and its <v> text. */
export type ScannedCell = {
  readonly row: number;
  readonly column: number;
  readonly type: string;
  readonly formula: boolean;
  /** Undefined when the cell has no <v> element. */
  readonly value: string | undefined;
};

export type MergeRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

export type SheetScan = {
  readonly cells: ReadonlyMap<string, ScannedCell>;
  readonly merges: readonly MergeRange[];
};

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

const parseXml = (
  xml: string,
  onOpen: (name: string, attrs: Record<string, string>) => void,
  onClose?: (name: string) => void,
  onText?: (text: string) => void,
): void => {
  const parser = new Parser();
  const state = { failed: false };
  parser.on('openTag', (name, attrs, decode) => {
    const raw = attrs();
    const decoded: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) decoded[key] = decode(value);
    onOpen(localName(name), decoded);
  });
  if (onClose)
    parser.on('closeTag', (name) => {
      onClose(localName(name));
    });
  if (onText)
    parser.on('text', (value, decode) => {
      onText(decode(value));
    });
  parser.on('error', () => {
    state.failed = true;
  });
  parser.parse(xml);
  if (state.failed) throw notTable('binary');
};

/** An attribute by local name, whatever prefix the writer used (r:id, ns0:id ...). */
const attr = (attrs: Record<string, string>, name: string, prefixed = false): string | undefined =>
  Object.entries(attrs).find(
    ([k]) => (prefixed ? k.includes(':') : true) && localName(k) === name,
  )?.[1];

/** xsd:boolean: 'true' or '1' (whitespace collapsed), 'false' or '0'. */
export const xsdBoolean = (value: string | undefined): boolean => {
  const v = (value ?? '').trim();
  return v === 'true' || v === '1';
};

export const unzipWorkbook = (bytes: Uint8Array): Unzipped => {
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch {
    // A damaged download or a truncated copy: the container itself does not open.
    throw new AppError('validation', 'records.import.errors.unreadableXlsx');
  }
  if (files['xl/workbook.xml'] === undefined) {
    if (files['word/document.xml'] !== undefined) throw notTable('word');
    if (files['content.xml'] !== undefined && files.mimetype !== undefined)
      throw notTable('openDocument');
    throw notTable('zip');
  }
  return files;
};

const text = (files: Unzipped, path: string): string | undefined => {
  const bytes = files[path];
  return bytes === undefined ? undefined : strFromU8(bytes);
};

const resolveTarget = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;

/** Sheets in workbook order with their visibility and XML paths, and the date system. */
export const readWorkbookInfo = (files: Unzipped): WorkbookInfo => {
  const targets = new Map<string, string>();
  parseXml(text(files, 'xl/_rels/workbook.xml.rels') ?? '<Relationships/>', (name, attrs) => {
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (name === 'Relationship' && id && target) targets.set(id, resolveTarget(target));
  });
  const sheets: SheetEntry[] = [];
  let date1904: string | undefined;
  let sawWorkbookPr = false;
  parseXml(text(files, 'xl/workbook.xml') ?? '', (name, attrs) => {
    if (name === 'workbookPr' && !sawWorkbookPr) {
      // Only the first workbookPr counts (as in Excel and read-excel-file).
      sawWorkbookPr = true;
      date1904 = attr(attrs, 'date1904');
    }
    if (name !== 'sheet') return;
    const path = targets.get(attr(attrs, 'id', true) ?? '');
    const sheetName = attr(attrs, 'name');
    if (path === undefined || sheetName === undefined) return;
    const state = (attr(attrs, 'state') ?? 'visible').trim();
    sheets.push({ name: sheetName, hidden: state === 'hidden' || state === 'veryHidden', path });
  });
  return { sheets, dateSystem: xsdBoolean(date1904) ? 1904 : 1900 };
};

/** 'B12' -> [12, 2]; undefined when it is not a cell reference. */
export const parseCellRef = (ref: string): [number, number] | undefined => {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/u.exec(ref.trim().toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), column];
};

type CellState = { row: number; column: number; type: string; formula: boolean; value?: string };

/** Every cell's type, formula flag and raw value, and the merged ranges, of one sheet. */
export const scanSheet = (files: Unzipped, path: string): SheetScan => {
  const cells = new Map<string, ScannedCell>();
  const merges: MergeRange[] = [];
  let row = 0;
  let column = 0;
  let cell: CellState | undefined;
  let inValue = false;
  parseXml(
    text(files, path) ?? '',
    (name, attrs) => {
      if (name === 'row') {
        row = Number(attr(attrs, 'r') ?? row + 1);
        column = 0;
      } else if (name === 'c') {
        const ref = parseCellRef(attr(attrs, 'r') ?? '');
        [row, column] = ref ?? [row, column + 1];
        cell = { row, column, type: (attr(attrs, 't') ?? 'n').trim(), formula: false };
      } else if (name === 'f' && cell) cell.formula = true;
      else if (name === 'v' && cell) {
        inValue = true;
        cell.value ??= '';
      } else if (name === 'mergeCell') {
        const [from, to] = (attr(attrs, 'ref') ?? '').split(':');
        const a = parseCellRef(from ?? '');
        const b = parseCellRef(to ?? from ?? '');
        if (a && b) merges.push({ top: a[0], left: a[1], bottom: b[0], right: b[1] });
      }
    },
    (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'c' && cell) {
        cells.set(cellKey(cell.row, cell.column), { ...cell, value: cell.value });
        cell = undefined;
      }
    },
    (value) => {
      if (inValue && cell) cell.value = (cell.value ?? '') + value;
    },
  );
  return { cells, merges };
};
