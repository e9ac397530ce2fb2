// Calendar dates as ISO strings ('YYYY-MM-DD'). A date here is a day on the wall calendar, not
// an instant: no time zones, so arithmetic runs in UTC where there is no daylight saving.

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

export type DateLocale = 'lv' | 'lt' | 'en';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Builds an ISO date from parts; null when the day does not exist (31 April, 29 Feb 2019). */
export const isoFromParts = (year: number, month: number, day: number): IsoDate | null => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(0);
  // setUTCFullYear rather than Date.UTC, which maps years 0..99 to 1900..1999.
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
};

/** True for a well-formed 'YYYY-MM-DD' that names a day that exists. */
export const isValidIsoDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
};

const partsOf = (iso: IsoDate): [number, number, number] => {
  const m = ISO_DATE.exec(iso);
  if (m === null || !isValidIsoDate(iso)) throw new RangeError('invalid ISO date');
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};

/** Today's date on the user's wall clock (local time), as ISO. `now` is a parameter for tests. */
export const todayIso = (now: Date): IsoDate =>
  `${pad4(now.getFullYear())}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;

/** Adds (or with a negative count subtracts) whole days. Throws RangeError on an invalid date. */
export const addDays = (iso: IsoDate, days: number): IsoDate => {
  const [y, m, d] = partsOf(iso);
  const t = new Date(0);
  // setUTCFullYear with all three parts: Date.UTC would remap years 0..99 to 1900..1999.
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCDate(t.getUTCDate() + days);
  return `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
};

/**
 * Formats an ISO date as each locale's users write it: Latvian DD.MM.YYYY, Lithuanian
 * YYYY-MM-DD (the Lithuanian standard form), English DD/MM/YYYY (fixed rather than from Intl,
 * whose 'en' means US month-first order, which nobody in the Baltics reads correctly).
 * Throws RangeError on an invalid date: a bad date reaching display is a bug, not user input.
 */
export const formatDate = (iso: IsoDate, locale: DateLocale): string => {
  const [y, m, d] = partsOf(iso);
  switch (locale) {
    case 'lv':
      return `${pad2(d)}.${pad2(m)}.${pad4(y)}`;
    case 'lt':
      return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
    case 'en':
      return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
  }
};

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?$/;
const YEAR_FIRST = /^(\d{4})[-.](\d{1,2})[-.](\d{1,2})\.?$/;

/**
 * Parses what a user types into a date field: 'DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YYYY' (always
 * day first), ISO 'YYYY-MM-DD' and the Lithuanian 'YYYY.MM.DD'. A trailing dot is tolerated
 * (Latvian writes '24.11.2026.'). Two-digit years are refused: '24.11.26' is ambiguous.
 * Returns the ISO date, or null when the text is not a date or the day does not exist.
 */
export const parseDateInput = (input: string): IsoDate | null => {
  const s = input.trim().replace(/\s+/g, '');
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst !== null)
    return isoFromParts(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst !== null)
    return isoFromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return null;
};

/** Day of the week of an ISO date, ISO 8601 numbering: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (iso: IsoDate): number => {
  const [y, m, d] = partsOf(iso);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return ((t.getUTCDay() + 6) % 7) + 1;
};

const daysInMonth = (year: number, month: number): number => {
  const t = new Date(0);
  // Day 0 of the next month is the last day of this one.
  t.setUTCFullYear(year, month, 0);
  return t.getUTCDate();
};

/**
 * Adds whole calendar months: the same date N months later or, when that date does not exist
 * (31 March + 1 month, 29 February + 12 months), the last day of that month. This is the month
 * rule of Regulation (EEC, Euratom) 1182/71 Art. 3(2)(c). Throws RangeError on an invalid date.
 */
export const addMonths = (iso: IsoDate, months: number): IsoDate => {
  const [y, m, d] = partsOf(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  const result = isoFromParts(year, month, day);
  if (result === null) throw new RangeError('date out of range');
  return result;
};

/** Calendar days from `from` to `to` (negative when `to` is earlier). Throws RangeError. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => {
  const dayNumber = (iso: IsoDate): number => {
    const [y, m, d] = partsOf(iso);
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return Math.round(t.getTime() / 86_400_000);
  };
  return dayNumber(to) - dayNumber(from);
};
