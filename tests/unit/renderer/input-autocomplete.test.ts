// Issue 14, defect 14: every text input keeps nothing in Chromium's form history, whatever the
// browser's settings. The e2e walk (tests/e2e/everyday.spec.ts) checks what is on screen; this
// check also covers inputs that only show in some states (a filter, a second step).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const TEXT_CONTROLS = /<(Input|SearchBox|Combobox|SpinButton|input)\b/g;

/** The opening tag from `start`: up to the first '>' outside braces (props hold arrows). */
const openingTag = (source: string, start: number): string => {
  let depth = 0;
  for (let i = start; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (ch === '>' && depth === 0) return source.slice(start, i + 1);
  }
  return source.slice(start);
};
const NOT_TYPED_INTO = /type="(file|checkbox|radio|hidden)"/;

describe('text inputs keep nothing in the browser profile', () => {
  it('every Input, SearchBox, Combobox and <input> in the renderer sets autoComplete', () => {
    const offenders: string[] = [];
    for (const file of walk(join(root, 'renderer', 'src')).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(TEXT_CONTROLS)) {
        const tag = openingTag(source, match.index);
        if (NOT_TYPED_INTO.test(tag)) continue;
        if (!/autoComplete="(off|new-password|current-password)"/.test(tag)) {
          offenders.push(`${relative(root, file)}: ${tag.split('\n')[0] ?? ''}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
