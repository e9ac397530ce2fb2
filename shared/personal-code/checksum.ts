// Check digits of Latvian and Lithuanian personal codes. Input: the code's digits as numbers.

const LV_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const LT_WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1] as const;
const LT_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3] as const;

const weightedSum = (digits: readonly number[], weights: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);

/**
 * Latvian check digit over the first ten digits: (1101 - Σ dᵢwᵢ) mod 11. Returns null when the
 * remainder is 10: the published formula has no digit for it (parse.ts accepts 0 there, with a
 * warning; see docs/records.md).
 */
export const lvCheckDigit = (digits: readonly number[]): number | null => {
  const z = (((1101 - weightedSum(digits, LV_WEIGHTS)) % 11) + 11) % 11;
  return z === 10 ? null : z;
};

/** Lithuanian check digit: weights 1..9,1; on remainder 10 weights 3..9,1,2,3; on 10 again, 0. */
export const ltCheckDigit = (digits: readonly number[]): number => {
  const first = weightedSum(digits, LT_WEIGHTS_1) % 11;
  if (first !== 10) return first;
  const second = weightedSum(digits, LT_WEIGHTS_2) % 11;
  return second === 10 ? 0 : second;
};

export const toDigits = (s: string): number[] => Array.from(s, Number);
