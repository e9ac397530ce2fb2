// A deterministic, fictional kindergarten register for demos, screenshots and benchmarks:
// groups, children with valid (made-up) personal codes, two parents each, some siblings.
// Names are random combinations of common names; phones are +371 2xxxxxxx and e-mails are at
// example.lv (a domain reserved for examples), so nothing reaches a real person.
import type {
  Group,
  Relation,
  Representative,
  RepresentativeLink,
  Subject,
} from '@shared/domain/types';
import { makeValidLvCode, makeValidLvNewCode } from '@shared/personal-code/generate';
import {
  BOY_NAMES,
  FAMILY_NAMES,
  GIRL_NAMES,
  GROUP_NAMES,
  MEN_NAMES,
  WOMEN_NAMES,
  toAscii,
} from './demo-names';
import { createRandom, type Random } from './prng';

export type DemoRegister = {
  readonly groups: Group[];
  readonly subjects: Subject[];
  readonly representatives: Representative[];
  readonly links: RepresentativeLink[];
};

export type DemoOptions = {
  /** Same seed, same register. Default 2026. */
  readonly seed?: number;
  /** Number of children; default 120. */
  readonly children?: number;
};

/** Birth years per group: two groups share the middle year. */
const GROUP_BIRTH_YEARS = [2023, 2022, 2021, 2020, 2020, 2019] as const;

type Family = {
  readonly mother: Representative;
  readonly father: Representative;
  readonly masculine: string;
  readonly feminine: string;
};

type Context = {
  readonly rnd: Random;
  readonly usedCodes: Set<string>;
  /** How many addresses each local part has had, so a repeat gets a number. */
  readonly usedEmails: Map<string, number>;
  newCodeSerial: number;
};

const phone = (rnd: Random): string => `+371 2${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`;

const email = (ctx: Context, given: string, family: string): string => {
  const base = `${toAscii(given)}.${toAscii(family)}`;
  const n = (ctx.usedEmails.get(base) ?? 0) + 1;
  ctx.usedEmails.set(base, n);
  return n === 1 ? `${base}@example.lv` : `${base}${n}@example.lv`;
};

const parent = (ctx: Context, given: string, family: string): Representative => ({
  id: ctx.rnd.uuid(),
  givenNames: given,
  familyName: family,
  phone: phone(ctx.rnd),
  ...(ctx.rnd.chance(0.85) ? { email: email(ctx, given, family) } : {}),
});

const newFamily = (ctx: Context): Family => {
  const [masculine, feminine] = ctx.rnd.pick(FAMILY_NAMES);
  // Some mothers kept their own family name.
  const motherFamily = ctx.rnd.chance(0.2) ? ctx.rnd.pick(FAMILY_NAMES)[1] : feminine;
  return {
    masculine,
    feminine,
    mother: parent(ctx, ctx.rnd.pick(WOMEN_NAMES), motherFamily),
    father: parent(ctx, ctx.rnd.pick(MEN_NAMES), masculine),
  };
};

const birthDateIn = (rnd: Random, year: number): string => {
  const month = rnd.int(1, 12);
  const day = rnd.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** Half the children get an old-format code (DDMMYY-CNNNNN), half the new '32…' format; never twice the same. */
const personalCode = (ctx: Context, birthDate: string): string => {
  const old = ctx.rnd.chance(0.5) ? makeValidLvCode(birthDate, ctx.rnd.int(0, 999)) : undefined;
  let code = old;
  // The generators skip serials without a valid check digit, so two serials can give one code.
  while (code === undefined || ctx.usedCodes.has(code)) {
    ctx.newCodeSerial += ctx.rnd.int(1, 97);
    code = makeValidLvNewCode(ctx.newCodeSerial);
  }
  ctx.usedCodes.add(code);
  return code;
};

const child = (ctx: Context, family: Family, group: Group, birthYear: number): Subject => {
  const girl = ctx.rnd.chance(0.5);
  const birthDate = birthDateIn(ctx.rnd, birthYear);
  // A child starts in the September after turning one and a half.
  const enrolYear = Math.max(birthYear + (Number(birthDate.slice(5, 7)) <= 2 ? 1 : 2), 2021);
  const left = ctx.rnd.chance(0.04);
  return {
    id: ctx.rnd.uuid(),
    kind: 'child',
    givenNames: ctx.rnd.pick(girl ? GIRL_NAMES : BOY_NAMES),
    familyName: girl ? family.feminine : family.masculine,
    personalCode: personalCode(ctx, birthDate),
    birthDate,
    groupId: group.id,
    enrolledOn: `${enrolYear}-09-01`,
    ...(left ? { leftOn: `${enrolYear + 1}-05-31` } : {}),
    status: left ? 'left' : 'active',
  };
};

const link = (
  ctx: Context,
  subjectId: string,
  representativeId: string,
  relation: Relation,
): RepresentativeLink => ({
  id: ctx.rnd.uuid(),
  subjectId,
  representativeId,
  relation,
});

/** Generates the register. Deterministic: the same options give identical output. */
export const generateDemoRegister = (options: DemoOptions = {}): DemoRegister => {
  const ctx: Context = {
    rnd: createRandom(options.seed ?? 2026),
    usedCodes: new Set(),
    usedEmails: new Map(),
    newCodeSerial: 0,
  };
  const groups: Group[] = GROUP_NAMES.map((name, i) => ({
    id: ctx.rnd.uuid(),
    name,
    yearBand: String(GROUP_BIRTH_YEARS[i] ?? 2020),
    teacherIds: [],
    status: 'active',
  }));
  const out: DemoRegister = { groups, subjects: [], representatives: [], links: [] };
  const families: Family[] = [];
  for (let i = 0; i < (options.children ?? 120); i += 1) {
    const groupIndex = i % groups.length;
    const group = groups[groupIndex] as Group;
    // About one child in eight is a younger sibling of a child already listed.
    const sibling = families.length > 0 && ctx.rnd.chance(0.12);
    const family = sibling ? ctx.rnd.pick(families) : newFamily(ctx);
    if (!sibling) {
      families.push(family);
      out.representatives.push(family.mother, family.father);
    }
    const subject = child(ctx, family, group, GROUP_BIRTH_YEARS[groupIndex] ?? 2020);
    out.subjects.push(subject);
    out.links.push(
      link(ctx, subject.id, family.mother.id, 'mother'),
      link(ctx, subject.id, family.father.id, 'father'),
    );
  }
  return out;
};
