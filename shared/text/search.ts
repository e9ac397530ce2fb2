// Search keys and sorting for names. Staff type 'uzulina' and expect to find 'Ūzuliņa'.

/** Letters NFD does not decompose into base letter + combining mark. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'gu');

/**
 * Apostrophe look-alikes: right and left single quotation marks, modifier letter apostrophe and
 * prime, prime, reversed prime, grave and acute accents, single high-reversed-9 quotation mark,
 * fullwidth apostrophe. Irish and Italian names (O’Konore, D’Angelo) arrive with any of them.
 */
export const APOSTROPHES =
  /['`\u00b4\u02b9\u02bb\u02bc\u02bd\u2018\u2019\u201b\u2032\u2035\uff07]/gu;
/** Dash look-alikes in double names (Bērziņa-Kalniņa): hyphens, dashes, minus, fullwidth. */
export const DASH_LIKE = /[\u00ad\u2010-\u2015\u2043\u2212\ufe58\ufe63\uff0d]/gu;

/** One apostrophe (') and one hyphen (-) for all their look-alikes; NFC. */
export const unifyPunctuation = (s: string): string =>
  s.normalize('NFC').replace(APOSTROPHES, "'").replace(DASH_LIKE, '-');

/**
 * A search key: lower case, diacritics removed, every apostrophe look-alike as ' and every dash
 * look-alike as -, runs of whitespace collapsed to one space, trimmed. Covers every Latvian and
 * Lithuanian letter (ā č ē ģ ī ķ ļ ņ š ū ž, ą ę ė į ų) through NFD, and the letters NFD leaves
 * whole (ß, ł, ø, …) through a small table. Used for search and for matching representatives
 * on import, so both sides of a comparison are folded alike.
 */
export const foldForSearch = (s: string): string =>
  s
    .replace(APOSTROPHES, "'")
    .replace(DASH_LIKE, '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .replace(/\s+/gu, ' ')
    .trim();

/** True when every word of the query occurs somewhere in the folded text, in any order. */
export const matchesSearch = (text: string, query: string): boolean => {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .filter((w) => w !== '')
    .every((word) => haystack.includes(word));
};

export type CollationLocale = 'lv' | 'lt' | 'en';

/** A collator for sorting names (Latvian: C < Č, G < Ģ, S < Š …; Lithuanian: I < Y < J). */
export const makeCollator = (locale: CollationLocale): Intl.Collator =>
  new Intl.Collator(locale, { usage: 'sort', numeric: true });

export const makeLvCollator = (): Intl.Collator => makeCollator('lv');

const lvCollator = makeLvCollator();

/** Compares two strings in Latvian order; for Array.prototype.sort. */
export const compareLv = (a: string, b: string): number => lvCollator.compare(a, b);

/** A person's name as the records keep it. */
export type NamedPerson = { readonly familyName: string; readonly givenNames: string };

/**
 * Compares people by surname, then given names, in the collation of `locale` (issue 14,
 * defect 4: batches, sheets and printed lists follow the same order as the screen).
 */
export const compareByName = (
  locale: CollationLocale,
): ((a: NamedPerson, b: NamedPerson) => number) => {
  const collator = makeCollator(locale);
  return (a, b) =>
    collator.compare(a.familyName, b.familyName) || collator.compare(a.givenNames, b.givenNames);
};
