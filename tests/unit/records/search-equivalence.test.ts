// The postings index (letter pairs, slots, page-by-page merging) must answer exactly like the
// index it replaced, which scanned every name: same ids, same Latvian order, same filters. The
// corpus and the queries are random (seeded, so a failure repeats), with Latvian and Lithuanian
// letters in every case, double names, apostrophes and personal codes.
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '@renderer/services/records/demo';
import {
  createSubjectIndex,
  type SubjectIndexItem,
  type SubjectSearchOptions,
} from '@renderer/services/records/search';
import { createSubjectIndex as createPreviousIndex } from './support/previous-subject-index';

// Every letter is one UTF-16 unit (precomposed), so Array.from splits them safely.
const LETTERS = Array.from('aābcčdeēfgģhiījkķlļmnņoprsštuūvzžąęėįųyx');
const STATUSES = ['active', 'left', 'archived', 'enrolled'] as const;
const GROUPS = ['g1', 'g2', 'g3', null] as const;

const word = (rnd: Random, min = 2, max = 9): string => {
  const length = rnd.int(min, max);
  const letters = Array.from({ length }, () => rnd.pick(LETTERS)).join('');
  return rnd.chance(0.8) ? letters.charAt(0).toUpperCase() + letters.slice(1) : letters;
};

const familyName = (rnd: Random): string => {
  const first = word(rnd);
  if (rnd.chance(0.1)) return `${first}-${word(rnd)}`;
  if (rnd.chance(0.05)) return `O’${word(rnd)}`;
  return first;
};

/** A small pool of names, so names repeat as real ones do (and ties are ordered by id). */
const corpus = (rnd: Random, size: number): SubjectIndexItem[] => {
  const families = Array.from({ length: Math.ceil(size / 8) }, () => familyName(rnd));
  const givens = Array.from({ length: Math.ceil(size / 10) }, () =>
    rnd.chance(0.15) ? `${word(rnd)} ${word(rnd)}` : word(rnd),
  );
  return Array.from({ length: size }, () => ({
    id: rnd.uuid(),
    givenNames: rnd.pick(givens),
    familyName: rnd.pick(families),
    groupId: rnd.pick(GROUPS),
    status: rnd.pick(STATUSES),
    restricted: rnd.chance(0.05),
    ...(rnd.chance(0.8) ? { personalCode: String(rnd.int(10_000_000_000, 39_999_999_999)) } : {}),
  }));
};

/** A query as staff type it: a piece of a stored name (any case, with or without diacritics), letters, or code digits. */
const queryOf = (rnd: Random, items: readonly SubjectIndexItem[]): string => {
  const someone = rnd.pick(items);
  const name = `${someone.givenNames} ${someone.familyName}`;
  const start = rnd.int(0, Math.max(0, name.length - 1));
  const piece = name.slice(start, start + rnd.int(1, 6));
  switch (rnd.int(0, 6)) {
    case 0:
      return piece.toUpperCase();
    case 1:
      return piece.normalize('NFD').replace(/\p{M}/gu, '');
    case 2:
      return `${piece} ${word(rnd, 1, 2)}`;
    case 3:
      return (someone.personalCode ?? '123').slice(rnd.int(0, 6), rnd.int(7, 11));
    case 4:
      return `${word(rnd, 1, 3)} ${String(rnd.int(0, 99))}`;
    case 5:
      return word(rnd, 1, 2);
    default:
      return piece;
  }
};

const optionsOf = (rnd: Random): SubjectSearchOptions => ({
  includeCodes: rnd.chance(0.7),
  includeRestricted: rnd.chance(0.3),
  ...(rnd.chance(0.4) ? { groupIds: [rnd.pick(GROUPS)] } : {}),
  ...(rnd.chance(0.5) ? { statuses: rnd.chance(0.5) ? ['active'] : ['left', 'archived'] } : {}),
  ...(rnd.chance(0.1) ? { limit: rnd.int(0, 5) } : {}),
});

describe('createSubjectIndex answers as the previous (scanning) index did', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`on a random corpus (seed ${String(seed)}), built at once or page by page`, () => {
      const rnd = createRandom(seed);
      const items = corpus(rnd, rnd.int(50, 1500));
      const previous = createPreviousIndex(items);
      const atOnce = createSubjectIndex(items);
      const paged = createSubjectIndex();
      for (let at = 0; at < items.length; at += 97) paged.addAll(items.slice(at, at + 97));
      for (let n = 0; n < 300; n += 1) {
        const query = queryOf(rnd, items);
        const options = optionsOf(rnd);
        const expected = previous.search(query, options);
        expect(atOnce.search(query, options), query).toEqual(expected);
        expect(paged.search(query, options), query).toEqual(expected);
        const hits = paged.find(query, options);
        expect(hits.length).toBe(expected.length);
        expect(hits.at(expected.length - 1)).toBe(expected.at(-1));
      }
    });
  }

  it('while the user types letter by letter, edits records and loads codes later', () => {
    const rnd = createRandom(42);
    const items = corpus(rnd, 1200);
    const previous = createPreviousIndex(items);
    const index = createSubjectIndex(items.map(({ personalCode: _c, ...rest }) => rest));
    index.setCodes(new Map(items.flatMap((i) => (i.personalCode ? [[i.id, i.personalCode]] : []))));
    for (let n = 0; n < 60; n += 1) {
      const full = queryOf(rnd, items);
      const options = optionsOf(rnd);
      for (let k = 1; k <= full.length; k += 1) {
        expect(index.search(full.slice(0, k), options)).toEqual(
          previous.search(full.slice(0, k), options),
        );
      }
      const changed = { ...rnd.pick(items), familyName: familyName(rnd) };
      index.upsert(changed);
      previous.upsert(changed);
      const gone = rnd.pick(items).id;
      index.remove(gone);
      previous.remove(gone);
      expect(index.size).toBe(previous.size);
    }
  });
});
