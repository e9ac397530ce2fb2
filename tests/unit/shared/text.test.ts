import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareLv,
  foldForSearch,
  formatDate,
  isValidIsoDate,
  makeCollator,
  makeLvCollator,
  matchesSearch,
  parseDateInput,
  todayIso,
  unifyPunctuation,
} from '@shared/text';

describe('foldForSearch', () => {
  it.each([
    ['Ūdriņa', 'udrina'],
    ['Šķēle', 'skele'],
    ['ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž', 'acegiklnsuz acegiklnsuz'],
    ['ĄČĘĖĮŠŲŪŽ ąčęėįšųūž', 'aceeisuuz aceeisuuz'],
    ['Straße', 'strasse'],
    ['Łukasz Øster', 'lukasz oster'],
    ['  Anna   Marija\tBērziņa ', 'anna marija berzina'],
    ['JĀNIS', 'janis'],
  ])('%j -> %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('folds composed and decomposed forms alike', () => {
    expect(foldForSearch('Ņ')).toBe(foldForSearch('N\u0327'));
  });

  it('matches every query word anywhere, ignoring case and diacritics', () => {
    expect(matchesSearch('Ūdriņa Anna', 'anna udri')).toBe(true);
    expect(matchesSearch('Ūdriņa Anna', 'ŪDRIŅ')).toBe(true);
    expect(matchesSearch('Ūdriņa Anna', 'anna ozola')).toBe(false);
    expect(matchesSearch('Jonas Žukauskas', 'zuk')).toBe(true);
  });
});

describe('Latvian and Lithuanian collation', () => {
  it('sorts č after c, ģ after g, š after s', () => {
    const names = ['Zariņš', 'Šmits', 'Sproģis', 'Čakste', 'Celms', 'Ģirts', 'Gatis', 'Hugo'];
    expect([...names].sort(compareLv)).toEqual([
      'Celms',
      'Čakste',
      'Gatis',
      'Ģirts',
      'Hugo',
      'Sproģis',
      'Šmits',
      'Zariņš',
    ]);
    expect([...names].sort(makeLvCollator().compare)).toEqual([...names].sort(compareLv));
  });
  it('sorts numbers naturally', () => {
    expect(['Grupa 10', 'Grupa 2'].sort(compareLv)).toEqual(['Grupa 2', 'Grupa 10']);
  });
  it('puts Lithuanian y between i and j', () => {
    expect(['Jonas', 'Ylona', 'Ieva'].sort(makeCollator('lt').compare)).toEqual([
      'Ieva',
      'Ylona',
      'Jonas',
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-24', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2019-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['24.11.2026', false],
    ['', false],
    ['0099-01-01', true],
  ])('isValidIsoDate(%j) is %s', (s, ok) => {
    expect(isValidIsoDate(s)).toBe(ok);
  });

  it.each([
    ['24.11.2026', '2026-11-24'],
    ['4.1.2026', '2026-01-04'],
    ['04.01.2026.', '2026-01-04'],
    [' 24. 11. 2026 ', '2026-11-24'],
    ['24/11/2026', '2026-11-24'],
    ['2026-11-24', '2026-11-24'],
    ['2026.11.24', '2026-11-24'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2023', null],
    ['31.04.2026', null],
    ['24.11.26', null],
    ['11/24/2026', null],
    ['yesterday', null],
    ['', null],
    ['2026-11-24T00:00', null],
  ])('parseDateInput(%j) -> %j', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });

  it('formats per locale', () => {
    expect(formatDate('2026-01-04', 'lv')).toBe('04.01.2026');
    expect(formatDate('2026-01-04', 'lt')).toBe('2026-01-04');
    expect(formatDate('2026-01-04', 'en')).toBe('04/01/2026');
    expect(() => formatDate('2026-02-30', 'lv')).toThrow(RangeError);
  });

  it('round-trips format and parse for lv and en', () => {
    for (const iso of ['1999-12-31', '2000-02-29', '2026-07-01']) {
      expect(parseDateInput(formatDate(iso, 'lv'))).toBe(iso);
      expect(parseDateInput(formatDate(iso, 'en'))).toBe(iso);
      expect(parseDateInput(formatDate(iso, 'lt'))).toBe(iso);
    }
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-29', 30)).toBe('2026-04-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
    expect(() => addDays('bad', 1)).toThrow(RangeError);
  });

  it('takes today from the local wall clock', () => {
    expect(todayIso(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('foldForSearch: apostrophes and dashes', () => {
  const APOSTROPHE_FORMS = ["'", '’', '‘', 'ʼ', '′', '`', '´', 'ʻ', '‛', '＇'];
  const DASH_FORMS = ['-', '‐', '‑', '–', '—', '−', '－', '\u00ad'];

  it.each(APOSTROPHE_FORMS)("O%sKonore is found by o'konore and finds it back", (mark) => {
    const name = `O${mark}Konore`;
    expect(matchesSearch(name, "o'konore")).toBe(true);
    expect(matchesSearch("O'Konore", `o${mark}konore`)).toBe(true);
    expect(foldForSearch(name)).toBe("o'konore");
  });

  it.each(DASH_FORMS)('Bērziņa%sKalniņa folds to one hyphen, both ways', (dash) => {
    expect(foldForSearch(`Bērziņa${dash}Kalniņa`)).toBe('berzina-kalnina');
    expect(matchesSearch('Bērziņa-Kalniņa', `berzina${dash}kal`)).toBe(true);
    expect(matchesSearch(`Bērziņa${dash}Kalniņa`, 'berzina-kal')).toBe(true);
  });

  it('keeps an apostrophe distinct from no apostrophe', () => {
    expect(foldForSearch('O’Konore')).not.toBe(foldForSearch('OKonore'));
  });

  it('unifyPunctuation keeps letters and case, NFC', () => {
    expect(unifyPunctuation('D’Angelo\u2013Ņ')).toBe("D'Angelo-\u0145");
    expect(unifyPunctuation('N\u0327')).toBe('Ņ');
  });
});
