// Problems found in an import row. Codes are stable (the UI and tests rely on them); each maps
// to an i18n key. A problem names the field and the row, never the value: values are personal.
import type { PersonalCodeInvalidReason } from '@shared/personal-code/parse';
import type { ImportField } from './column-mapping';

export const IMPORT_PROBLEM_CODES = [
  'personalCode.invalid',
  'personalCode.birthDateMismatch',
  'personalCode.leadingZeroRestored',
  'personalCode.checksumUnverified',
  'name.missing',
  'name.tooLong',
  'text.tooLong',
  'text.controlCharacters',
  'duplicate.inFile',
  'duplicate.existing',
  'date.invalid',
  'date.future',
  'date.tooFarAhead',
  'date.enrolledBeforeBirth',
  'date.before1900',
  'date.leftBeforeEnrolled',
  'group.unknown',
  'email.invalid',
  'phone.invalid',
  /** A rule of the domain schema the checks above did not name; i18nKey is the schema's key. */
  'record.invalid',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** 'error' rows are not imported; 'warning' rows are, after the user has seen the warning. */
export type ImportProblemSeverity = 'error' | 'warning';

export type ImportProblem = {
  readonly code: ImportProblemCode;
  readonly severity: ImportProblemSeverity;
  /** 'records.import.problems.<code>' */
  readonly i18nKey: string;
  /** The mapped field the problem is about, when there is one. */
  readonly field?: ImportField;
  /** For 'personalCode.invalid': why (format, length, century, date, checksum). */
  readonly reason?: PersonalCodeInvalidReason;
  /** For 'duplicate.inFile': the 1-based data row number of the first occurrence. */
  readonly otherRow?: number;
};

const WARNINGS: ReadonlySet<ImportProblemCode> = new Set([
  'personalCode.leadingZeroRestored',
  'personalCode.checksumUnverified',
]);

export const problem = (
  code: ImportProblemCode,
  extra: Omit<ImportProblem, 'code' | 'severity' | 'i18nKey'> & { readonly i18nKey?: string } = {},
): ImportProblem => ({
  code,
  severity: WARNINGS.has(code) ? 'warning' : 'error',
  i18nKey: `records.import.problems.${code}`,
  ...extra,
});
