// Checks for single imported values. Each returns the cleaned value or adds problems; none
// echoes a value into a problem. Normalise, then check: text becomes NFC, a line break inside a
// cell (Alt+Enter in Excel) is a space in a name and a separator in a phone list.
import {
  dateIssue,
  emailField,
  hasControlChars,
  NAME_MAX,
  phoneField,
  type DateBounds,
} from '@shared/domain/fields';
import { unprintableReason } from '@shared/text/printable';
import type { IsoDate } from '@shared/text/dates';
import type { ImportField } from './column-mapping';
import { readDate, readDateText, type DateOrder } from './date-columns';
import { isUnreadable, type ImportCell } from './import-table';
import { problem, type ImportProblem, type ImportProblemCode } from './import-problems';

export const NAME_MAX_LENGTH = NAME_MAX;
const phoneRule = phoneField();
const emailRule = emailField();

/** The domain's date-issue keys, as import problem codes. */
const DATE_PROBLEMS: Readonly<Record<string, ImportProblemCode>> = {
  'validation.date': 'date.invalid',
  'validation.dateBefore1900': 'date.before1900',
  'validation.dateFuture': 'date.future',
  'validation.dateTooFarAhead': 'date.tooFarAhead',
};

export type Problems = ImportProblem[];

const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085]+\s*/gu;
const HAS_LINE_BREAK = /[\r\n\u2028\u2029\u0085]/u;

/** A cell the file did not give a value for: an error on the row, naming the column. */
const unreadable = (cell: ImportCell, field: ImportField, problems: Problems): void => {
  if (cell.kind === 'error') problems.push(problem('cell.error', { field, cellError: cell.text }));
  else if (cell.kind === 'noCachedValue') problems.push(problem('cell.noCachedValue', { field }));
  else problems.push(problem('cell.unsupported', { field }));
};

/**
 * The cell's text, NFC, trimmed, inner whitespace collapsed. Line breaks become spaces, or ', '
 * with `list` (phone lists); both are noted. Unreadable cells and control characters are errors.
 */
export const cleanText = (
  cell: ImportCell | undefined,
  field: ImportField,
  problems: Problems,
  list = false,
): string => {
  if (cell === undefined) return '';
  if (isUnreadable(cell)) {
    unreadable(cell, field, problems);
    return '';
  }
  let value = cell.text.normalize('NFC').trim();
  if (value !== '' && cell.merged === true) problems.push(problem('cell.mergedValue', { field }));
  if (HAS_LINE_BREAK.test(value)) {
    value = value.replace(LINE_BREAKS, list ? ', ' : ' ');
    problems.push(problem(list ? 'text.lineBreakAsList' : 'text.lineBreakJoined', { field }));
  }
  if (hasControlChars(value.replace(/\t/gu, ' '), false))
    problems.push(problem('text.controlCharacters', { field }));
  return value.replace(/\s+/gu, ' ');
};

export const checkName = (value: string, field: ImportField, problems: Problems): void => {
  if (value === '') problems.push(problem('name.missing', { field }));
  else if (value.length > NAME_MAX) problems.push(problem('name.tooLong', { field }));
  else {
    const reason = unprintableReason(value);
    if (reason !== null) problems.push(problem('name.notPrintable', { field, reason }));
  }
};

/** Splits 'Vārds Uzvārds' (last word is the family name) or 'Uzvārds, Vārds'. */
export const splitFullName = (full: string): { givenNames: string; familyName: string } => {
  const comma = full.indexOf(',');
  if (comma >= 0) {
    return { familyName: full.slice(0, comma).trim(), givenNames: full.slice(comma + 1).trim() };
  }
  const cut = full.lastIndexOf(' ');
  if (cut < 0) return { givenNames: '', familyName: full };
  return { givenNames: full.slice(0, cut).trim(), familyName: full.slice(cut + 1).trim() };
};

/**
 * A date cell: empty is fine; an XLSX date cell is already ISO; text is read in its column's
 * order (undefined while the user has not chosen for an ambiguous column). The result must be a
 * real day within the field's bounds.
 */
export const checkDate = (
  cell: ImportCell | undefined,
  field: ImportField,
  order: DateOrder | undefined,
  bounds: DateBounds,
  problems: Problems,
): IsoDate | undefined => {
  const value = cleanText(cell, field, problems);
  if (value === '') return undefined;
  const iso = cell?.kind === 'date' ? value : readDate(value, order);
  if (iso === null) {
    const text = readDateText(value);
    const ambiguous =
      order === undefined && text.kind === 'yearLast' && text.a <= 12 && text.b <= 12;
    problems.push(problem(ambiguous ? 'date.orderAmbiguous' : 'date.invalid', { field }));
    return undefined;
  }
  if (cell?.kind !== 'date' && order === 'MDY' && readDateText(value).kind === 'yearLast')
    problems.push(problem('date.readMonthFirst', { field }));
  const issue = dateIssue(iso, bounds.latest, bounds.afterLatestKey);
  if (issue !== null) problems.push(problem(DATE_PROBLEMS[issue] ?? 'date.invalid', { field }));
  return iso;
};

export const checkPhone = (
  value: string,
  field: ImportField,
  problems: Problems,
): string | undefined => {
  if (value === '') return undefined;
  if (!phoneRule.safeParse(value).success) problems.push(problem('phone.invalid', { field }));
  return value;
};

export const checkEmail = (
  value: string,
  field: ImportField,
  problems: Problems,
): string | undefined => {
  if (value === '') return undefined;
  if (!emailRule.safeParse(value).success) {
    problems.push(problem('email.invalid', { field }));
  }
  return value;
};
