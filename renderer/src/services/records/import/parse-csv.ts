// CSV from Latvian and Lithuanian Excel uses ';' (the comma is the decimal separator there);
// other tools write ','. Papaparse guesses the delimiter from the first rows.
import Papa from 'papaparse';
import { AppError } from '@shared/errors/app-error';
import { decodeTextFile, type TextEncodingName } from './decode-text';
import { tableFromGrid, type ImportTable } from './import-table';

export type CsvTable = ImportTable & {
  readonly delimiter: ';' | ',' | '\t';
  readonly encoding: TextEncodingName;
};

const pickDelimiter = (text: string): ';' | ',' | '\t' => {
  // The header line decides: count candidates outside quotes in the first line.
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/gu, '');
  const count = (ch: string): number => unquoted.split(ch).length - 1;
  const semicolons = count(';');
  const commas = count(',');
  const tabs = count('\t');
  if (tabs > semicolons && tabs > commas) return '\t';
  return commas > semicolons ? ',' : ';';
};

/** Parses CSV text with a header row. Throws AppError('validation') when there is no header. */
export const parseCsvText = (text: string): Omit<CsvTable, 'encoding'> => {
  const delimiter = pickDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy', header: false });
  const grid = result.data.filter((row): row is string[] => Array.isArray(row));
  if (grid.length === 0) throw new AppError('validation', 'records.import.errors.empty');
  return { ...tableFromGrid(grid), delimiter };
};

/** Decodes (see decodeTextFile) and parses a CSV file's bytes. */
export const parseCsvFile = (bytes: ArrayBuffer | Uint8Array): CsvTable => {
  const { text, encoding } = decodeTextFile(bytes);
  return { ...parseCsvText(text), encoding };
};
