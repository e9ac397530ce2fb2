// Chromium keeps the text of every <textarea> without autocomplete="off" in its session-restore
// files (Default/Sessions/*), in plaintext: the requests e2e at-rest probe found a typed
// description there. Fluent UI's Textarea does NOT pass an autoComplete prop to the <textarea>
// (it is not in its list of textarea attributes); only the `textarea` slot does.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Textarea } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe('textareas keep nothing in the browser profile', () => {
  it('the textarea slot puts autocomplete="off" on the <textarea> (a prop on Textarea does not)', () => {
    const viaSlot = renderToStaticMarkup(
      createElement(Textarea, { textarea: { autoComplete: 'off' } }),
    );
    expect(viaSlot).toMatch(/<textarea[^>]*autocomplete="off"/i);
    const viaProp = renderToStaticMarkup(createElement(Textarea, { autoComplete: 'off' }));
    expect(viaProp).not.toMatch(/<textarea[^>]*autocomplete="off"/i);
  });

  it('every <Textarea> in the renderer sets it through the slot', () => {
    const offenders: string[] = [];
    for (const file of walk(join(root, 'renderer', 'src')).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/<Textarea\b[^>]*?\/?>/gs)) {
        if (!match[0].includes("textarea={{ autoComplete: 'off' }}")) {
          offenders.push(`${relative(root, file)}: ${match[0].split('\n')[0] ?? ''}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
