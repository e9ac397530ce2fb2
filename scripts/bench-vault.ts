// Vault benchmark in real Chromium: unlock (Argon2id with the app's DEFAULT_KDF + key unwrap), and
// reading + decrypting N sealed rows versus reading the same N rows unencrypted from Dexie.
// Run: npx tsx scripts/bench-vault.ts [--reps=7] [--in-memory] [sizes...]
//   -> prints the table, writes docs/benchmarks-vault.md. A script with a report, never a test.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BenchApi } from './bench-vault/entry';
import {
  MODES,
  renderFindings,
  renderReport,
  renderTable,
  type Facts,
  type SizeResult,
} from './bench-vault/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000];
const REPS = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 7);
// Default: a real on-disk profile. Playwright's browser.newContext() is incognito, where
// Chromium keeps IndexedDB in memory, which would flatter both reads.
const IN_MEMORY = args.includes('--in-memory');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const bundle = async (outDir: string): Promise<string> => {
  const html = join(outDir, 'index.html');
  writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="${join(root, 'scripts/bench-vault/entry.ts')}"></script>`,
  );
  const dist = join(outDir, 'dist');
  await build({
    root: outDir,
    logLevel: 'warn',
    configFile: false,
    resolve: {
      alias: { '@shared': join(root, 'shared'), '@renderer': join(root, 'renderer/src') },
    },
    build: { outDir: dist, target: 'chrome130', minify: true, rollupOptions: { input: html } },
  });
  return dist;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
};

/** A static server for the built page on 127.0.0.1 (IndexedDB needs a real origin, not about:blank). */
const serve = (dir: string): Promise<{ url: string; server: Server }> => {
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

const openContext = async (
  profile: string,
): Promise<{ context: BrowserContext; version: string; close: () => Promise<void> }> => {
  const options = { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS };
  if (IN_MEMORY) {
    const browser = await chromium.launch(options);
    return {
      context: await browser.newContext(),
      version: browser.version(),
      close: () => browser.close(),
    };
  }
  const context = await chromium.launchPersistentContext(profile, options);
  return {
    context,
    version: context.browser()?.version() ?? 'unknown',
    close: () => context.close(),
  };
};

type Call = <K extends keyof BenchApi>(
  name: K,
  ...a: Parameters<BenchApi[K]>
) => Promise<Awaited<ReturnType<BenchApi[K]>>>;
const caller =
  (page: Page): Call =>
  (name, ...a) =>
    page.evaluate(
      ([fn, params]) => {
        const api = (window as unknown as { bench: Record<string, (...p: unknown[]) => unknown> })
          .bench;
        return api[fn]?.(...params);
      },
      [name, a] as const,
    ) as never;

const pause = (msDelay: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, msDelay));

const measureSize = async (call: Call, n: number): Promise<SizeResult> => {
  const setup = await call('setup', n);
  // Let IndexedDB finish flushing the bulk writes, then warm each path (JIT, caches) once.
  await pause(2_000);
  await call('plainRead', n);
  await call('sealedRead', n, 'parallel');
  const result: SizeResult = {
    n,
    setup,
    plain: [],
    raw: [],
    sequential: [],
    parallel: [],
    parallelAll: [],
  };
  const modes = MODES;
  for (let rep = 0; rep < REPS; rep += 1) {
    // Each sealed read next to its own plain read: the pair shares the machine's load at
    // that moment (other jobs run here), and the overhead is taken per pair.
    for (const mode of modes) {
      // Alternate which of the pair goes first, so neither always meets the warmer cache.
      const plainFirst = rep % 2 === 0;
      const plain = plainFirst ? await call('plainRead', n) : undefined;
      result[mode].push(await call('sealedRead', n, mode));
      result.plain.push(plain ?? (await call('plainRead', n)));
    }
    result.raw.push(await call('rawRead', n));
    process.stdout.write('.');
  }
  process.stdout.write(` N=${String(n)} done\n`);
  return result;
};

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-vault-'));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const { url, server } = await serve(await bundle(tmp));
    const { context, version, close } = await openContext(join(tmp, 'profile'));
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      console.error('page error:', e.message);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'bench-ready');
    const call = caller(page);
    const kdf = await call('kdfLabel');
    const kdfRuns: number[] = [];
    const unlockRuns: number[] = [];
    const results: SizeResult[] = [];
    for (const n of SIZES) {
      results.push(await measureSize(call, n));
      // Unlock does not read the records, so N does not matter: measured once, on the first vault.
      if (n !== SIZES[0]) continue;
      for (let rep = 0; rep < REPS; rep += 1) {
        kdfRuns.push(await call('kdf'));
        unlockRuns.push(await call('unlock', n));
      }
    }
    await close();
    server.close();
    const facts: Facts = {
      date: new Date().toISOString().slice(0, 10),
      chromium: version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      loadBefore,
      loadAfter: loadavg()[0] ?? 0,
      storage: IN_MEMORY ? 'in memory (incognito context)' : 'on disk (persistent profile)',
      reps: REPS,
      kdfLabel: kdf,
    };
    const table = renderTable(results, { kdf: kdfRuns, unlock: unlockRuns }, facts);
    const findings = renderFindings(results);
    console.log(`\n${table}\n\n${findings}`);
    console.log(JSON.stringify({ kdfRuns, unlockRuns, results }));
    if (!IN_MEMORY)
      writeFileSync(join(root, 'docs/benchmarks-vault.md'), renderReport(table, facts, findings));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
