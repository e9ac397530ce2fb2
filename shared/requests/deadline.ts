// The deadline engine for data-subject requests. Pure: the same input always gives the same date.
// Sources: GDPR Art. 12(3) (one month, extension by two further months, notice of an extension
// within the first month); Regulation (EEC, Euratom) 1182/71 Art. 3 (the day of receipt does not
// count; a month ends on the same date or the month's last day; a period ending on a Saturday,
// Sunday or public holiday ends on the next working day); seed 002 points 14, 15, 22, 25, 27, 32
// (Lithuanian procedure: 30 calendar days, up to 2 months more, 5 working days for corrections,
// erasure, restriction and the notices that follow). Worked examples: docs/requests.md.
import { addDays, addMonths, type IsoDate } from '../text/dates';
import { receivedLocalDate } from './local-date';
import {
  addWorkingDays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  type RequestCountry,
} from './working-days';

/** How a period is counted: GDPR's month, the Lithuanian 30 days, or 5 working days. */
export type DeadlineRule = 'one-month' | '30-days' | '5-working-days';

/** Months an answer period is extended by (GDPR Art. 12(3): at most two). */
export type ExtensionMonths = 0 | 1 | 2;

export type RequestDueDateInput = {
  /** 'YYYY-MM-DD' in the institution's local time, or an ISO instant ('…T22:30:00Z'). */
  readonly received: string;
  readonly country: RequestCountry;
  readonly rule: DeadlineRule;
  readonly extensionMonths?: ExtensionMonths;
};

/** The longest extension a rule allows: two months for answer periods, none for 5 working days. */
export const maxExtensionMonths = (rule: DeadlineRule): ExtensionMonths =>
  rule === '5-working-days' ? 0 : 2;

const unextendedDueDate = (
  received: IsoDate,
  rule: DeadlineRule,
  country: RequestCountry,
): IsoDate => {
  switch (rule) {
    case 'one-month':
      return workingDayOnOrAfter(addMonths(received, 1), country);
    case '30-days':
      return workingDayOnOrAfter(addDays(received, 30), country);
    case '5-working-days':
      return addWorkingDays(received, 5, country);
  }
};

const checkExtension = (rule: DeadlineRule, months: number): void => {
  if (!Number.isInteger(months) || months < 0 || months > maxExtensionMonths(rule)) {
    throw new RangeError(`an extension of ${months} months is not allowed for ${rule}`);
  }
};

/**
 * The last day to answer, as 'YYYY-MM-DD' in the institution's local time.
 *
 * The day of receipt is not counted. 'one-month' ends on the same date of the next month, or on
 * that month's last day when the date does not exist; '30-days' ends 30 calendar days later; a
 * period whose last day is a Saturday, Sunday or public holiday of the country ends on the next
 * working day. '5-working-days' ends on the fifth working day after receipt (for the Lithuanian
 * procedure's follow-up steps `received` is the day of the decision or correction).
 *
 * An extension of N months counts from the un-extended due date and may never end later than
 * N months after it: when that day is not a working day the period ends on the working day
 * before it (rolling forward would exceed the cap GDPR Art. 12(3) sets).
 *
 * Throws RangeError for an unreadable `received`, a year outside 2018-2099, or an extension the
 * rule does not allow (any for '5-working-days', more than 2 months for the others).
 */
export const requestDueDate = (input: RequestDueDateInput): IsoDate => {
  const months = input.extensionMonths ?? 0;
  checkExtension(input.rule, months);
  const received = receivedLocalDate(input.received, input.country);
  const due = unextendedDueDate(received, input.rule, input.country);
  if (months === 0) return due;
  return workingDayOnOrBefore(addMonths(due, months), input.country);
};

/**
 * The day by which the person must be told of an extension and its reasons: the un-extended due
 * date (GDPR Art. 12(3): "within one month of receipt"). Throws like `requestDueDate`.
 */
export const extensionNoticeDueDate = (input: RequestDueDateInput): IsoDate =>
  requestDueDate({ ...input, extensionMonths: 0 });
