// Vault benchmark in real Chromium: unlock (Argon2id with the app's DEFAULT_KDF + key unwrap), and
// reading + decrypting N sealed rows versus reading the same N rows unencrypted from Dexie.
// Run: npx tsx scripts/bench-vault.ts [--reps=7] [--in-memory] [sizes...]
//   -> prints the table, writes docs/benchmarks-vault.md. A script with a report, never a test.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_CHROMIUM_ARGS, REPO_ROOT, bundleBench, serveBench } from './bench-support';
import type { BenchApi } from './bench-vault/entry';
import {
  MODES,
  renderFindings,
  renderReport,
  renderTable,
  type Facts,
  type SizeResult,
} from './bench-vault/report';

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000];
const REPS = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 7);
// Default: a real on-disk profile. Playwright's browser.newContext() is incognito, where
// Chromium keeps IndexedDB in memory, which would flatter both reads.
const IN_MEMORY = args.includes('--in-memory');

const openContext = async (
  profile: string,
): Promise<{ context: BrowserContext; version: string; close: () => Promise<void> }> => {
  const options = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BENCH_CHROMIUM_ARGS,
  };
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
    const { url, server } = await serveBench(
      await bundleBench(tmp, 'scripts/bench-vault/entry.ts'),
    );
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
      writeFileSync(
        join(REPO_ROOT, 'docs/benchmarks-vault.md'),
        renderReport(table, facts, findings),
      );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
