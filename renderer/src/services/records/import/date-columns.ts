// Dates are decided per column, from all of its values, never one cell at a time: in an
// English-locale export '3/15/2020' proves the column month-first, so '2/1/2021' below it is
// 1 February, not 2 January. A column without such proof follows the other date columns of the
// same file; dotted dates (15.03.2020) are day-first wherever they come from. What stays
// undecided is asked in the mapping step, with example rows read both ways.
import { isoFromParts, type IsoDate } from '@shared/text/dates';
import type { ImportField, ImportMapping } from './column-mapping';
import type { ImportRow, ImportTable } from './import-table';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';
export const DATE_ORDERS: readonly DateOrder[] = ['DMY', 'MDY', 'YMD'];
export const DATE_FIELDS = [
  'birthDate',
  'enrolledOn',
  'leftOn',
] as const satisfies readonly ImportField[];
export type DateField = (typeof DATE_FIELDS)[number];

/** How a column's order was decided. */
export type DateOrderSource = 'typed' | 'values' | 'file' | 'separator' | 'chosen' | 'none';

export type DateColumn = {
  readonly field: DateField;
  readonly header: string;
  /** The order year-last values are read in; undefined while ambiguous (the user must choose). */
  readonly order: DateOrder | undefined;
  readonly source: DateOrderSource;
  /** Values that prove day-first and month-first both occur in this column. */
  readonly conflict: boolean;
};

export type DateExample = {
  readonly rowNumber: number;
  readonly header: string;
  readonly text: string;
  readonly dayFirst: IsoDate;
  readonly monthFirst: IsoDate;
};

export type DateAnalysis = {
  readonly columns: readonly DateColumn[];
  /** True when some column's order is undecided: the mapping step must ask. */
  readonly needsChoice: boolean;
  /** Up to two rows whose dates read differently in the two orders. */
  readonly examples: readonly DateExample[];
};

/** A date typed as text: year first (unambiguous) or year last with two small numbers. */
export type DateText =
  | { readonly kind: 'yearFirst'; readonly iso: IsoDate | null }
  | {
      readonly kind: 'yearLast';
      readonly a: number;
      readonly b: number;
      readonly year: number;
      readonly separator: string;
    }
  | { readonly kind: 'other' };

const YEAR_FIRST = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})\.?$/u;
const YEAR_LAST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})\.?$/u;
/** A time after the date, as spreadsheets export date-time cells ('3/15/2020 0:00'). */
const TIME_SUFFIX = /[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?$/u;

export const readDateText = (input: string): DateText => {
  const s = input.trim().replace(TIME_SUFFIX, '').replace(/\s+/gu, '');
  const first = YEAR_FIRST.exec(s);
  if (first)
    return {
      kind: 'yearFirst',
      iso: isoFromParts(Number(first[1]), Number(first[3]), Number(first[4])),
    };
  const last = YEAR_LAST.exec(s);
  if (last)
    return {
      kind: 'yearLast',
      a: Number(last[1]),
      b: Number(last[3]),
      year: Number(last[4]),
      separator: last[2] ?? '',
    };
  return { kind: 'other' };
};

/** Reads a date text in the given order; null when it is not a date in that order. */
export const readDate = (input: string, order: DateOrder | undefined): IsoDate | null => {
  const d = readDateText(input);
  if (d.kind === 'yearFirst') return d.iso;
  if (d.kind !== 'yearLast' || order === 'YMD') return null;
  if (order === 'DMY') return isoFromParts(d.year, d.b, d.a);
  if (order === 'MDY') return isoFromParts(d.year, d.a, d.b);
  // Undecided: only a value that reads the same both ways is a date.
  return d.a === d.b ? isoFromParts(d.year, d.a, d.b) : null;
};

type Evidence = {
  dayFirst: number;
  monthFirst: number;
  undecided: number;
  dotted: boolean;
  anyYearLast: boolean;
};

const evidenceOf = (rows: readonly ImportRow[], header: string): Evidence => {
  const e: Evidence = {
    dayFirst: 0,
    monthFirst: 0,
    undecided: 0,
    dotted: true,
    anyYearLast: false,
  };
  for (const row of rows) {
    const cell = row.cells[header];
    if (cell === undefined || cell.kind !== 'text') continue;
    const d = readDateText(cell.text);
    if (d.kind !== 'yearLast') continue;
    e.anyYearLast = true;
    if (d.separator !== '.') e.dotted = false;
    if (d.a > 12 && d.b <= 12) e.dayFirst += 1;
    else if (d.b > 12 && d.a <= 12) e.monthFirst += 1;
    else if (d.a !== d.b && d.a <= 12 && d.b <= 12) e.undecided += 1;
  }
  return e;
};

const decideOwn = (e: Evidence): Pick<DateColumn, 'order' | 'source' | 'conflict'> | undefined => {
  if (e.dayFirst > 0 && e.monthFirst > 0)
    return { order: undefined, source: 'values', conflict: true };
  if (e.dayFirst > 0) return { order: 'DMY', source: 'values', conflict: false };
  if (e.monthFirst > 0) return { order: 'MDY', source: 'values', conflict: false };
  if (!e.anyYearLast) return { order: 'DMY', source: 'typed', conflict: false };
  if (e.undecided === 0) return { order: 'DMY', source: 'none', conflict: false };
  return undefined;
};

/**
 * Decides every mapped date column of the table. `chosen` (the user's answer, or the CLI's
 * --date-order) applies to every column holding year-last dates, overriding the evidence: a
 * value it cannot read becomes an error on its row.
 */
export const analyzeDateColumns = (
  table: ImportTable,
  mapping: ImportMapping,
  chosen?: DateOrder,
): DateAnalysis => {
  const mapped = DATE_FIELDS.flatMap((field) => {
    const header = mapping.columns[field];
    return header === undefined
      ? []
      : [{ field, header, evidence: evidenceOf(table.rows, header) }];
  });
  const own = mapped.map((m) => decideOwn(m.evidence));
  const proven = new Set(
    own.filter((o) => o?.source === 'values' && !o.conflict).map((o) => o?.order),
  );
  const fileOrder = proven.size === 1 ? [...proven][0] : undefined;
  const columns: DateColumn[] = mapped.map((m, i) => {
    const base = { field: m.field, header: m.header };
    if (chosen !== undefined && m.evidence.anyYearLast)
      return { ...base, order: chosen, source: 'chosen', conflict: own[i]?.conflict ?? false };
    const decided = own[i];
    if (decided !== undefined) return { ...base, ...decided };
    if (fileOrder !== undefined)
      return { ...base, order: fileOrder, source: 'file', conflict: false };
    if (m.evidence.dotted) return { ...base, order: 'DMY', source: 'separator', conflict: false };
    return { ...base, order: undefined, source: 'none', conflict: false };
  });
  const undecided = columns.filter((c) => c.order === undefined);
  return {
    columns,
    needsChoice: undecided.length > 0,
    examples: examplesFor(table.rows, undecided),
  };
};

const examplesFor = (rows: readonly ImportRow[], columns: readonly DateColumn[]): DateExample[] => {
  const out: DateExample[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const text = row.cells[column.header]?.text ?? '';
      const dayFirst = readDate(text, 'DMY');
      const monthFirst = readDate(text, 'MDY');
      if (dayFirst === null || monthFirst === null || dayFirst === monthFirst) continue;
      out.push({ rowNumber: row.rowNumber, header: column.header, text, dayFirst, monthFirst });
      break;
    }
    if (out.length === 2) break;
  }
  return out;
};
