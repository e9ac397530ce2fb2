// The common shape of an imported sheet, whatever file it came from. A grid keeps every
// non-empty row with the row number the spreadsheet itself shows, and every cell with how it
// was read; the table is the grid below the chosen header row, keyed by unique header texts.

/**
 * How a cell was read. 'text' and 'number' are plain values; 'date' is an XLSX date cell
 * already converted to ISO 'YYYY-MM-DD' with the workbook's date system; the rest are cells
 * whose value is NOT known and must never be taken as empty:
 * 'error' (#N/A, #VALUE!, #REF! ...; `text` holds the error code), 'noCachedValue' (a formula
 * saved without its result), 'unsupported' (a type the import does not read, e.g. TRUE/FALSE).
 */
export type CellKind = 'text' | 'number' | 'date' | 'error' | 'noCachedValue' | 'unsupported';

export type ImportCell = {
  readonly text: string;
  readonly kind: CellKind;
  /** The value was copied from the top-left cell of a merged range this cell belongs to. */
  readonly merged?: boolean;
};

export type GridRow = {
  /** The row number the spreadsheet shows (1-based; for CSV the record number Excel shows). */
  readonly rowNumber: number;
  readonly cells: readonly ImportCell[];
};

export type ImportRow = {
  readonly rowNumber: number;
  /** Header -> cell; a header the row has no cell for is absent. */
  readonly cells: Readonly<Record<string, ImportCell>>;
};

export type ImportTable = {
  /** Header texts, trimmed; a repeated or empty header gets a suffix: 'Tālrunis (2)', '#3'. */
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
  /** Spreadsheet row number of the header (rows above it are titles, skipped). */
  readonly headerRow: number;
  /** The header spans two rows (a merged group title above the column titles). */
  readonly headerRows: number;
};

export const EMPTY_CELL: ImportCell = { text: '', kind: 'text' };

/** A cell's text ('' for a missing cell). */
export const cellText = (row: ImportRow, header: string | undefined): string =>
  header === undefined ? '' : (row.cells[header]?.text ?? '');

/** True for a cell whose value the file did not give us (error, formula without result, ...). */
export const isUnreadable = (cell: ImportCell | undefined): boolean =>
  cell !== undefined &&
  (cell.kind === 'error' || cell.kind === 'noCachedValue' || cell.kind === 'unsupported');

export const isBlankCell = (cell: ImportCell | undefined): boolean =>
  cell === undefined || (cell.text.trim() === '' && !isUnreadable(cell));

/** Makes header texts unique and non-empty, so they can be object keys and remembered mappings. */
export const uniqueHeaders = (raw: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const clean = h.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const base = clean === '' ? `#${i + 1}` : clean;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
};

/** Builds a text cell (CSV, tests). */
export const textCell = (text: string): ImportCell => ({ text, kind: 'text' });
