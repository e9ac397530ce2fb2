// Latvian (personas kods) and Lithuanian (asmens kodas) personal codes: parsing, validation and
// display. The reasons and warnings are stable codes; the UI maps them to
// 'validation.personalCode.<code>' i18n keys. Nothing here echoes the code into a message.
import { isoFromParts, type IsoDate } from '../text/dates';
import { lvCheckDigit, ltCheckDigit, toDigits } from './checksum';

export type PersonalCodeCountry = 'LV' | 'LT';
export type PersonalCodeFormat = 'lv-old' | 'lv-new' | 'lt' | 'lt-special';
/**
 * 'foreign': in an LV office, a code of the new Latvian shape ('3' then 2..9) that fails the
 * Latvian check digit but is a valid Lithuanian code: a Lithuanian man's code (born 1900-1999,
 * first digit 3), not a Latvian one (issue 11).
 */
export type PersonalCodeInvalidReason =
  'format' | 'length' | 'century' | 'date' | 'checksum' | 'foreign';
/**
 * Codes accepted although no official source settles them; the user is asked to check the
 * document (see docs/records.md, "Personal codes no source settles"):
 * - 'checksum-unverified': a new-format Latvian code whose last digit does not match the old formula;
 * - 'checksum-remainder-ten': an old-format Latvian code whose checksum remainder is 10 and whose
 *   check digit is 0 (the published formula has no digit for remainder 10);
 * - 'birth-month-unknown': an old-format Latvian code with month 00 (birth month not recorded);
 *   such a code carries no birth date;
 * - 'lt-lookalike': a new-format Latvian code whose check digit matches that is also a valid
 *   Lithuanian code (a man born 1900-1999): both readings are possible, so the user is asked to
 *   check which country's document it comes from (issue 11).
 */
export type PersonalCodeWarning =
  'checksum-unverified' | 'checksum-remainder-ten' | 'birth-month-unknown' | 'lt-lookalike';

export type PersonalCodeValid = {
  readonly valid: true;
  /** The eleven digits, no separators. */
  readonly normalized: string;
  readonly format: PersonalCodeFormat;
  /** 'YYYY-MM-DD'; absent for codes that carry no birth date (LV new, LT special). */
  readonly birthDate?: IsoDate;
  readonly warnings: readonly PersonalCodeWarning[];
};
export type PersonalCodeInvalid = {
  readonly valid: false;
  readonly reason: PersonalCodeInvalidReason;
};
export type PersonalCodeResult = PersonalCodeValid | PersonalCodeInvalid;

export const PERSONAL_CODE_INVALID_REASONS: readonly PersonalCodeInvalidReason[] = [
  'format',
  'length',
  'century',
  'date',
  'checksum',
  'foreign',
];

const invalid = (reason: PersonalCodeInvalidReason): PersonalCodeInvalid => ({
  valid: false,
  reason,
});

const LV_CENTURY: Readonly<Record<number, number>> = { 0: 1800, 1: 1900, 2: 2000 };
const LT_CENTURY: Readonly<Record<number, number>> = {
  1: 1800,
  2: 1800,
  3: 1900,
  4: 1900,
  5: 2000,
  6: 2000,
};

const twoDigits = (d: readonly number[], at: number): number =>
  (d[at] ?? 0) * 10 + (d[at + 1] ?? 0);

/** An old-format Latvian date part: a real day, or month 00 (day 00..31) with no birth date. */
const lvOldDate = (
  century: number,
  d: readonly number[],
): { birthDate?: IsoDate; warnings: PersonalCodeWarning[] } | null => {
  const [day, month, year] = [twoDigits(d, 0), twoDigits(d, 2), century + twoDigits(d, 4)];
  if (month === 0) return day <= 31 ? { warnings: ['birth-month-unknown'] } : null;
  const birthDate = isoFromParts(year, month, day);
  return birthDate === null ? null : { birthDate, warnings: [] };
};

const parseLv = (normalized: string, d: readonly number[]): PersonalCodeResult => {
  const expected = lvCheckDigit(d);
  // New format (since 1 July 2017): '3' then 2..9; an old code's day can only start 30 or 31.
  // A Lithuanian man born 1900-1999 has a code of the same shape (3YYMMDD...), so one that fails
  // the Latvian check digit but passes the Lithuanian date and check digit is Lithuanian.
  if (d[0] === 3 && (d[1] ?? 0) >= 2) {
    const lithuanian = parseLt(normalized, d).valid;
    if (expected === d[10])
      return {
        valid: true,
        normalized,
        format: 'lv-new',
        warnings: lithuanian ? ['lt-lookalike'] : [],
      };
    if (lithuanian) return invalid('foreign');
    // No official source defines the new format's check digit: a mismatch is only a warning.
    return { valid: true, normalized, format: 'lv-new', warnings: ['checksum-unverified'] };
  }
  const century = LV_CENTURY[d[6] ?? -1];
  if (century === undefined) return invalid('century');
  const date = lvOldDate(century, d);
  if (date === null) return invalid('date');
  const warnings = [...date.warnings];
  // Remainder 10 has no digit in the published formula; codes ending in 0 are reported to
  // exist, so 0 is accepted with a warning and every other digit refused.
  if (expected === null && d[10] === 0) warnings.push('checksum-remainder-ten');
  else if (expected !== d[10]) return invalid('checksum');
  const birthDate = date.birthDate === undefined ? {} : { birthDate: date.birthDate };
  return { valid: true, normalized, format: 'lv-old', ...birthDate, warnings };
};

const parseLt = (normalized: string, d: readonly number[]): PersonalCodeResult => {
  const g = d[0] ?? -1;
  if (g === 9) {
    // Special codes (G = 9) are issued without a real birth date; only the check digit counts.
    if (ltCheckDigit(d) !== d[10]) return invalid('checksum');
    return { valid: true, normalized, format: 'lt-special', warnings: [] };
  }
  const century = LT_CENTURY[g];
  if (century === undefined) return invalid('century');
  const birthDate = isoFromParts(century + twoDigits(d, 1), twoDigits(d, 3), twoDigits(d, 5));
  if (birthDate === null) return invalid('date');
  if (ltCheckDigit(d) !== d[10]) return invalid('checksum');
  return { valid: true, normalized, format: 'lt', birthDate, warnings: [] };
};

/**
 * Every dash-like character people and word processors put in a code: hyphen-minus, soft
 * hyphen, hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, hyphen
 * bullet, minus sign (U+2212), small em dash, small and fullwidth hyphen-minus.
 */
const DASHES = /[-\u00ad\u2010-\u2015\u2043\u2212\ufe58\ufe63\uff0d]/gu;
/** Spaces of every width (\s covers no-break, thin and ideographic spaces) and zero-width ones. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]/gu;
/** Fullwidth digits (U+FF10..FF19), typed with an East Asian input method or pasted from a PDF. */
const FULLWIDTH_DIGIT = /[\uff10-\uff19]/gu;

/**
 * The canonical spelling of what was typed as a code: fullwidth digits become ASCII digits and
 * every space and dash-like character goes. The result is checked by parsePersonalCode.
 */
export const normalizePersonalCode = (input: string): string =>
  input
    .replace(FULLWIDTH_DIGIT, (ch) => String((ch.codePointAt(0) ?? 0xff10) - 0xff10))
    .replace(DASHES, '')
    .replace(SPACES, '');

/**
 * Parses and validates a personal code for a country. Order of checks: characters ('format'),
 * length, century digit, date, check digit.
 */
export const parsePersonalCode = (
  input: string,
  country: PersonalCodeCountry,
): PersonalCodeResult => {
  const normalized = normalizePersonalCode(input);
  if (!/^\d*$/.test(normalized)) return invalid('format');
  if (normalized.length !== 11) return invalid('length');
  const digits = toDigits(normalized);
  return country === 'LV' ? parseLv(normalized, digits) : parseLt(normalized, digits);
};

/**
 * Display form of a normalized code: Latvian 'DDMMYY-NNNNN' (new-format codes are printed the
 * same way, '32xxxx-xxxxx'), Lithuanian eleven digits as issued. Input that is not eleven
 * digits is returned unchanged.
 */
export const formatPersonalCode = (normalized: string, country: PersonalCodeCountry): string => {
  if (!/^\d{11}$/.test(normalized)) return normalized;
  return country === 'LV' ? `${normalized.slice(0, 6)}-${normalized.slice(6)}` : normalized;
};
