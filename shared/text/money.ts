// Euro amounts as people in Latvia and Lithuania type and read them: '120,50' or '120.50', a
// space or a no-break space between thousands, an optional '€' or 'EUR'. Stored as whole cents
// (an integer), so sums never drift by a fraction of a cent.

const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/u;

/**
 * Parses a typed euro amount into cents: '120,50' → 12050, '1 200' → 120000, '0,5' → 50.
 * Returns null for anything else (a negative amount, three decimals, letters, empty text).
 */
export const parseEuroCents = (input: string): number | null => {
  const s = input
    .replace(/€|eur/giu, '')
    .replace(/[\s\u00a0\u202f]/gu, '')
    .trim();
  const match = AMOUNT.exec(s);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  return euros * 100 + cents;
};

/**
 * Cents as the amount a person reads and types back: '120,50' (a decimal comma, as in lv and lt;
 * no thousands separator, so the text parses again with parseEuroCents).
 */
export const formatEuroCents = (cents: number): string =>
  `${String(Math.trunc(cents / 100))},${String(cents % 100).padStart(2, '0')}`;
