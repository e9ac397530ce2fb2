// Field rules shared by the record schemas and the form-input schemas. Every message is an
// i18n key; none echoes the value, so a message can be logged without leaking personal data.
import { z } from 'zod';
import { parsePersonalCode } from '../personal-code/parse';
import { addDays, isValidIsoDate, parseDateInput, type IsoDate } from '../text/dates';
import { isPrintable } from '../text/printable';
import type { Country } from './types';

/** Bidirectional overrides and isolates: invisible, and able to make a name read backwards. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
/**
 * Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, BOM,
 * left-to-right and right-to-left marks: Unicode category Cf). Copied from a Word document or a
 * web page into a name they make 'An\u00ADna' a different name from 'Anna' for search and duplicate
 * checks while looking the same; refused in single-line text. Notes keep them: the original
 * spelling of a name in a script that needs them (e.g. ZWJ in Devanagari) is kept there.
 */
const INVISIBLE_FORMAT = /\p{Cf}/u;
/** A control character other than line feed, carriage return and tab. */
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\r\t]/u;

/**
 * True when `s` holds a character no field may hold: a bidirectional override or isolate, a
 * control character (line breaks and tabs allowed when `multiline`), or, in single-line text,
 * an invisible format character (see INVISIBLE_FORMAT).
 */
export const hasControlChars = (s: string, multiline: boolean): boolean =>
  BIDI_CONTROLS.test(s) ||
  (multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(s) ||
  (!multiline && INVISIBLE_FORMAT.test(s));

/**
 * A required single-line text: trimmed, NFC (the one stored form: 'Ņ' typed as N + cedilla is
 * stored as the single letter), 1..max characters, no control characters.
 */
export const requiredText = (max: number) =>
  z
    .string('validation.required')
    .trim()
    .normalize('NFC')
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine((s) => !hasControlChars(s, false), 'validation.controlChars');

/** A text that may be empty; `multiline` allows line breaks and tabs (notes). */
export const plainText = (max: number, multiline = false) =>
  z
    .string()
    .trim()
    .normalize('NFC')
    .max(max, 'validation.tooLong')
    .refine((s) => !hasControlChars(s, multiline), 'validation.controlChars');

export const optionalText = (max: number, multiline = false) =>
  plainText(max, multiline).optional();

export const NAME_MAX = 100;
/**
 * A person's or group's name: required text that the consent form can print (the font has every
 * character, and no script needing shaping or right-to-left layout; see shared/text/printable).
 */
export const nameField = () =>
  requiredText(NAME_MAX).refine(isPrintable, 'validation.nameNotPrintable');

export const idField = () =>
  z.string().min(1, 'validation.required').max(100, 'validation.tooLong');

export const EARLIEST_DATE = '1900-01-01';

/** Checks an ISO date: exists, not before 1900, not after `latest`. Returns an i18n key or null. */
export const dateIssue = (
  value: string,
  latest: IsoDate,
  afterLatestKey: string,
): string | null => {
  if (!isValidIsoDate(value)) return 'validation.date';
  if (value < EARLIEST_DATE) return 'validation.dateBefore1900';
  if (value > latest) return afterLatestKey;
  return null;
};

export type DateBounds = { readonly latest: IsoDate; readonly afterLatestKey: string };

/** A past (or today) date: birth dates, restriction dates. */
export const pastBounds = (today: IsoDate): DateBounds => ({
  latest: today,
  afterLatestKey: 'validation.dateFuture',
});

/** Enrolment and leaving are often entered ahead (a child starts on 1 September): up to a year. */
export const plannedBounds = (today: IsoDate): DateBounds => ({
  latest: addDays(today, 366),
  afterLatestKey: 'validation.dateTooFarAhead',
});

export const isoDateField = (bounds: DateBounds) =>
  z.string('validation.date').superRefine((value, ctx) => {
    const issue = dateIssue(value, bounds.latest, bounds.afterLatestKey);
    if (issue !== null) ctx.addIssue({ code: 'custom', message: issue });
  });

/** Converts what a date box holds ('24.11.2026', ISO, or empty) into ISO or undefined. */
export const dateInputField = (bounds: DateBounds) =>
  z
    .string()
    .trim()
    .transform((s, ctx): string | undefined => {
      if (s === '') return undefined;
      const iso = parseDateInput(s);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: 'validation.date' });
        return z.NEVER;
      }
      return iso;
    })
    .pipe(isoDateField(bounds).optional());

/** A personal code for the institution's country; the output is the normalized 11 digits. */
export const personalCodeField = (country: Country) =>
  z.string().transform((s, ctx): string => {
    const parsed = parsePersonalCode(s, country);
    if (!parsed.valid) {
      ctx.addIssue({ code: 'custom', message: `validation.personalCode.${parsed.reason}` });
      return z.NEVER;
    }
    return parsed.normalized;
  });

const PHONE = /^\+?[\d\s()-]{5,24}$/u;
/** One number, or several separated by ',' or ';' (a cell with two numbers on two lines). */
const isPhoneList = (s: string): boolean =>
  s.split(/[,;]/u).every((part) => {
    const p = part.trim();
    return PHONE.test(p) && p.replace(/\D/gu, '').length >= 5;
  });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export const phoneField = () =>
  z
    .string()
    .trim()
    .normalize('NFKC')
    .max(120, 'validation.tooLong')
    .refine(isPhoneList, 'validation.phone');

export const emailField = () =>
  z
    .string()
    .trim()
    .normalize('NFC')
    .max(254, 'validation.tooLong')
    .regex(EMAIL, 'validation.email');

/** Form boxes submit '' for "not given": turn that into undefined before the field rule. */
export const blankAsUndefined = <O>(rule: z.ZodType<O, string>) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(rule.optional());
