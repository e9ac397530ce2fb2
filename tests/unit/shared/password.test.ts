import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH, passwordStrengthHint } from '@shared/password';
import { COMMON_PASSWORDS_TEXT } from '@shared/password/common-passwords';

describe('checkPassword', () => {
  it.each([
    ['Zilais-Kalns-7', 'anna', []],
    ['correct horse battery staple', 'anna', []],
    ['mūsu dārzā aug ozols', 'anna', []],
    ['short1!', 'anna', ['tooShort']],
    ['123456789', 'anna', ['tooShort', 'common', 'repetitive']],
    ['password1234', 'anna', ['common']],
    ['Parole123!', 'anna', ['common']],
    ['PAROLE2025', 'anna', ['common']],
    ['slaptazodis', 'anna', ['common']],
    ['Slaptažodis123', 'anna', ['common']],
    ['Mīlestība2024', 'anna', ['common']],
    ['!!Qwerty2024!!', 'anna', ['common']],
    ['iloveyou', 'anna', ['tooShort', 'common']],
    ['1234567890', 'anna', ['common', 'repetitive']],
    ['aaaaaaaaaaaa', 'anna', ['repetitive']],
    ['4567890123', 'anna', ['repetitive']],
    ['zyxwvutsrq', 'anna', ['repetitive']],
    ['ababab1212ab', 'anna', ['repetitive']],
    ['anna.berzina.2026', 'anna.berzina', ['sameAsUsername']],
    ['ANNA.BERZINA', 'anna.berzina', ['sameAsUsername']],
    ['Anna.Bērziņa', 'anna.berzina', ['sameAsUsername']],
  ] as const)('%j (user %j) fails %j', (password, username, expected) => {
    expect(checkPassword(password, { username })).toEqual(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(checkPassword('ūdens🌊ķēde', {})).toEqual([]);
    expect(checkPassword('ūdens🌊ķē', {})).toEqual(['tooShort']);
  });

  it('ignores a username too short to mean anything', () => {
    expect(checkPassword('Zilais-Kalns-7', { username: 'z' })).toEqual([]);
  });

  it('does not flag a long phrase merely because it contains a common word', () => {
    expect(checkPassword('my dragon likes green tea', {})).toEqual([]);
  });
});

describe('the bundled common-password list', () => {
  const entries = COMMON_PASSWORDS_TEXT.split('\n');

  it('holds thousands of lower-case, folded entries including the classics and local ones', () => {
    expect(entries.length).toBeGreaterThan(1000);
    expect(entries.length).toBeLessThanOrEqual(10_000);
    for (const p of [
      '123456',
      'password',
      'qwerty',
      'iloveyou',
      'parole',
      'parole123',
      'slaptazodis',
      'latvija2025',
    ]) {
      expect(entries).toContain(p);
    }
    for (const e of entries)
      expect(e).toBe(e.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });

  it('is the same list as resources/passwords/common.txt', () => {
    const txt = readFileSync(
      new URL('../../../resources/passwords/common.txt', import.meta.url),
      'utf8',
    );
    expect(txt.trimEnd().split('\n')).toEqual(entries);
  });

  it('rejects every entry that is long enough as common', () => {
    for (const e of entries) {
      if (Array.from(e).length >= PASSWORD_MIN_LENGTH)
        expect(checkPassword(e, {})).toContain('common');
    }
  });
});

describe('passwordStrengthHint', () => {
  it('gives the first failed rule as the hint with score 0', () => {
    expect(passwordStrengthHint('parole', {})).toEqual({
      score: 0,
      hintKey: 'password.hint.tooShort',
    });
    expect(passwordStrengthHint('parole2024!', {})).toEqual({
      score: 0,
      hintKey: 'password.hint.common',
    });
  });
  it('grows with length and variety', () => {
    const scores = [
      'zilaiskalns',
      'Zilaiskalns7',
      'Zilais-Kalns-7',
      'zilais kalns pie ezera rudenī',
    ].map((p) => passwordStrengthHint(p, {}).score);
    expect(scores).toEqual([1, 2, 3, 4]);
    expect(passwordStrengthHint('Zilais-Kalns-7', {}).hintKey).toBe('password.hint.good');
  });
});
