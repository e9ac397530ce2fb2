// Edges of the deadline engine that mutation testing showed unpinned (docs/benchmarks.md,
// "Mutation testing"): the extension's range (GDPR Art. 12(3): 0, 1 or 2 whole months), the
// holiday table's last year, which corrections apply to which country, and the error texts that
// tell a developer which input was refused.
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_CORRECTIONS,
  HOLIDAY_TABLE_LAST_YEAR,
  addWorkingDays,
  isPublicHoliday,
  requestDueDate,
  workingDaysLeft,
  type RequestDueDateInput,
} from '@shared/index';

const withExtension = (extensionMonths: number): RequestDueDateInput =>
  ({
    received: '2026-03-09',
    country: 'LV',
    rule: 'one-month',
    extensionMonths,
  }) as unknown as RequestDueDateInput;

describe('requestDueDate: an extension is 0, 1 or 2 whole months (GDPR Art. 12(3))', () => {
  it.each([[-1], [-2], [0.5], [1.5], [Number.NaN], [3]])('refuses %s months', (months) => {
    expect(() => requestDueDate(withExtension(months))).toThrow(
      new RangeError(`an extension of ${months} months is not allowed for one-month`),
    );
  });
  it('accepts 0, 1 and 2 months, each ending later than the one before', () => {
    const [none, one, two] = [0, 1, 2].map((m) => requestDueDate(withExtension(m)));
    expect([none, one, two]).toEqual(['2026-04-09', '2026-05-08', '2026-06-09']);
  });
});

describe('public holidays: the table ends with its last year, not before it', () => {
  it(`knows ${HOLIDAY_TABLE_LAST_YEAR} (Christmas is a holiday, 31 December a working day or not)`, () => {
    expect(isPublicHoliday(`${HOLIDAY_TABLE_LAST_YEAR}-12-25`, 'LV')).toBe(true);
    expect(isPublicHoliday(`${HOLIDAY_TABLE_LAST_YEAR}-12-25`, 'LT')).toBe(true);
    expect(isPublicHoliday(`${HOLIDAY_TABLE_LAST_YEAR}-03-10`, 'LV')).toBe(false);
  });
  it('says which year and which input it refused', () => {
    expect(() => isPublicHoliday('2100-01-01', 'LV')).toThrow(
      new RangeError('no public holidays known for 2100'),
    );
    expect(() => isPublicHoliday('2017-12-31', 'LT')).toThrow(
      new RangeError('no public holidays known for 2017'),
    );
    expect(() => isPublicHoliday('2026-02-30', 'LV')).toThrow(new RangeError('invalid ISO date'));
    expect(() => addWorkingDays('2026-03-09', 0, 'LV')).toThrow(
      new RangeError('count must be a whole number ≥ 1'),
    );
    expect(() => workingDaysLeft('2026-03-21', '2026-03-20', 'LV')).toThrow(
      new RangeError('the due date has passed'),
    );
  });
});

describe('addWorkingDays: count 1 is the next working day', () => {
  it('Friday 13 March 2026 + 1 working day is Monday 16 March', () => {
    expect(addWorkingDays('2026-03-13', 1, 'LV')).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-09', 1, 'LT')).toBe('2026-03-10');
  });
});

describe('holiday corrections apply to their own country only', () => {
  it('a Latvian correction (Song and Dance Celebration, papal visit) is no Lithuanian holiday', () => {
    const latvian = HOLIDAY_CORRECTIONS.filter((c) => c.country === 'LV');
    expect(latvian.length).toBeGreaterThan(0);
    for (const c of latvian) {
      expect(isPublicHoliday(c.date, 'LV'), c.date).toBe(true);
      expect(isPublicHoliday(c.date, 'LT'), c.date).toBe(false);
    }
  });
});
