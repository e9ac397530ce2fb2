// The import preview: every row of the file either becomes a draft subject (with up to two
// representatives) or carries a list of problems. Nothing is stored here; the records service
// imports the rows the user accepts.
import { pastBounds, plannedBounds } from '@shared/domain/fields';
import {
  makeRepresentativeSchema,
  makeSubjectSchema,
  type DomainSchemaContext,
} from '@shared/domain/schemas';
import type { RepresentativeDraft, SubjectDraft, SubjectKind } from '@shared/domain/types';
import { parsePersonalCode, type PersonalCodeCountry } from '@shared/personal-code/parse';
import { foldForSearch } from '@shared/text/search';
import type { IsoDate } from '@shared/text/dates';
import {
  SUBJECT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportRelation,
  type RepresentativeSlot,
} from './column-mapping';
import {
  checkDate,
  checkEmail,
  checkName,
  checkPhone,
  cleanText,
  splitFullName,
  type Problems,
} from './field-checks';
import { problem, type ImportProblem } from './import-problems';
import type { ImportRow } from './import-table';

/** A subject ready for the records service (the service assigns id and status). */
export type ImportSubjectDraft = SubjectDraft & { readonly groupId: string | null };

/** A representative with the relation the column implied. */
export type ImportRepresentativeDraft = RepresentativeDraft & { readonly relation: ImportRelation };

export type ImportPreviewRow = {
  /** 1-based number of the data row (the sheet row is one more, below the header). */
  readonly rowNumber: number;
  readonly status: 'ok' | 'warning' | 'error';
  /** Present unless the row has an error. */
  readonly subject?: ImportSubjectDraft;
  readonly representatives: readonly ImportRepresentativeDraft[];
  readonly problems: readonly ImportProblem[];
};

export type ImportPreview = {
  readonly rows: readonly ImportPreviewRow[];
  readonly counts: {
    readonly total: number;
    readonly ok: number;
    readonly warning: number;
    readonly error: number;
  };
};

export type ImportPreviewOptions = {
  readonly country: PersonalCodeCountry;
  /** Today's date, for "date in the future". */
  readonly today: IsoDate;
  /** True when a stored record already has this (normalized) personal code. */
  readonly existingCodeIndex?: (code: string) => boolean | Promise<boolean>;
  /** Group name -> group id; names match ignoring case and diacritics. */
  readonly groupsByName: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** 'child' (default) in a kindergarten, 'client' in a social office. */
  readonly kind?: SubjectKind;
};

type Cell = (field: ImportField) => string | undefined;

const namesFrom = (cell: Cell, prefix: '' | `${RepresentativeSlot}.`, problems: Problems) => {
  const full = cleanText(cell(`${prefix}fullName`), `${prefix}fullName`, problems);
  const split = full === '' ? { givenNames: '', familyName: '' } : splitFullName(full);
  const givenNames =
    cleanText(cell(`${prefix}givenNames`), `${prefix}givenNames`, problems) || split.givenNames;
  const familyName =
    cleanText(cell(`${prefix}familyName`), `${prefix}familyName`, problems) || split.familyName;
  const nameField: ImportField = full !== '' ? `${prefix}fullName` : `${prefix}givenNames`;
  checkName(givenNames, nameField, problems);
  checkName(familyName, full !== '' ? `${prefix}fullName` : `${prefix}familyName`, problems);
  return { givenNames, familyName };
};

const personalCodeOf = (cell: Cell, country: PersonalCodeCountry, problems: Problems) => {
  let raw = cleanText(cell('personalCode'), 'personalCode', problems);
  if (raw === '') return undefined;
  // Excel turns '01011921234' typed without a hyphen into the number 1011921234.
  if (/^\d{10}$/u.test(raw)) {
    raw = `0${raw}`;
    problems.push(problem('personalCode.leadingZeroRestored', { field: 'personalCode' }));
  }
  const parsed = parsePersonalCode(raw, country);
  if (!parsed.valid) {
    problems.push(
      problem('personalCode.invalid', { field: 'personalCode', reason: parsed.reason }),
    );
    return undefined;
  }
  if (parsed.warnings.includes('checksum-unverified')) {
    problems.push(problem('personalCode.checksumUnverified', { field: 'personalCode' }));
  }
  return parsed;
};

const groupLookup = (groups: ImportPreviewOptions['groupsByName']): ReadonlyMap<string, string> => {
  const isMap = (g: typeof groups): g is ReadonlyMap<string, string> => g instanceof Map;
  const entries: [string, string][] = isMap(groups)
    ? [...groups.entries()]
    : Object.entries(groups);
  return new Map(entries.map(([name, id]) => [foldForSearch(name), id]));
};

const representativeOf = (
  cell: Cell,
  slot: RepresentativeSlot,
  relation: ImportRelation,
  problems: Problems,
): ImportRepresentativeDraft | undefined => {
  const fields = ['fullName', 'givenNames', 'familyName', 'phone', 'email'] as const;
  if (fields.every((f) => (cell(`${slot}.${f}`) ?? '').trim() === '')) return undefined;
  const names = namesFrom(cell, `${slot}.`, problems);
  const phone = checkPhone(
    cleanText(cell(`${slot}.phone`), `${slot}.phone`, problems),
    `${slot}.phone`,
    problems,
  );
  const email = checkEmail(
    cleanText(cell(`${slot}.email`), `${slot}.email`, problems),
    `${slot}.email`,
    problems,
  );
  return {
    relation,
    ...names,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
  };
};

type Draft = {
  readonly subject: ImportSubjectDraft;
  readonly representatives: ImportRepresentativeDraft[];
  readonly problems: Problems;
};

const datesOf = (cell: Cell, today: IsoDate, problems: Problems) => {
  // Enrolment and leaving may be entered ahead (a child starts on 1 September).
  const date = (f: 'birthDate' | 'enrolledOn' | 'leftOn'): IsoDate | undefined =>
    checkDate(
      cleanText(cell(f), f, problems),
      f,
      f === 'birthDate' ? pastBounds(today) : plannedBounds(today),
      problems,
    );
  const birthDate = date('birthDate');
  const enrolledOn = date('enrolledOn');
  const leftOn = date('leftOn');
  if (enrolledOn !== undefined && leftOn !== undefined && leftOn < enrolledOn) {
    problems.push(problem('date.leftBeforeEnrolled', { field: 'leftOn' }));
  }
  return { birthDate, enrolledOn, leftOn };
};

const draftRow = (
  cell: Cell,
  mapping: ImportMapping,
  options: ImportPreviewOptions,
  groups: ReadonlyMap<string, string>,
): Draft => {
  const problems: Problems = [];
  const names = namesFrom(cell, '', problems);
  const code = personalCodeOf(cell, options.country, problems);
  const dates = datesOf(cell, options.today, problems);
  if (
    code?.birthDate !== undefined &&
    dates.birthDate !== undefined &&
    code.birthDate !== dates.birthDate
  ) {
    problems.push(problem('personalCode.birthDateMismatch', { field: 'birthDate' }));
  }
  const groupName = cleanText(cell('group'), 'group', problems);
  const groupId = groupName === '' ? null : groups.get(foldForSearch(groupName));
  if (groupId === undefined) problems.push(problem('group.unknown', { field: 'group' }));
  const birthDate = dates.birthDate ?? code?.birthDate;
  if (birthDate !== undefined && dates.enrolledOn !== undefined && dates.enrolledOn < birthDate) {
    problems.push(problem('date.enrolledBeforeBirth', { field: 'enrolledOn' }));
  }
  const subject: ImportSubjectDraft = {
    kind: options.kind ?? 'child',
    ...names,
    groupId: groupId ?? null,
    ...(code === undefined ? {} : { personalCode: code.normalized }),
    ...(birthDate === undefined ? {} : { birthDate }),
    ...(dates.enrolledOn === undefined ? {} : { enrolledOn: dates.enrolledOn }),
    ...(dates.leftOn === undefined ? {} : { leftOn: dates.leftOn }),
  };
  const representatives = (['rep1', 'rep2'] as const)
    .map((slot) => representativeOf(cell, slot, mapping.relations[slot], problems))
    .filter((r): r is ImportRepresentativeDraft => r !== undefined);
  return { subject, representatives, problems };
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
const schemaCheck = (draft: Draft, schemas: Schemas): void => {
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

const finish = (rowNumber: number, draft: Draft): ImportPreviewRow => {
  const hasError = draft.problems.some((p) => p.severity === 'error');
  const status = hasError ? 'error' : draft.problems.length > 0 ? 'warning' : 'ok';
  return {
    rowNumber,
    status,
    problems: draft.problems,
    representatives: draft.representatives,
    ...(hasError ? {} : { subject: draft.subject }),
  };
};

/**
 * Validates every row against the mapping. Duplicates: a personal code seen earlier in the
 * file, or one that `existingCodeIndex` reports as already stored, is an error on that row.
 */
export const buildImportPreview = async (
  rows: readonly ImportRow[],
  mapping: ImportMapping,
  options: ImportPreviewOptions,
): Promise<ImportPreview> => {
  const groups = groupLookup(options.groupsByName);
  const context: DomainSchemaContext = { country: options.country, today: options.today };
  const schemas: Schemas = {
    subject: makeSubjectSchema(context),
    representative: makeRepresentativeSchema(context),
  };
  const firstRowOfCode = new Map<string, number>();
  const result: ImportPreviewRow[] = [];
  for (const [index, row] of rows.entries()) {
    const rowNumber = index + 1;
    const cell: Cell = (field) => {
      const header = mapping.columns[field];
      return header === undefined ? undefined : row[header];
    };
    const draft = draftRow(cell, mapping, options, groups);
    const code = draft.subject.personalCode;
    if (code !== undefined) {
      const first = firstRowOfCode.get(code);
      if (first !== undefined)
        draft.problems.push(
          problem('duplicate.inFile', { field: 'personalCode', otherRow: first }),
        );
      else firstRowOfCode.set(code, rowNumber);
      if (
        first === undefined &&
        options.existingCodeIndex !== undefined &&
        (await options.existingCodeIndex(code))
      ) {
        draft.problems.push(problem('duplicate.existing', { field: 'personalCode' }));
      }
    }
    schemaCheck(draft, schemas);
    result.push(finish(rowNumber, draft));
  }
  const count = (s: ImportPreviewRow['status']): number =>
    result.filter((r) => r.status === s).length;
  return {
    rows: result,
    counts: {
      total: result.length,
      ok: count('ok'),
      warning: count('warning'),
      error: count('error'),
    },
  };
};
