// Problems found in an import row. Codes are stable (the UI, the check-import JSON and tests rely
// on them); each maps to an i18n key. A problem names the field and the row, never the value:
// values are personal. 'info' problems are adjustments the import made (shown, counted as
// "adjusted rows"), not faults.
import type { PersonalCodeInvalidReason } from '@shared/personal-code/parse';
import type { UnprintableReason } from '@shared/text/printable';
import type { ImportField } from './column-mapping';

export const IMPORT_PROBLEM_CODES = [
  'cell.error',
  'cell.noCachedValue',
  'cell.unsupported',
  'cell.mergedValue',
  'personalCode.invalid',
  'personalCode.birthDateMismatch',
  'personalCode.leadingZeroRestored',
  'personalCode.checksumUnverified',
  'personalCode.checksumRemainderTen',
  'personalCode.birthMonthUnknown',
  'personalCode.ltLookalike',
  'personalCode.canonicalized',
  'name.missing',
  'name.tooLong',
  'name.notPrintable',
  'text.tooLong',
  'text.controlCharacters',
  'text.lineBreakJoined',
  'text.lineBreakAsList',
  'duplicate.inFile',
  'duplicate.existing',
  'date.invalid',
  'date.orderAmbiguous',
  'date.readMonthFirst',
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
export type ImportProblemSeverity = 'error' | 'warning' | 'info';

export type ImportProblem = {
  readonly code: ImportProblemCode;
  readonly severity: ImportProblemSeverity;
  /** 'records.import.problems.<code>' */
  readonly i18nKey: string;
  /** The mapped field the problem is about, when there is one. */
  readonly field?: ImportField;
  /** For 'personalCode.invalid': why (format, length, century, date, checksum). */
  readonly reason?: PersonalCodeInvalidReason | UnprintableReason;
  /** For 'duplicate.inFile': the spreadsheet row number of the first occurrence. */
  readonly otherRow?: number;
  /** For 'cell.error': the spreadsheet's error code (#N/A, #REF! ...), which is not personal. */
  readonly cellError?: string;
};

const WARNINGS: ReadonlySet<ImportProblemCode> = new Set([
  'personalCode.leadingZeroRestored',
  'personalCode.checksumUnverified',
  'personalCode.checksumRemainderTen',
  'personalCode.birthMonthUnknown',
  'personalCode.ltLookalike',
]);

const INFOS: ReadonlySet<ImportProblemCode> = new Set([
  'cell.mergedValue',
  'personalCode.canonicalized',
  'text.lineBreakJoined',
  'text.lineBreakAsList',
  'date.readMonthFirst',
]);

const severityOf = (code: ImportProblemCode): ImportProblemSeverity =>
  WARNINGS.has(code) ? 'warning' : INFOS.has(code) ? 'info' : 'error';

export const problem = (
  code: ImportProblemCode,
  extra: Omit<ImportProblem, 'code' | 'severity' | 'i18nKey'> & { readonly i18nKey?: string } = {},
): ImportProblem => ({
  code,
  severity: severityOf(code),
  i18nKey: `records.import.problems.${code}`,
  ...extra,
});
