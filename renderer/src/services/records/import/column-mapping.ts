// Which column holds what. Headers are matched after folding (case, diacritics, punctuation),
// in Latvian, Lithuanian and English, as office staff actually write them.
import type { Relation } from '@shared/domain/types';
import { foldForSearch } from '@shared/text/search';

export const SUBJECT_FIELDS = [
  'givenNames',
  'familyName',
  'fullName',
  'personalCode',
  'birthDate',
  'group',
  'enrolledOn',
  'leftOn',
] as const;
export const REPRESENTATIVE_FIELDS = [
  'givenNames',
  'familyName',
  'fullName',
  'phone',
  'email',
] as const;
export type SubjectField = (typeof SUBJECT_FIELDS)[number];
export type RepresentativeField = (typeof REPRESENTATIVE_FIELDS)[number];
export type RepresentativeSlot = 'rep1' | 'rep2';
export type ImportField = SubjectField | `${RepresentativeSlot}.${RepresentativeField}`;

/** The relation a representative column set implies ('Mātes tālrunis' is the mother's). */
export type ImportRelation = Extract<Relation, 'mother' | 'father' | 'guardian'>;

/**
 * A plain, serialisable mapping: field -> header text. The UI may store it and offer it again
 * for the next file with the same headers.
 */
export type ImportMapping = {
  readonly columns: Partial<Record<ImportField, string>>;
  readonly relations: Readonly<Record<RepresentativeSlot, ImportRelation>>;
};

type Rule = {
  readonly field: SubjectField | RepresentativeField;
  readonly patterns: readonly RegExp[];
};

// Order matters: the first rule that matches a header wins (fullName before givenNames, because
// 'Vārds, uzvārds' contains 'vards').
const RULES: readonly Rule[] = [
  {
    field: 'personalCode',
    patterns: [
      /personas kods/u,
      /^p\.? ?k\.?$/u,
      /asmens kodas/u,
      /personal (id|code)/u,
      /^(id|code|kods)$/u,
    ],
  },
  {
    field: 'birthDate',
    patterns: [/dzimsan/u, /dzim\. ?dat/u, /gimimo/u, /gim\. ?data/u, /birth/u, /^dob$/u],
  },
  {
    field: 'enrolledOn',
    patterns: [/uznemt/u, /uznem/u, /iestaj/u, /priimt/u, /enrol/u, /admitted/u],
  },
  {
    field: 'leftOn',
    patterns: [/atskait/u, /izstaj/u, /aizgaj/u, /isbraukt/u, /isvyk/u, /left/u, /leaving/u],
  },
  { field: 'group', patterns: [/grupa/u, /grupe/u, /klase/u, /group/u, /class/u] },
  { field: 'phone', patterns: [/talr/u, /telef/u, /tel\.?\b/u, /mob/u, /phone/u] },
  { field: 'email', patterns: [/e-?pasts?/u, /el\.? ?pastas/u, /e-?mail/u] },
  {
    field: 'fullName',
    patterns: [
      /vards,? uzvards/u,
      /vardas,? pavarde/u,
      /full name/u,
      /^name$/u,
      /^vards un uzvards$/u,
    ],
  },
  {
    field: 'familyName',
    patterns: [/uzvard/u, /pavard/u, /surname/u, /family name/u, /last name/u],
  },
  { field: 'givenNames', patterns: [/vard/u, /^first/u, /given/u] },
];

const MOTHER = /\b(mate|mates|motina|motinos|mother|mother's|mama|mamma)\b/u;
const FATHER = /\b(tevs|teva|tevas|tevo|father|father's|tetis)\b/u;
const GUARDIAN =
  /(aizbildn|globej|aizgadn|guardian|vecak|atstov|parent|representative|apgadnieks|2\. ?persona|kontaktpersona)/u;

const foldHeader = (header: string): string =>
  foldForSearch(header)
    .replace(/[_()[\]:*]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const whoseColumn = (folded: string): ImportRelation | 'subject' => {
  if (MOTHER.test(folded)) return 'mother';
  if (FATHER.test(folded)) return 'father';
  if (GUARDIAN.test(folded)) return 'guardian';
  return 'subject';
};

const fieldOf = (folded: string): Rule['field'] | undefined =>
  RULES.find((rule) => rule.patterns.some((p) => p.test(folded)))?.field;

/** True when a header text reads as a known column title (a field, or a parent's column). */
export const recognizedHeader = (header: string): boolean => {
  const folded = foldHeader(header);
  if (folded === '' || folded.length > 60) return false;
  return fieldOf(folded) !== undefined || whoseColumn(folded) !== 'subject';
};

const isSubjectField = (f: Rule['field']): f is SubjectField =>
  (SUBJECT_FIELDS as readonly string[]).includes(f);
const isRepField = (f: Rule['field']): f is RepresentativeField =>
  (REPRESENTATIVE_FIELDS as readonly string[]).includes(f);

type GuessState = {
  readonly columns: Partial<Record<ImportField, string>>;
  readonly relations: Record<RepresentativeSlot, ImportRelation>;
  readonly slotOf: Map<ImportRelation, RepresentativeSlot>;
  lastSlot: RepresentativeSlot | undefined;
};

const slotFor = (
  state: GuessState,
  who: ImportRelation | 'subject',
): RepresentativeSlot | undefined => {
  if (who === 'subject') return state.lastSlot ?? 'rep1';
  const known = state.slotOf.get(who);
  if (known !== undefined) return known;
  const taken = new Set(state.slotOf.values());
  const slot = (['rep1', 'rep2'] as const).find((s) => !taken.has(s));
  if (slot === undefined) return undefined;
  state.slotOf.set(who, slot);
  state.relations[slot] = who;
  return slot;
};

const place = (state: GuessState, header: string): void => {
  const folded = foldHeader(header);
  const who = whoseColumn(folded);
  // A bare 'Māte' or 'Vecāks 1' column holds that person's full name.
  const field = fieldOf(folded) ?? (who === 'subject' ? undefined : 'fullName');
  if (field === undefined) return;
  const subjectFirst = who === 'subject' && isSubjectField(field);
  if (subjectFirst && (!isRepField(field) || state.columns[field] === undefined)) {
    state.columns[field] ??= header;
    return;
  }
  if (!isRepField(field)) return;
  const slot = slotFor(state, who);
  if (slot === undefined) return;
  state.lastSlot = slot;
  state.columns[`${slot}.${field}`] ??= header;
};

/**
 * Guesses a mapping from header texts. Columns about the mother, the father or a generic
 * parent/guardian go to up to two representative slots, in order of first appearance. A plain
 * 'Tālrunis' or 'E-pasts' belongs to the representative named last (children have no contact
 * data of their own). A header that matches nothing, or a field already taken, is unmapped.
 */
export const guessColumnMapping = (headers: readonly string[]): ImportMapping => {
  const state: GuessState = {
    columns: {},
    relations: { rep1: 'mother', rep2: 'father' },
    slotOf: new Map(),
    lastSlot: undefined,
  };
  for (const header of headers) place(state, header);
  return { columns: state.columns, relations: state.relations };
};
