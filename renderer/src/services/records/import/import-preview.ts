// The import preview: every row of the file either becomes a draft subject (with up to two
// representatives) or carries a list of problems. Nothing is stored here; the records service
// imports the rows the user accepts.
import {
  makeRepresentativeSchema,
  makeSubjectSchema,
  type DomainSchemaContext,
} from '@shared/domain/schemas';
import type { SubjectKind } from '@shared/domain/types';
import type { PersonalCodeCountry } from '@shared/personal-code/parse';
import { foldForSearch } from '@shared/text/search';
import type { IsoDate } from '@shared/text/dates';
import {
  SUBJECT_FIELDS,
  type ImportField,
  type ImportMapping,
  type RepresentativeSlot,
} from './column-mapping';
import {
  analyzeDateColumns,
  type DateAnalysis,
  type DateField,
  type DateOrder,
} from './date-columns';
import { problem, type ImportProblem } from './import-problems';
import {
  draftRow,
  type ImportRepresentativeDraft,
  type ImportSubjectDraft,
  type RowDraft,
} from './import-row';
import type { ImportRow, ImportTable } from './import-table';

export type { ImportRepresentativeDraft, ImportSubjectDraft } from './import-row';

export type ImportPreviewRow = {
  /** The row number the spreadsheet shows (header = row 1 when it is the first row). */
  readonly rowNumber: number;
  readonly status: 'ok' | 'warning' | 'error';
  /** Present unless the row has an error. */
  readonly subject?: ImportSubjectDraft;
  /**
   * What was read from the row, normalised (NFC names, ISO dates, canonical code), also on an
   * error row, for display and check-import; never stored (only `subject` is).
   */
  readonly parsed: ImportSubjectDraft;
  readonly representatives: readonly ImportRepresentativeDraft[];
  readonly problems: readonly ImportProblem[];
  /** How the row is named to the user: its names, or its first non-empty cells. */
  readonly label: string;
  /** True when the import adjusted a value (an 'info' problem explains how). */
  readonly adjusted: boolean;
  /** The group as written in the file. */
  readonly groupName: string;
};

export type ImportPreview = {
  readonly rows: readonly ImportPreviewRow[];
  readonly dates: DateAnalysis;
  readonly counts: {
    readonly total: number;
    readonly ok: number;
    readonly warning: number;
    readonly error: number;
    readonly adjusted: number;
  };
};

export type ImportPreviewOptions = {
  readonly country: PersonalCodeCountry;
  /** Today's date, for "date in the future". */
  readonly today: IsoDate;
  /** True when a stored record already has this (normalized) personal code. */
  readonly existingCodeIndex?: (code: string) => boolean | Promise<boolean>;
  /**
   * Group name -> group id; names match ignoring case and diacritics. Absent: group names are
   * not checked (check-import has no register).
   */
  readonly groupsByName?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** 'child' (default) in a kindergarten, 'client' in a social office. */
  readonly kind?: SubjectKind;
  /** The order of year-last dates when the user chose it (mapping step, --date-order). */
  readonly dateOrder?: DateOrder;
};

const groupLookup = (
  groups: ImportPreviewOptions['groupsByName'],
): ReadonlyMap<string, string> | undefined => {
  if (groups === undefined) return undefined;
  const isMap = (g: typeof groups): g is ReadonlyMap<string, string> => g instanceof Map;
  const entries: [string, string][] = isMap(groups)
    ? [...groups.entries()]
    : Object.entries(groups);
  return new Map(entries.map(([name, id]) => [foldForSearch(name), id]));
};

type Schemas = {
  readonly subject: ReturnType<typeof makeSubjectSchema>;
  readonly representative: ReturnType<typeof makeRepresentativeSchema>;
};

const issuesAsProblems = (
  issues: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[],
  prefix: '' | `${RepresentativeSlot}.`,
): ImportProblem[] =>
  issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const field = (SUBJECT_FIELDS as readonly string[]).includes(key)
      ? (`${prefix}${key}` as ImportField)
      : undefined;
    return problem('record.invalid', {
      i18nKey: issue.message,
      ...(field === undefined ? {} : { field }),
    });
  });

/**
 * The domain schemas have the last word: a row the checks above passed must also be a valid
 * Subject (and Representatives), so the import can never store what the forms would refuse.
 */
const schemaCheck = (draft: RowDraft, schemas: Schemas): void => {
  if (draft.problems.some((p) => p.severity === 'error')) return;
  const subject = schemas.subject.safeParse({ ...draft.subject, id: 'import', status: 'active' });
  if (!subject.success) draft.problems.push(...issuesAsProblems(subject.error.issues, ''));
  draft.representatives.forEach((rep, i) => {
    const { relation: _relation, ...fields } = rep;
    const parsed = schemas.representative.safeParse({ ...fields, id: 'import' });
    if (!parsed.success)
      draft.problems.push(...issuesAsProblems(parsed.error.issues, i === 0 ? 'rep1.' : 'rep2.'));
  });
};

const LABEL_MAX = 80;

/** The row's names, or its first three non-empty cells, so the user can find it in the file. */
const labelOf = (row: ImportRow, draft: RowDraft): string => {
  const name = `${draft.subject.givenNames} ${draft.subject.familyName}`.trim();
  const text =
    name !== ''
      ? name
      : Object.values(row.cells)
          .map((c) => c.text.replace(/\s+/gu, ' ').trim())
          .filter((t) => t !== '')
          .slice(0, 3)
          .join(' · ');
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
};

const finish = (row: ImportRow, draft: RowDraft): ImportPreviewRow => {
  const hasError = draft.problems.some((p) => p.severity === 'error');
  const hasWarning = draft.problems.some((p) => p.severity === 'warning');
  return {
    rowNumber: row.rowNumber,
    status: hasError ? 'error' : hasWarning ? 'warning' : 'ok',
    problems: draft.problems,
    representatives: draft.representatives,
    label: labelOf(row, draft),
    adjusted: draft.problems.some((p) => p.severity === 'info'),
    groupName: draft.groupName,
    parsed: draft.subject,
    ...(hasError ? {} : { subject: draft.subject }),
  };
};

const countsOf = (rows: readonly ImportPreviewRow[]): ImportPreview['counts'] => {
  const count = (s: ImportPreviewRow['status']): number =>
    rows.filter((r) => r.status === s).length;
  return {
    total: rows.length,
    ok: count('ok'),
    warning: count('warning'),
    error: count('error'),
    adjusted: rows.filter((r) => r.adjusted).length,
  };
};

/**
 * Validates every row of the table against the mapping. Dates are read per column (see
 * date-columns.ts); while a column's order is undecided, its ambiguous values are errors.
 * Duplicates: a personal code seen earlier in the file, or one that `existingCodeIndex`
 * reports as already stored, is an error on that row.
 */
export const buildImportPreview = async (
  table: ImportTable,
  mapping: ImportMapping,
  options: ImportPreviewOptions,
): Promise<ImportPreview> => {
  const context: DomainSchemaContext = { country: options.country, today: options.today };
  const schemas: Schemas = {
    subject: makeSubjectSchema(context),
    representative: makeRepresentativeSchema(context),
  };
  const dates = analyzeDateColumns(table, mapping, options.dateOrder);
  const dateOrders: Partial<Record<DateField, DateOrder>> = {};
  for (const c of dates.columns) if (c.order !== undefined) dateOrders[c.field] = c.order;
  const ctx = {
    mapping,
    country: options.country,
    today: options.today,
    kind: options.kind ?? 'child',
    groups: groupLookup(options.groupsByName),
    dateOrders,
  };
  const firstRowOfCode = new Map<string, number>();
  const result: ImportPreviewRow[] = [];
  for (const row of table.rows) {
    const draft = draftRow((field) => {
      const header = mapping.columns[field];
      return header === undefined ? undefined : row.cells[header];
    }, ctx);
    await checkDuplicate(draft, row.rowNumber, firstRowOfCode, options);
    schemaCheck(draft, schemas);
    result.push(finish(row, draft));
  }
  return { rows: result, dates, counts: countsOf(result) };
};

const checkDuplicate = async (
  draft: RowDraft,
  rowNumber: number,
  firstRowOfCode: Map<string, number>,
  options: ImportPreviewOptions,
): Promise<void> => {
  const code = draft.subject.personalCode;
  if (code === undefined) return;
  const first = firstRowOfCode.get(code);
  if (first !== undefined) {
    draft.problems.push(problem('duplicate.inFile', { field: 'personalCode', otherRow: first }));
    return;
  }
  firstRowOfCode.set(code, rowNumber);
  if (options.existingCodeIndex !== undefined && (await options.existingCodeIndex(code)))
    draft.problems.push(problem('duplicate.existing', { field: 'personalCode' }));
};
