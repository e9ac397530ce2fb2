// The raw-database read of a role, in the app's own page (see ./raw-read.browser.ts): bundled with
// Vite once per run and evaluated over the DevTools protocol, so the app's Content-Security-Policy
// stays as it ships (no inline script is added to the page).
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import type { RawReadResult } from './raw-read.browser';

export type { RawReadResult };

let bundle: Promise<string> | undefined;

const bundleProbe = async (): Promise<string> => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: { '@shared': `${root}shared`, '@renderer': `${root}renderer/src` },
    },
    build: {
      write: false,
      minify: false,
      target: 'chrome130',
      lib: {
        entry: fileURLToPath(new URL('./raw-read.browser.ts', import.meta.url)),
        formats: ['iife'],
        name: 'rawReadProbe',
      },
    },
  });
  if (!Array.isArray(result) && !('output' in result))
    throw new Error('raw-read probe: a watcher instead of a bundle');
  const chunk = (Array.isArray(result) ? result : [result])
    .flatMap((o) => o.output)
    .find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('raw-read probe did not bundle');
  return chunk.code;
};

/**
 * What `username`'s keys open of every subject row in the page's register, read straight from
 * IndexedDB and the keybook: { [rowId]: { sealed: categories stored, opened: categories opened } }.
 */
export const rawReadAs = async (
  page: Page,
  username: string,
  password: string,
): Promise<RawReadResult> => {
  bundle ??= bundleProbe();
  await page.evaluate(await bundle);
  return page.evaluate(
    ([u, p]) =>
      (
        globalThis as unknown as {
          rawRead: (u: string, p: string) => Promise<RawReadResult>;
        }
      ).rawRead(u, p),
    [username, password] as const,
  );
};
