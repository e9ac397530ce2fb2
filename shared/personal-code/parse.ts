// Latvian (personas kods) and Lithuanian (asmens kodas) personal codes: parsing, validation and
// display. The reasons and warnings are stable codes; the UI maps them to
// 'validation.personalCode.<code>' i18n keys. Nothing here echoes the code into a message.
import { isoFromParts, type IsoDate } from '../text/dates';
import { lvCheckDigit, ltCheckDigit, toDigits } from './checksum';

export type PersonalCodeCountry = 'LV' | 'LT';
export type PersonalCodeFormat = 'lv-old' | 'lv-new' | 'lt' | 'lt-special';
export type PersonalCodeInvalidReason = 'format' | 'length' | 'century' | 'date' | 'checksum';
/** 'checksum-unverified': a new-format Latvian code whose last digit does not match the old formula. */
export type PersonalCodeWarning = 'checksum-unverified';

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

const parseLv = (normalized: string, d: readonly number[]): PersonalCodeResult => {
  const expected = lvCheckDigit(d);
  // New format (since 1 July 2017): '3' then 2..9; an old code's day can only start 30 or 31.
  if (d[0] === 3 && (d[1] ?? 0) >= 2) {
    // No official source defines the new format's check digit: a mismatch is only a warning.
    const warnings: PersonalCodeWarning[] = expected === d[10] ? [] : ['checksum-unverified'];
    return { valid: true, normalized, format: 'lv-new', warnings };
  }
  const century = LV_CENTURY[d[6] ?? -1];
  if (century === undefined) return invalid('century');
  const birthDate = isoFromParts(century + twoDigits(d, 4), twoDigits(d, 2), twoDigits(d, 0));
  if (birthDate === null) return invalid('date');
  if (expected === null || expected !== d[10]) return invalid('checksum');
  return { valid: true, normalized, format: 'lv-old', birthDate, warnings: [] };
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

/** Removes the spaces and hyphens people type anywhere in a code. */
export const normalizePersonalCode = (input: string): string =>
  input.replace(/[\s\-\u2010-\u2015]/gu, '');

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
