// The generated holiday table against the date-holidays library it was generated from, and the
// working-day helpers built on it.
import { describe, expect, it } from 'vitest';
import {
  GENERATED_PUBLIC_HOLIDAYS,
  HOLIDAY_CORRECTIONS,
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
  HOLIDAY_TABLE_SOURCE,
  addWorkingDays,
  isPublicHoliday,
  isWorkingDay,
  requestUrgency,
  workingDaysLeft,
} from '@shared/index';
import { buildHolidayTable, holidaySource } from '../../../scripts/holidays/table';

describe('the generated public-holiday table', () => {
  it('matches the installed date-holidays library for every year (else run `npm run holidays`)', () => {
    expect(HOLIDAY_TABLE_SOURCE).toBe(holidaySource());
    const fresh = buildHolidayTable(HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR);
    expect(GENERATED_PUBLIC_HOLIDAYS).toEqual(fresh);
  });

  it('corrections add only days the library lacks, each with its source', () => {
    for (const c of HOLIDAY_CORRECTIONS) {
      const line =
        GENERATED_PUBLIC_HOLIDAYS[c.country][Number(c.date.slice(0, 4)) - HOLIDAY_TABLE_FIRST_YEAR];
      expect(line?.split(' ')).not.toContain(c.date.slice(5, 7) + c.date.slice(8));
      expect(c.source.length).toBeGreaterThan(10);
    }
  });
});

describe('public holidays', () => {
  it.each([
    ['2026-05-04', 'LV', true],
    ['2025-05-05', 'LV', true], // 4 May 2025 was a Sunday
    ['2026-05-05', 'LV', false],
    ['2027-11-18', 'LV', true],
    ['2028-11-20', 'LV', true], // 18 Nov 2028 is a Saturday
    ['2026-06-23', 'LV', true],
    ['2026-06-23', 'LT', false],
    ['2026-06-24', 'LT', true],
    ['2026-11-02', 'LT', true],
    ['2019-11-02', 'LT', false],
    ['2026-11-02', 'LV', false],
    ['2026-12-24', 'LT', true],
    ['2026-12-31', 'LV', true],
    ['2026-12-31', 'LT', false],
    ['2026-04-03', 'LV', true], // Good Friday
    ['2026-04-03', 'LT', false],
    ['2023-07-10', 'LV', true], // Song and Dance Celebration (correction)
    ['2026-05-10', 'LV', false], // Mother's Day is an observance on a Sunday, not a day off
  ] as const)('%s in %s: %s', (date, country, expected) => {
    expect(isPublicHoliday(date, country)).toBe(expected);
  });

  it('a weekend day is never a working day, a plain Tuesday is', () => {
    expect(isWorkingDay('2026-03-14', 'LV')).toBe(false);
    expect(isWorkingDay('2026-03-15', 'LT')).toBe(false);
    expect(isWorkingDay('2026-03-17', 'LT')).toBe(true);
  });

  it('refuses invalid dates and years outside the table', () => {
    expect(() => isPublicHoliday('2026-13-01', 'LV')).toThrow(RangeError);
    expect(() => isPublicHoliday('2100-01-01', 'LV')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-09', 0, 'LV')).toThrow(RangeError);
  });
});

describe('working days left and urgency', () => {
  it.each([
    // today, due, LV working days left: Fri 13 Mar 2026 → Fri 20 Mar = 16,17,18,19,20
    ['2026-03-13', '2026-03-20', 5],
    ['2026-03-20', '2026-03-20', 0],
    ['2026-03-19', '2026-03-20', 1],
    // Over Easter: Thu 2 Apr → Wed 8 Apr: Fri 3, Mon 6 holidays; Tue 7, Wed 8
    ['2026-04-02', '2026-04-08', 2],
    // Sat → Mon: only Monday counts
    ['2026-03-14', '2026-03-16', 1],
  ] as const)('from %s to %s: %i', (today, due, left) => {
    expect(workingDaysLeft(today, due, 'LV')).toBe(left);
  });

  it('refuses a passed due date (that is "overdue", not a count)', () => {
    expect(() => workingDaysLeft('2026-03-21', '2026-03-20', 'LV')).toThrow(RangeError);
  });

  it('groups by urgency: overdue, due within 5 working days, later', () => {
    expect(requestUrgency('2026-03-23', '2026-03-20', 'LV')).toEqual({
      kind: 'overdue',
      daysOverdue: 3,
    });
    expect(requestUrgency('2026-03-21', '2026-03-20', 'LV')).toEqual({
      kind: 'overdue',
      daysOverdue: 1,
    });
    expect(requestUrgency('2026-03-20', '2026-03-20', 'LV')).toEqual({
      kind: 'soon',
      workingDaysLeft: 0,
    });
    expect(requestUrgency('2026-03-13', '2026-03-20', 'LV')).toEqual({
      kind: 'soon',
      workingDaysLeft: 5,
    });
    expect(requestUrgency('2026-03-12', '2026-03-20', 'LV')).toEqual({
      kind: 'later',
      workingDaysLeft: 6,
    });
    // Thu 2 Apr → Mon 13 Apr 2026: Easter Monday is a holiday in both countries, Good Friday
    // only in Latvia, so 5 working days are left in Latvia (soon) and 6 in Lithuania (later).
    expect(requestUrgency('2026-04-02', '2026-04-13', 'LV')).toEqual({
      kind: 'soon',
      workingDaysLeft: 5,
    });
    expect(requestUrgency('2026-04-02', '2026-04-13', 'LT')).toEqual({
      kind: 'later',
      workingDaysLeft: 6,
    });
  });
});
