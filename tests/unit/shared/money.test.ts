// Euro amounts as typed in Latvia and Lithuania, stored in cents (shared/text/money.ts).
import { describe, expect, it } from 'vitest';
import { formatEuroCents, parseEuroCents } from '@shared/text/money';

describe('parseEuroCents', () => {
  it.each([
    ['120,50', 12050],
    ['120.50', 12050],
    ['120', 12000],
    ['0,5', 50],
    ['1 200,05', 120005],
    ['1\u00a0200', 120000],
    ['145,20 €', 14520],
    ['99 EUR', 9900],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseEuroCents(input)).toBe(cents);
  });

  it.each(['', '12,345', '-5', 'abc', '1,2,3', '€'])('refuses %j', (input) => {
    expect(parseEuroCents(input)).toBeNull();
  });
});

describe('formatEuroCents', () => {
  it('writes a decimal comma and two decimals, and reads back to the same cents', () => {
    for (const cents of [0, 5, 50, 12050, 100_000_000]) {
      const text = formatEuroCents(cents);
      expect(text).toMatch(/^\d+,\d{2}$/);
      expect(parseEuroCents(text)).toBe(cents);
    }
    expect(formatEuroCents(14520)).toBe('145,20');
  });
});
