// Which calendar day a request arrived on, in the institution's time zone. An e-mail stamped
// 22:30 UTC on 14 March arrived on 15 March in Riga, and the deadline counts from that day.
import { isValidIsoDate, type IsoDate } from '../text/dates';
import type { RequestCountry } from './working-days';

/** The institution's time zone per country. */
export const REQUEST_TIME_ZONES: Readonly<Record<RequestCountry, string>> = {
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
};

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The calendar date an instant falls on in a time zone, as 'YYYY-MM-DD'. */
export const calendarDateIn = (instant: Date, timeZone: string): IsoDate => {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
};

/**
 * The local calendar date of receipt. `received` is either a calendar date 'YYYY-MM-DD' already
 * in the institution's local time (returned as is) or an ISO 8601 instant with 'Z' or an offset
 * ('2026-03-14T22:30:00Z'), converted to the date in Europe/Riga (LV) or Europe/Vilnius (LT).
 * Throws RangeError for anything else, including days that do not exist.
 */
export const receivedLocalDate = (received: string, country: RequestCountry): IsoDate => {
  if (isValidIsoDate(received)) return received;
  const match = INSTANT.exec(received);
  const instant = new Date(received);
  if (match === null || !isValidIsoDate(match[1] ?? '') || Number.isNaN(instant.getTime())) {
    throw new RangeError('received is neither a YYYY-MM-DD date nor an ISO instant');
  }
  return calendarDateIn(instant, REQUEST_TIME_ZONES[country]);
};
