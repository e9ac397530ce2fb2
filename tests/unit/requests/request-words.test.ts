// The request register's words as a user reads them, through the real i18next and locale files:
// days left with the plural forms of each language, and every error key the request services can
// produce translated in lv, lt and en.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@renderer/i18n';
import { appI18n } from '../renderer/support/i18n-details';

let i18n: i18n;
beforeAll(async () => {
  i18n = await appI18n();
});

const say = (key: string, lng: string, count: number): string => i18n.t(key, { lng, count });

describe('days left in words', () => {
  it.each([
    ['lv', 1, 'atlikusi 1 darba diena'],
    ['lv', 3, 'atlikušas 3 darba dienas'],
    ['lv', 10, 'atlikušas 10 darba dienas'],
    ['lv', 11, 'atlikušas 11 darba dienas'],
    ['lv', 21, 'atlikusi 21 darba diena'],
    ['lt', 1, 'liko 1 darbo diena'],
    ['lt', 3, 'liko 3 darbo dienos'],
    ['lt', 10, 'liko 10 darbo dienų'],
    ['lt', 21, 'liko 21 darbo diena'],
    ['lt', 22, 'liko 22 darbo dienos'],
    ['en', 1, '1 working day left'],
    ['en', 3, '3 working days left'],
  ])('%s %i: %s', (lng, count, expected) => {
    expect(say('requests.daysLeft', lng, count)).toBe(expected);
  });

  it.each([
    ['lv', 1, 'termiņš nokavēts par 1 dienu'],
    ['lv', 8, 'termiņš nokavēts par 8 dienām'],
    ['lv', 11, 'termiņš nokavēts par 11 dienām'],
    ['lt', 1, 'terminas praleistas prieš 1 dieną'],
    ['lt', 8, 'terminas praleistas prieš 8 dienas'],
    ['lt', 11, 'terminas praleistas prieš 11 dienų'],
    ['en', 8, 'overdue by 8 days'],
  ])('overdue %s %i: %s', (lng, count, expected) => {
    expect(say('requests.overdue', lng, count)).toBe(expected);
  });
});

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe('request error messages', () => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const used = new Set(
    [
      ...walk(join(root, 'renderer', 'src', 'services', 'requests')),
      ...walk(join(root, 'renderer', 'src', 'data', 'requests')),
    ].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(requests\.errors\.[A-Za-z]+)'/g)].map(
        (m) => m[1] ?? '',
      ),
    ),
  );

  it('finds the keys the services throw', () => {
    expect(used.size).toBeGreaterThan(15);
  });

  it.each([...LANGUAGES])('are all translated in %s', (lng) => {
    const missing = [...used].filter((key) => !i18n.exists(key, { lng, fallbackLng: false }));
    expect(missing).toEqual([]);
  });
});
