// Generators of valid personal codes, for demo data and tests. They are fictitious: a valid
// check digit says nothing about whether the code belongs to anyone.
import { AppError } from '../errors/app-error';
import { isValidIsoDate, type IsoDate } from '../text/dates';
import { lvCheckDigit, ltCheckDigit, toDigits } from './checksum';

const badInput = (field: string): AppError =>
  new AppError('validation', 'validation.invalid', { field });

const datePart = (birthDate: IsoDate): { year: number; mm: string; dd: string } => {
  if (!isValidIsoDate(birthDate)) throw badInput('birthDate');
  return {
    year: Number(birthDate.slice(0, 4)),
    mm: birthDate.slice(5, 7),
    dd: birthDate.slice(8, 10),
  };
};

const checkSerial = (serial: number, max: number): void => {
  if (!Number.isInteger(serial) || serial < 0 || serial > max) throw badInput('serial');
};

/**
 * A valid old-format Latvian code (DDMMYY-CNNNZ: century digit, three serial digits, check
 * digit) for a birth date in 1800..2099. Serials whose check remainder is 10 are never issued,
 * so the first usable serial at or after `serial` (0..999, wrapping round) is taken.
 */
export const makeValidLvCode = (birthDate: IsoDate, serial: number): string => {
  const { year, mm, dd } = datePart(birthDate);
  if (year < 1800 || year > 2099) throw badInput('birthDate');
  checkSerial(serial, 999);
  const century = String(Math.floor(year / 100) - 18);
  const prefix = `${dd}${mm}${String(year % 100).padStart(2, '0')}${century}`;
  for (let i = 0; i < 1000; i += 1) {
    const body = prefix + String((serial + i) % 1000).padStart(3, '0');
    const z = lvCheckDigit(toDigits(body));
    if (z !== null) return body + String(z);
  }
  throw badInput('serial');
};

/** A new-format Latvian code ('32' + 8 digits + a digit matching the old formula). */
export const makeValidLvNewCode = (serial: number): string => {
  checkSerial(serial, 99_999_999);
  for (let i = 0; i < 100; i += 1) {
    const body = `32${String((serial + i) % 100_000_000).padStart(8, '0')}`;
    const z = lvCheckDigit(toDigits(body));
    if (z !== null) return body + String(z);
  }
  throw badInput('serial');
};

/** A valid Lithuanian asmens kodas (GYYMMDDNNNK) for a birth date in 1800..2099; serial 0..999. */
export const makeValidLtCode = (
  birthDate: IsoDate,
  sex: 'male' | 'female',
  serial: number,
): string => {
  const { year, mm, dd } = datePart(birthDate);
  if (year < 1800 || year > 2099) throw badInput('birthDate');
  checkSerial(serial, 999);
  const g = (Math.floor(year / 100) - 18) * 2 + (sex === 'male' ? 1 : 2);
  const body = `${String(g)}${String(year % 100).padStart(2, '0')}${mm}${dd}${String(serial).padStart(3, '0')}`;
  return body + String(ltCheckDigit(toDigits(body)));
};
