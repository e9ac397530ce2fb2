// Working days of Latvia and Lithuania. Regulation (EEC, Euratom) 1182/71 Art. 2(2): working days
// are all days other than public holidays, Sundays and Saturdays. Days a Cabinet order moves
// (Latvia's "pārceltās darbdienas") are not public holidays and do not count as such.
import { addDays, isoWeekday, isValidIsoDate, type IsoDate } from '../text/dates';
import { HOLIDAY_CORRECTIONS } from './holiday-corrections';
import {
  GENERATED_PUBLIC_HOLIDAYS,
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
} from './public-holidays.generated';

/** The two countries whose calendars the register knows. */
export type RequestCountry = 'LV' | 'LT';

const holidaySets = new Map<string, ReadonlySet<string>>();

const holidaysOf = (country: RequestCountry, year: number): ReadonlySet<string> => {
  const key = `${country}${year}`;
  const cached = holidaySets.get(key);
  if (cached !== undefined) return cached;
  if (year < HOLIDAY_TABLE_FIRST_YEAR || year > HOLIDAY_TABLE_LAST_YEAR) {
    throw new RangeError(`no public holidays known for ${year}`);
  }
  const line = GENERATED_PUBLIC_HOLIDAYS[country][year - HOLIDAY_TABLE_FIRST_YEAR] ?? '';
  const days = new Set(
    line.split(' ').map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`),
  );
  for (const c of HOLIDAY_CORRECTIONS) {
    if (c.country === country && c.date.startsWith(`${year}-`)) days.add(c.date);
  }
  holidaySets.set(key, days);
  return days;
};

/**
 * True when the date is a public holiday of the country (the library's table plus the
 * corrections). Throws RangeError for an invalid date or a year outside 2018-2099.
 */
export const isPublicHoliday = (date: IsoDate, country: RequestCountry): boolean => {
  if (!isValidIsoDate(date)) throw new RangeError('invalid ISO date');
  return holidaysOf(country, Number(date.slice(0, 4))).has(date);
};

/** Monday to Friday and not a public holiday. Throws like `isPublicHoliday`. */
export const isWorkingDay = (date: IsoDate, country: RequestCountry): boolean =>
  isoWeekday(date) <= 5 && !isPublicHoliday(date, country);

/** The date itself when it is a working day, else the next working day after it. */
export const workingDayOnOrAfter = (date: IsoDate, country: RequestCountry): IsoDate => {
  let day = date;
  while (!isWorkingDay(day, country)) day = addDays(day, 1);
  return day;
};

/** The date itself when it is a working day, else the last working day before it. */
export const workingDayOnOrBefore = (date: IsoDate, country: RequestCountry): IsoDate => {
  let day = date;
  while (!isWorkingDay(day, country)) day = addDays(day, -1);
  return day;
};

/** The `count`-th working day after `date` (the date itself never counts); count ≥ 1. */
export const addWorkingDays = (date: IsoDate, count: number, country: RequestCountry): IsoDate => {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError('count must be a whole number ≥ 1');
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, country)) left -= 1;
  }
  return day;
};

/**
 * Working days left from `today` until `due`: those after today up to and including the due
 * date, so 0 when the due date is today. Only for today ≤ due (a passed due date is "overdue",
 * counted in calendar days by the caller); throws RangeError otherwise.
 */
export const workingDaysLeft = (today: IsoDate, due: IsoDate, country: RequestCountry): number => {
  if (due < today) throw new RangeError('the due date has passed');
  let count = 0;
  for (let day = today; day < due;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, country)) count += 1;
  }
  return count;
};
