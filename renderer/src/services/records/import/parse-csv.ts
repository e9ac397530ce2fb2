// CSV from Latvian and Lithuanian Excel uses ';' (the comma is the decimal separator there);
// English-locale tools write ','. Excel also honours a first line 'sep=;' and hides it. The
// delimiter is guessed from the whole top of the file, so a title line above the header (which
// may hold a comma or a semicolon of its own) does not decide it.
import Papa from 'papaparse';
import { decodeTextFile, type TextEncodingName } from './decode-text';
import { notTable } from './file-kind';
import { textCell, type GridRow } from './import-table';

export type CsvDelimiter = ';' | ',' | '\t' | '|';
const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t', '|'];

export type CsvGrid = {
  readonly grid: readonly GridRow[];
  readonly delimiter: CsvDelimiter;
  /** The file began with Excel's 'sep=' line (honoured, and not counted as a row). */
  readonly sepHint: boolean;
};

const SEP_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/iu;

const isDelimiter = (ch: string | undefined): ch is CsvDelimiter =>
  CANDIDATES.some((c) => c === ch);

const parse = (text: string, delimiter: string, preview?: number): string[][] =>
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    header: false,
    ...(preview === undefined ? {} : { preview }),
  }).data.filter((row): row is string[] => Array.isArray(row));

const isBlankRecord = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Scores a delimiter on the first 50 records: how many non-blank records share the most common
 * field count (at least 2). A title line has its own count and so does not sway the result.
 */
const scoreDelimiter = (text: string, delimiter: CsvDelimiter): [number, number] => {
  const counts = new Map<number, number>();
  for (const record of parse(text, delimiter, 50)) {
    if (isBlankRecord(record) || record.length < 2) continue;
    counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  }
  let best: [number, number] = [0, 0];
  for (const [width, records] of counts)
    if (records > best[0] || (records === best[0] && width > best[1])) best = [records, width];
  return best;
};

export const guessDelimiter = (text: string): CsvDelimiter => {
  let best: CsvDelimiter = ';';
  let bestScore: [number, number] = [-1, -1];
  for (const candidate of CANDIDATES) {
    const score = scoreDelimiter(text, candidate);
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
};

/**
 * Parses CSV text into non-blank rows numbered as Excel numbers them: one number per record
 * (a quoted cell with line breaks is one row), blank lines counted, the 'sep=' line not.
 * Throws notTable('oneColumn') when no delimiter splits the rows.
 */
export const parseCsvText = (input: string): CsvGrid => {
  const sep = SEP_LINE.exec(input);
  const hinted = sep?.[1];
  const sepHint = sep !== null && isDelimiter(hinted);
  const text = sepHint ? input.slice(sep[0].length) : input;
  const delimiter = sepHint && isDelimiter(hinted) ? hinted : guessDelimiter(text);
  const records = parse(text, delimiter);
  const grid: GridRow[] = [];
  records.forEach((cells, index) => {
    if (!isBlankRecord(cells)) grid.push({ rowNumber: index + 1, cells: cells.map(textCell) });
  });
  if (grid.length === 0) throw notTable('empty');
  // A table has columns on at least two rows (header and data); a letter with one comma has not.
  const withColumns = grid.filter((row) => row.cells.length >= 2).length;
  if (withColumns === 0 || (grid.length >= 2 && withColumns < 2)) throw notTable('oneColumn');
  return { grid, delimiter, sepHint };
};

/** Decodes (see decodeTextFile) and parses a CSV file's bytes. */
export const parseCsvFile = (
  bytes: ArrayBuffer | Uint8Array,
): CsvGrid & { readonly encoding: TextEncodingName } => {
  const { text, encoding } = decodeTextFile(bytes);
  return { ...parseCsvText(text), encoding };
};
