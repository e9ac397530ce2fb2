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
 * A search key: lower case, diacritics removed, runs of whitespace collapsed to one space,
 * trimmed. Covers every Latvian and Lithuanian letter (ā č ē ģ ī ķ ļ ņ š ū ž, ą ę ė į ų)
 * through NFD, and the letters NFD leaves whole (ß, ł, ø, …) through a small table.
 */
export const foldForSearch = (s: string): string =>
  s
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
