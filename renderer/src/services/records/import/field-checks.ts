// Checks for single imported values. Each returns the cleaned value or adds problems; none
// echoes a value into a problem.
import {
  dateIssue,
  emailField,
  hasControlChars,
  NAME_MAX,
  phoneField,
  type DateBounds,
} from '@shared/domain/fields';
import { parseDateInput, type IsoDate } from '@shared/text/dates';
import type { ImportField } from './column-mapping';
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

/** Trims and collapses inner whitespace; flags control characters. */
export const cleanText = (
  raw: string | undefined,
  field: ImportField,
  problems: Problems,
): string => {
  const value = (raw ?? '').trim();
  if (hasControlChars(value, false)) problems.push(problem('text.controlCharacters', { field }));
  return value.replace(/\s+/gu, ' ');
};

export const checkName = (value: string, field: ImportField, problems: Problems): void => {
  if (value === '') problems.push(problem('name.missing', { field }));
  else if (value.length > NAME_MAX) problems.push(problem('name.tooLong', { field }));
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

/** A date cell: empty is fine; otherwise a real day within the domain's bounds for the field. */
export const checkDate = (
  value: string,
  field: ImportField,
  bounds: DateBounds,
  problems: Problems,
): IsoDate | undefined => {
  if (value === '') return undefined;
  const iso = parseDateInput(value);
  const issue =
    iso === null ? 'validation.date' : dateIssue(iso, bounds.latest, bounds.afterLatestKey);
  if (issue !== null) problems.push(problem(DATE_PROBLEMS[issue] ?? 'date.invalid', { field }));
  return iso ?? undefined;
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
