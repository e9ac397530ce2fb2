// Synthetic children for the vault benchmark: realistic sizes (two names, a birth date, a group,
// ~100 characters of notes, a personal code), deterministic, and invented: no real person's data.
import type { SchemaVersion } from '@renderer/data/db/schema';

/** The sealed table the bench writes: the same plaintext columns and indexes as the records subjects. */
export const BENCH_TABLE = 'benchSubjects';

export const BENCH_SCHEMA: SchemaVersion = {
  version: 90,
  stores: { [BENCH_TABLE]: 'id, kind, groupId, status, restricted' },
  plaintext: {
    [BENCH_TABLE]: ['id', 'kind', 'groupId', 'status', 'restricted', 'createdAt', 'updatedAt'],
  },
};

/** What is plaintext on a sealed row; the plain copy adds the personal fields beside them. */
export type BenchRowHead = {
  readonly id: string;
  readonly kind: 'child';
  readonly groupId: string;
  readonly status: 'active';
  readonly restricted: 0;
  readonly createdAt: string;
  readonly updatedAt: string;
};
export type BenchCore = {
  readonly givenNames: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly enrolledOn: string;
  readonly notes: string;
};
export type BenchChild = {
  readonly head: BenchRowHead;
  readonly core: BenchCore;
  readonly personalCode: string;
};

const GIVEN = [
  'Anna',
  'Jānis',
  'Elza',
  'Roberts',
  'Sofija',
  'Markuss',
  'Alise',
  'Kārlis',
  'Emīlija',
  'Ņikita',
  'Agnese',
  'Dāvis',
  'Ieva',
  'Miķelis',
  'Līga',
  'Gustavs',
];
const FAMILY = [
  'Ozoliņa',
  'Bērziņš',
  'Kalniņa',
  'Liepiņš',
  'Ūzuliņa',
  'Krūmiņš',
  'Vītola',
  'Zariņš',
  'Eglīte',
  'Šmits',
  'Puriņa',
  'Jansons',
  'Kļaviņa',
  'Grīnbergs',
];
const NOTES =
  'Atnāk ar vecmāmiņu otrdienās; pusdienās neēd zivis; pēc diendusas labprāt zīmē un spēlējas smilšu kastē.';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A tiny LCG: the same N children on every run, without Math.random. */
const generator = (seed: number) => {
  let state = seed >>> 0;
  return (modulo: number): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % modulo;
  };
};

export const makeChildren = (count: number, seed = 7): BenchChild[] => {
  const next = generator(seed);
  const groups = Array.from({ length: 12 }, () => crypto.randomUUID());
  const at = new Date(Date.UTC(2025, 8, 1)).toISOString();
  return Array.from({ length: count }, (_unused, i) => {
    const year = 2019 + next(5);
    const birthDate = `${String(year)}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const code = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}-2${pad(next(10_000), 4)}`;
    return {
      head: {
        id: crypto.randomUUID(),
        kind: 'child',
        groupId: groups[i % groups.length] ?? '',
        status: 'active',
        restricted: 0,
        createdAt: at,
        updatedAt: at,
      },
      core: {
        givenNames: GIVEN[next(GIVEN.length)] ?? '',
        familyName: FAMILY[next(FAMILY.length)] ?? '',
        birthDate,
        enrolledOn: `${String(year + 1)}-09-01`,
        notes: NOTES,
      },
      personalCode: code,
    };
  });
};
