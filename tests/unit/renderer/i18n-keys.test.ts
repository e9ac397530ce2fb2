// Every message key the code can produce must exist in Latvian, Lithuanian and English, and the
// three languages must carry the same keys: a missing key would show a raw "errors.x" to a user.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const LANGUAGES = ['lv', 'lt', 'en'] as const;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const flatten = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) =>
        flatten(inner, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix];

const localeFiles = walk(join(root, 'renderer', 'src')).filter((f) =>
  /locales[/\\](lv|lt|en)\.json$/.test(f),
);

// Plural forms differ by language (Latvian has zero/one/other, Lithuanian one/few/many/other):
// compare the base key.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

const keysOf = (language: string): Set<string> => {
  const keys = new Set<string>();
  for (const file of localeFiles.filter((f) => f.endsWith(`${language}.json`))) {
    for (const key of flatten(JSON.parse(readFileSync(file, 'utf8'))))
      keys.add(key.replace(PLURAL_SUFFIX, ''));
  }
  return keys;
};

const sourceFiles = [...walk(join(root, 'shared')), ...walk(join(root, 'renderer', 'src'))].filter(
  (f) => /\.tsx?$/.test(f),
);
const MESSAGE_KEY =
  /['"`]((?:errors|validation|password\.rules)\.[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9])['"`]/g;

const usedKeys = (): Map<string, string> => {
  const used = new Map<string, string>();
  for (const file of sourceFiles) {
    for (const match of readFileSync(file, 'utf8').matchAll(MESSAGE_KEY)) {
      if (match[1]) used.set(match[1], relative(root, file));
    }
  }
  return used;
};

describe('translations', () => {
  it('give the three languages the same keys', () => {
    const lv = keysOf('lv');
    for (const language of ['lt', 'en'] as const) {
      const other = keysOf(language);
      expect(
        [...lv].filter((k) => !other.has(k)),
        `missing in ${language}`,
      ).toEqual([]);
      expect(
        [...other].filter((k) => !lv.has(k)),
        `only in ${language}`,
      ).toEqual([]);
    }
  });

  it('cover every error and validation key the code can produce', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(10);
    for (const language of LANGUAGES) {
      const keys = keysOf(language);
      const missing = [...used]
        .filter(([key]) => !keys.has(key))
        .map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });
});
