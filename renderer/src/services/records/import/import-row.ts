// One row of the import: names, code, dates, group and up to two representatives, each value
// normalised then checked. Problems name fields, never values.
import { pastBounds, plannedBounds } from '@shared/domain/fields';
import type { RepresentativeDraft, SubjectDraft, SubjectKind } from '@shared/domain/types';
import {
  normalizePersonalCode,
  parsePersonalCode,
  type PersonalCodeCountry,
  type PersonalCodeWarning,
} from '@shared/personal-code/parse';
import { foldForSearch } from '@shared/text/search';
import type { IsoDate } from '@shared/text/dates';
import type {
  ImportField,
  ImportMapping,
  ImportRelation,
  RepresentativeSlot,
} from './column-mapping';
import type { DateField, DateOrder } from './date-columns';
import {
  checkDate,
  checkEmail,
  checkName,
  checkPhone,
  cleanText,
  splitFullName,
  type Problems,
} from './field-checks';
import { problem, type ImportProblemCode } from './import-problems';
import type { ImportCell } from './import-table';

/** A subject ready for the records service (the service assigns id and status). */
export type ImportSubjectDraft = SubjectDraft & { readonly groupId: string | null };

/** A representative with the relation the column implied. */
export type ImportRepresentativeDraft = RepresentativeDraft & { readonly relation: ImportRelation };

export type CellOf = (field: ImportField) => ImportCell | undefined;

export type RowContext = {
  readonly mapping: ImportMapping;
  readonly country: PersonalCodeCountry;
  readonly today: IsoDate;
  readonly kind: SubjectKind;
  /** Folded group name -> id; undefined when no register is at hand (check-import). */
  readonly groups: ReadonlyMap<string, string> | undefined;
  readonly dateOrders: Readonly<Partial<Record<DateField, DateOrder>>>;
};

export type RowDraft = {
  readonly subject: ImportSubjectDraft;
  readonly representatives: ImportRepresentativeDraft[];
  readonly problems: Problems;
  /** The group as written, for the check-import output when no register is at hand. */
  readonly groupName: string;
};

const namesFrom = (cell: CellOf, prefix: '' | `${RepresentativeSlot}.`, problems: Problems) => {
  const full = cleanText(cell(`${prefix}fullName`), `${prefix}fullName`, problems);
  const split = full === '' ? { givenNames: '', familyName: '' } : splitFullName(full);
  const givenNames =
    cleanText(cell(`${prefix}givenNames`), `${prefix}givenNames`, problems) || split.givenNames;
  const familyName =
    cleanText(cell(`${prefix}familyName`), `${prefix}familyName`, problems) || split.familyName;
  checkName(givenNames, full !== '' ? `${prefix}fullName` : `${prefix}givenNames`, problems);
  checkName(familyName, full !== '' ? `${prefix}fullName` : `${prefix}familyName`, problems);
  return { givenNames, familyName };
};

const CODE_WARNINGS: Readonly<Record<PersonalCodeWarning, ImportProblemCode>> = {
  'checksum-unverified': 'personalCode.checksumUnverified',
  'checksum-remainder-ten': 'personalCode.checksumRemainderTen',
  'birth-month-unknown': 'personalCode.birthMonthUnknown',
  'lt-lookalike': 'personalCode.ltLookalike',
};

const personalCodeOf = (cell: CellOf, country: PersonalCodeCountry, problems: Problems) => {
  let raw = cleanText(cell('personalCode'), 'personalCode', problems);
  if (raw === '') return undefined;
  const field = 'personalCode' as const;
  if (/[^\d\s-]/u.test(raw) && /^\d{11}$/u.test(normalizePersonalCode(raw)))
    problems.push(problem('personalCode.canonicalized', { field }));
  // Excel turns '01011921234' typed without a hyphen into the number 1011921234.
  if (/^\d{10}$/u.test(normalizePersonalCode(raw))) {
    raw = `0${normalizePersonalCode(raw)}`;
    problems.push(problem('personalCode.leadingZeroRestored', { field }));
  }
  const parsed = parsePersonalCode(raw, country);
  if (!parsed.valid) {
    problems.push(problem('personalCode.invalid', { field, reason: parsed.reason }));
    return undefined;
  }
  for (const w of parsed.warnings) problems.push(problem(CODE_WARNINGS[w], { field }));
  return parsed;
};

const representativeOf = (
  cell: CellOf,
  slot: RepresentativeSlot,
  relation: ImportRelation,
  problems: Problems,
): ImportRepresentativeDraft | undefined => {
  const fields = ['fullName', 'givenNames', 'familyName', 'phone', 'email'] as const;
  const given = fields.filter((f) => {
    const c = cell(`${slot}.${f}`);
    return c !== undefined && (c.text.trim() !== '' || c.kind !== 'text');
  });
  if (given.length === 0) return undefined;
  const names = namesFrom(cell, `${slot}.`, problems);
  const phoneText = cleanText(cell(`${slot}.phone`), `${slot}.phone`, problems, true);
  const phone = checkPhone(phoneText, `${slot}.phone`, problems);
  const emailText = cleanText(cell(`${slot}.email`), `${slot}.email`, problems);
  const email = checkEmail(emailText, `${slot}.email`, problems);
  return {
    relation,
    ...names,
    ...(phone === undefined ? {} : { phone }),
    ...(email === undefined ? {} : { email }),
  };
};

const datesOf = (cell: CellOf, ctx: RowContext, problems: Problems) => {
  // Enrolment and leaving may be entered ahead (a child starts on 1 September).
  const date = (f: DateField): IsoDate | undefined =>
    checkDate(
      cell(f),
      f,
      ctx.dateOrders[f],
      f === 'birthDate' ? pastBounds(ctx.today) : plannedBounds(ctx.today),
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

const groupOf = (cell: CellOf, ctx: RowContext, problems: Problems) => {
  const name = cleanText(cell('group'), 'group', problems);
  if (name === '' || ctx.groups === undefined) return { name, id: null };
  const id = ctx.groups.get(foldForSearch(name));
  if (id === undefined) problems.push(problem('group.unknown', { field: 'group' }));
  return { name, id: id ?? null };
};

/** Reads and checks one row into a draft with its problems. */
export const draftRow = (cell: CellOf, ctx: RowContext): RowDraft => {
  const problems: Problems = [];
  const names = namesFrom(cell, '', problems);
  const code = personalCodeOf(cell, ctx.country, problems);
  const dates = datesOf(cell, ctx, problems);
  if (
    code?.birthDate !== undefined &&
    dates.birthDate !== undefined &&
    code.birthDate !== dates.birthDate
  )
    problems.push(problem('personalCode.birthDateMismatch', { field: 'birthDate' }));
  const group = groupOf(cell, ctx, problems);
  const birthDate = dates.birthDate ?? code?.birthDate;
  if (birthDate !== undefined && dates.enrolledOn !== undefined && dates.enrolledOn < birthDate)
    problems.push(problem('date.enrolledBeforeBirth', { field: 'enrolledOn' }));
  const subject: ImportSubjectDraft = {
    kind: ctx.kind,
    ...names,
    groupId: group.id,
    ...(code === undefined ? {} : { personalCode: code.normalized }),
    ...(birthDate === undefined ? {} : { birthDate }),
    ...(dates.enrolledOn === undefined ? {} : { enrolledOn: dates.enrolledOn }),
    ...(dates.leftOn === undefined ? {} : { leftOn: dates.leftOn }),
  };
  const representatives = (['rep1', 'rep2'] as const)
    .map((slot) => representativeOf(cell, slot, ctx.mapping.relations[slot], problems))
    .filter((r): r is ImportRepresentativeDraft => r !== undefined);
  return { subject, representatives, problems, groupName: group.name };
};
