// Field checks of the request forms. Each failure is one AppError('validation') naming the field
// and an i18n key, so the message lands on that field; nothing is stored when one fails.
import { AppError } from '@shared/errors/app-error';
import { isValidIsoDate, type IsoDate } from '@shared/text';
import { fieldError } from './requests-context';

/** GDPR applies from this day; the deadline engine knows no holidays before 2018. */
export const GDPR_APPLIES_FROM = '2018-05-25';

export const LIMITS = { name: 200, short: 500, text: 4000 } as const;

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed text, or undefined when empty. Refuses control characters and over-long text. */
export const optionalText = (
  value: string | undefined,
  field: string,
  max: number,
): string | undefined => {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (CONTROL.test(trimmed)) throw fieldError(field, 'validation.controlChars');
  if (trimmed.length > max) throw fieldError(field, 'requests.errors.tooLong');
  return trimmed;
};

export const requiredText = (
  value: string | undefined,
  field: string,
  max: number,
  key = 'validation.required',
): string => {
  const text = optionalText(value, field, max);
  if (text === undefined) throw fieldError(field, key);
  return text;
};

/** A real calendar date, not in the future. */
export const pastDate = (value: string, field: string, today: IsoDate): IsoDate => {
  if (!isValidIsoDate(value)) throw fieldError(field, 'validation.date');
  if (value > today) throw fieldError(field, 'validation.dateFuture');
  return value;
};

/** A date of something done about the request: on or after receipt, not in the future. */
export const actionDate = (
  value: string,
  field: string,
  receivedOn: IsoDate,
  today: IsoDate,
  beforeReceiptKey = 'requests.errors.beforeReceipt',
): IsoDate => {
  const date = pastDate(value, field, today);
  if (date < receivedOn) throw fieldError(field, beforeReceiptKey);
  return date;
};

export const oneOf = <T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T => {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new AppError('validation', 'validation.invalid', { field });
  }
  return value as T;
};
