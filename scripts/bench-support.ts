// What a Chromium benchmark script needs: its entry bundled with the app's aliases, served on
// 127.0.0.1 (IndexedDB needs a real origin), and a persistent profile on disk (an incognito
// context keeps IndexedDB in memory, which would flatter every read).
import { chromium, type BrowserContext } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BENCH_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Bundles `entry` (a path in the repo) into `outDir/dist`; returns that folder. `minify: false`
 * keeps function names for a profiler.
 */
export const bundleBench = async (
  outDir: string,
  entry: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<string> => {
  const html = join(outDir, 'index.html');
  writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="${join(REPO_ROOT, entry)}"></script>`,
  );
  const dist = join(outDir, 'dist');
  await build({
    root: outDir,
    logLevel: 'warn',
    configFile: false,
    resolve: {
      alias: {
        '@shared': join(REPO_ROOT, 'shared'),
        '@renderer': join(REPO_ROOT, 'renderer/src'),
      },
    },
    // Module workers (the backup worker), as in the app's build (renderer/vite.config.ts).
    worker: { format: 'es' },
    build: { outDir: dist, target: 'chrome130', minify, rollupOptions: { input: html } },
  });
  return dist;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
};

/** A static server for a built folder on 127.0.0.1, on a free port. */
export const serveBench = (dir: string): Promise<{ url: string; server: Server }> => {
  const server = createServer((req, res) => {
    const path = normalize(
      join(dir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html')),
    );
    try {
      if (!path.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(path);
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${String(port)}/`, server });
    });
  });
};

/** Debian's Chromium with a persistent profile in `profileDir`. */
export const openBenchContext = async (
  profileDir: string,
): Promise<{ context: BrowserContext; version: string }> => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BENCH_CHROMIUM_ARGS,
  });
  return { context, version: context.browser()?.version() ?? 'unknown' };
};

/**
 * A profiler script's page (scripts/profile-*.ts): the backup bench entry bundled unminified
 * (function names kept), served, opened in Chromium with gc() exposed, and seeded with
 * `children` demo children (and one issued form each when `forms`). `jsFlags`: more V8 flags
 * (e.g. --trace-gc). Close `context` and `server` when done.
 */
export const openSeededProfilePage = async (
  tmp: string,
  children: number,
  forms: boolean,
  jsFlags = '',
) => {
  const dist = await bundleBench(tmp, 'scripts/bench-backup/entry.ts', { minify: false });
  const { url, server } = await serveBench(dist);
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...BENCH_CHROMIUM_ARGS, `--js-flags=--expose-gc ${jsFlags}`.trim()],
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'bench-ready');
  type Seed = { benchSeed: (c: number, f: boolean) => Promise<void> };
  await page.evaluate(([c, f]) => (window as unknown as Seed).benchSeed(c, f), [
    children,
    forms,
  ] as const);
  return { context, page, server };
};
