// Every string resolves in the language the user chose, with the real i18next and the real
// locale files: a plural form missing in Lithuanian must not quietly show the Latvian text
// (the app's fallback language), and a count never sits in a string without plural forms.
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@renderer/i18n';
import {
  PLURAL_SUFFIX,
  appI18n,
  keysOf,
  resolutionProblem,
  resolveKey,
} from './support/i18n-details';

const COUNTS = [0, 1, 2, 5, 10, 11, 21, 22] as const;

let i18n: i18n;
beforeAll(async () => {
  i18n = await appI18n();
});

const pluralBases = (): string[] =>
  [
    ...new Set(
      LANGUAGES.flatMap((language) =>
        keysOf(language)
          .filter((key) => PLURAL_SUFFIX.test(key))
          .map((key) => key.replace(PLURAL_SUFFIX, '')),
      ),
    ),
  ].sort();

describe('plural strings', () => {
  it('exist (the test finds the plural keys it checks)', () => {
    expect(pluralBases().length).toBeGreaterThan(5);
  });

  it.each(LANGUAGES)('resolve in %s for 0, 1, 2, 5, 10, 11, 21, 22 from its own form', (lng) => {
    const rules = new Intl.PluralRules(lng);
    const problems: string[] = [];
    for (const base of pluralBases()) {
      for (const count of COUNTS) {
        const category = `${base}_${rules.select(count)}`;
        // i18next tries "_zero" first for a count of 0 (Latvian has a zero category anyway).
        const expected = count === 0 ? [`${base}_zero`, category] : [category];
        const got = resolveKey(i18n, base, lng, { count });
        const found = resolutionProblem(base, lng, got, expected);
        if (found) problems.push(`${found} (count ${String(count)})`);
        else if (typeof got.res === 'string' && !got.res.includes(String(count)))
          problems.push(`${lng} ${base}: "${got.res}" does not show the count ${String(count)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('include every CLDR category of each language', () => {
    const missing: string[] = [];
    for (const lng of LANGUAGES) {
      const keys = new Set(keysOf(lng));
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const base of pluralBases()) {
        // Lithuanian "many" is for fractions only: counts of things are whole numbers.
        for (const category of categories.filter((c) => c !== 'many')) {
          if (!keys.has(`${base}_${category}`)) missing.push(`${lng} ${base}_${category}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('every other string', () => {
  it.each(LANGUAGES)('resolves in %s without falling back to another language', (lng) => {
    const problems = keysOf('lv')
      .filter((key) => !PLURAL_SUFFIX.test(key))
      .map((key) => resolutionProblem(key, lng, resolveKey(i18n, key, lng), [key]))
      .filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });
});
