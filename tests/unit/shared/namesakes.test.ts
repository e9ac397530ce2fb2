// Issue 14, defect 11: who shares a full name, and the words put beside a namesake's name.
import { describe, expect, it } from 'vitest';
import { bornOn, namesakeIds, nameKey } from '@shared/text/namesakes';

const person = (id: string, givenNames: string, familyName: string) => ({
  id,
  givenNames,
  familyName,
});

describe('namesakeIds', () => {
  it('finds people sharing a full name, whatever the case, diacritics and spacing', () => {
    const ids = namesakeIds([
      person('a', 'Anna', 'Bērziņa'),
      person('b', 'anna ', 'BERZINA'),
      person('c', 'Anna', 'Bērziņa-Ozola'),
      person('d', 'Marta', 'Bērziņa'),
      person('e', 'Marta', 'Bērziņa'),
      person('f', 'Elza', 'Ķēniņa'),
    ]);
    expect([...ids].sort()).toEqual(['a', 'b', 'd', 'e']);
  });

  it('finds none in a list of different names, or of one person', () => {
    expect(namesakeIds([person('a', 'Anna', 'Bērziņa')]).size).toBe(0);
    expect(namesakeIds([]).size).toBe(0);
    expect(nameKey(person('x', 'Ūna  Marta', 'Ūzuliņa'))).toBe('una marta uzulina');
  });
});

describe('bornOn', () => {
  it('writes the birth date as each language does', () => {
    expect(bornOn('2021-05-03', 'lv')).toBe('dz. 03.05.2021');
    expect(bornOn('2021-05-03', 'lt')).toBe('gim. 2021-05-03');
    expect(bornOn('2021-05-03', 'en')).toBe('born 03/05/2021');
  });
});
