// The app's own translations for tests: every locales/<lang>.json under renderer/src merged, as
// the i18n setup merges them, and a t() that resolves a dotted key (no interpolation needed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../renderer/src', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

type Tree = { [key: string]: Tree | string };
const merge = (into: Tree, from: Tree): Tree => {
  for (const [k, v] of Object.entries(from)) {
    const current = into[k];
    into[k] = typeof v === 'object' && typeof current === 'object' ? merge(current, v) : v;
  }
  return into;
};

export const translator = (
  language: 'lv' | 'lt' | 'en',
): ((key: string, context?: string) => string) => {
  const tree = walk(root)
    .filter((f) => f.endsWith(join('locales', `${language}.json`)))
    .reduce<Tree>((acc, f) => merge(acc, JSON.parse(readFileSync(f, 'utf8')) as Tree), {});
  const lookup = (key: string): string | undefined => {
    let node: Tree | string | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  // As i18next: with a context, the key's `_<context>` variant where there is one.
  return (key, context) => {
    const text = (context ? lookup(`${key}_${context}`) : undefined) ?? lookup(key);
    if (text === undefined) throw new Error(`no ${language} text for ${key}`);
    return text;
  };
};
