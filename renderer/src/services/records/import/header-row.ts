// Where the header is. Lists often start with a title ("Grupas Zīlītes saraksts, 2026./2027.")
// or a blank line; the header is the first row whose cells read most like column titles. The
// user can choose another row in the mapping step. A header whose group titles are merged over
// the column titles below them ("Māte" over "Vārds" and "Tālrunis") is read as two rows.
import { recognizedHeader } from './column-mapping';
import {
  EMPTY_CELL,
  uniqueHeaders,
  type GridRow,
  type ImportCell,
  type ImportRow,
  type ImportTable,
} from './import-table';
import type { MergeRange } from './xlsx-workbook';

/** How many of the first rows are looked at for a header. */
export const HEADER_SEARCH_ROWS = 10;

const recognizedCount = (row: GridRow): number =>
  row.cells.filter((c) => c.kind === 'text' && recognizedHeader(c.text)).length;

/**
 * The spreadsheet row number of the likely header: among the first rows, the one with the most
 * cells that read as known column titles (at least two), the earliest on a tie; otherwise the
 * first non-empty row.
 */
export const detectHeaderRow = (grid: readonly GridRow[]): number => {
  let best: GridRow | undefined;
  let bestCount = 1;
  for (const row of grid.slice(0, HEADER_SEARCH_ROWS)) {
    const count = recognizedCount(row);
    if (count > bestCount) {
      best = row;
      bestCount = count;
    }
  }
  return (best ?? grid[0])?.rowNumber ?? 1;
};

const spansColumns = (m: MergeRange, row: number): boolean =>
  m.top <= row && m.bottom >= row && m.right > m.left;

/** True when the header row has group titles merged across columns with titles below them. */
const isTwoRowHeader = (
  header: GridRow | undefined,
  next: GridRow | undefined,
  merges: readonly MergeRange[],
): next is GridRow => {
  if (header === undefined || next === undefined || next.rowNumber !== header.rowNumber + 1)
    return false;
  const groups = merges.filter(
    (m) => spansColumns(m, header.rowNumber) && m.bottom === header.rowNumber,
  );
  if (groups.length === 0) return false;
  return groups.some((m) =>
    next.cells
      .slice(m.left - 1, m.right)
      .some((c) => c.kind === 'text' && recognizedHeader(c.text)),
  );
};

const headerTexts = (
  header: GridRow,
  sub: GridRow | undefined,
  merges: readonly MergeRange[],
): string[] => {
  const width = Math.max(header.cells.length, sub?.cells.length ?? 0);
  const grouped = (column: number): boolean =>
    merges.some((m) => spansColumns(m, header.rowNumber) && m.left <= column && m.right >= column);
  return Array.from({ length: width }, (_, i) => {
    const top = (header.cells[i] ?? EMPTY_CELL).text.trim();
    const below = (sub?.cells[i] ?? EMPTY_CELL).text.trim();
    if (sub === undefined || below === '' || below === top) return top;
    if (top === '') return below;
    // 'Māte' merged over 'Vārds' and 'Tālrunis' reads as the mother's name and phone.
    return grouped(i + 1) ? `${top} ${below}` : top;
  });
};

/**
 * The table below the header row `headerRow` (a spreadsheet row number; detected when absent).
 * Rows above it are titles and are skipped; data rows keep their spreadsheet row numbers.
 */
export const tableFromGrid = (
  grid: readonly GridRow[],
  options: { readonly headerRow?: number; readonly merges?: readonly MergeRange[] } = {},
): ImportTable => {
  const headerRow = options.headerRow ?? detectHeaderRow(grid);
  let index = grid.findIndex((r) => r.rowNumber >= headerRow);
  const above = grid[index - 1];
  // Detection finds the column titles; merged group titles right above them belong to the header.
  if (
    options.headerRow === undefined &&
    above &&
    isTwoRowHeader(above, grid[index], options.merges ?? [])
  )
    index -= 1;
  const header = grid[index];
  if (header === undefined) return { headers: [], rows: [], headerRow, headerRows: 1 };
  const next = grid[index + 1];
  const twoRows = isTwoRowHeader(header, next, options.merges ?? []);
  const headers = uniqueHeaders(
    headerTexts(header, twoRows ? next : undefined, options.merges ?? []),
  );
  const rows: ImportRow[] = grid.slice(index + (twoRows ? 2 : 1)).map((row) => ({
    rowNumber: row.rowNumber,
    cells: Object.fromEntries(
      headers.map((h, i): [string, ImportCell] => [h, row.cells[i] ?? EMPTY_CELL]),
    ),
  }));
  return { headers, rows, headerRow: header.rowNumber, headerRows: twoRows ? 2 : 1 };
};
