// Export tables and the files made from them: CSV the way Latvian Excel opens it (UTF-8 with a
// byte-order mark, ';' between fields, CRLF) and XLSX through write-excel-file's browser entry.
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/browser';
import { formatDate, type DateLocale, type IsoDate } from '@shared/text/dates';
import type { PersonalCodeCountry } from '@shared/personal-code/parse';
import type { ExportColumn, ExportSubject } from './export-columns';

export type ExportTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

export type ExportOptions = {
  readonly country: PersonalCodeCountry;
  /** The UI language: dates as its users write them (lv DD.MM.YYYY, lt YYYY-MM-DD, en DD/MM/YYYY). */
  readonly locale: DateLocale;
  /**
   * Text for an i18n key in the UI language (i18next's t): header row and coded values. With a
   * context ('client'), the key's `_client` variant where one exists, as i18next reads it.
   */
  readonly translate: (i18nKey: string, context?: string) => string;
};

/** One row per subject, one cell per column the caller passed (see exportColumnsFor). */
export const buildExportRows = (
  subjects: readonly ExportSubject[],
  columns: readonly ExportColumn[],
  options: ExportOptions,
): ExportTable => {
  const context = {
    country: options.country,
    formatDate: (iso: string) => formatDate(iso, options.locale),
    label: options.translate,
  };
  return {
    header: columns.map((c) => options.translate(c.i18nKey)),
    rows: subjects.map((s) => columns.map((c) => c.value(s, context))),
  };
};

/**
 * Cells Excel would run as a formula. A phone number such as '+371 20000000' starts with '+'
 * but is digits only, so it is left alone; anything else starting with = + - @ is quoted.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s()]*$)/u;

/** CSV text starting with a BOM; write it as UTF-8 (new Blob([text])). */
export const toCsv = (table: ExportTable): string =>
  `\uFEFF${Papa.unparse([table.header as string[], ...(table.rows as string[][])], {
    delimiter: ';',
    newline: '\r\n',
    quotes: false,
    escapeFormulae: FORMULA_START,
  })}\r\n`;

export const CSV_MIME = 'text/csv;charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx Blob: bold sticky header, every cell text (so codes keep their leading zero). */
export const toXlsx = async (table: ExportTable, sheetName = 'Saraksts'): Promise<Blob> => {
  const header = table.header.map((value) => ({
    value,
    type: String,
    fontWeight: 'bold' as const,
  }));
  const body = table.rows.map((row) =>
    row.map((value) => (value === '' ? null : { value, type: String })),
  );
  const widths = table.header.map((h, i) =>
    Math.min(
      40,
      Math.max(h.length, ...table.rows.slice(0, 200).map((r) => (r[i] ?? '').length)) + 2,
    ),
  );
  return writeXlsxFile([header, ...body], {
    sheet: sheetName,
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBlob();
};

/** Fixed file-name stems: a name is never built from a person's or a group's data. */
export type ExportFileBase = 'saraksts' | 'grupas-saraksts' | 'registrs' | 'importa-kludas';

/** A file name that says what and when, never whose: 'saraksts-2026-11-24.csv'. */
export const exportFileName = (
  extension: 'csv' | 'xlsx' | 'json',
  today: IsoDate,
  base: ExportFileBase = 'saraksts',
): string => `${base}-${today}.${extension}`;
