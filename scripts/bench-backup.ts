// Backup benchmark in real Chromium (issue 10): N demo children with two parents each and one
// issued consent form each. In one run and one page: backup + verify against a plain read +
// decrypt of the same rows (target ≤ 1.5×), restore against the bulk insert (≤ 2×), and the
// peak JS heap during the backup against the heap at rest (≤ 1.3×, run at 50,000).
// Run: npx tsx scripts/bench-backup.ts [--children=10000] [--no-forms] [--heap-only] [--v8=<flags>]
//   [--in-thread]
//   -> prints the figures and a markdown table (pasted into docs/benchmarks.md)
// --heap-only seeds and measures only the heap at rest and during one backup (no read + decrypt,
// verify or restore): the 50,000 run's heap target in about half the time. --v8: more V8 flags
// for the page, as an experiment (the app runs with V8's defaults). Backups are written as the app
// writes them, in a worker, whose heap is sampled over CDP and added to the page's; --in-thread
// writes them in the page's thread (as before the fifth pass).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BENCH_CHROMIUM_ARGS, bundleBench, serveBench } from './bench-support';
import { sampleWorkerHeaps } from './worker-heaps';

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILDREN = arg('children', 10_000);
const FORMS = !process.argv.includes('--no-forms');
const HEAP_ONLY = process.argv.includes('--heap-only');
/** More V8 flags for the page (an experiment, e.g. --v8=--max-semi-space-size=2). */
const V8_FLAGS = process.argv.find((a) => a.startsWith('--v8='))?.slice('--v8='.length) ?? '';
/** Backups written in the page's own thread (as before the fifth pass), not in the app's worker. */
const IN_THREAD = process.argv.includes('--in-thread');

type Result = Record<string, number>;

const ratio = (a: number | undefined, b: number | undefined): string =>
  ((a ?? 0) / (b ?? 1)).toFixed(2);
const ms = (n: number | undefined): string => `${(n ?? 0).toFixed(0)} ms`;

const loads = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const table = (r: Result, version: string, loadBefore: string): string =>
  [
    `Chromium ${version}${V8_FLAGS ? ` (V8 flags: ${V8_FLAGS})` : ''}, backups ${IN_THREAD ? "in the page's thread" : 'in a worker'}, ${String(cpus().length)} CPU(s), load (1/5/15 min) ${loadBefore} before / ${loads()} after;`,
    `${String(r['children'])} children, ${String(r['representatives'])} parents, ${String(r['forms'])} issued forms; file ${(r['fileMb'] ?? 0).toFixed(1)} MiB.`,
    '',
    '| measured | time | ratio (target) |',
    '| --- | ---: | ---: |',
    `| plain read + decrypt (export of every child with parents) | ${ms(r['readDecryptMs'])} | |`,
    `| backup write + verify | ${ms((r['backupMs'] ?? 0) + (r['verifyMs'] ?? 0))} (${ms(r['backupMs'])} + ${ms(r['verifyMs'])}) | **${ratio((r['backupMs'] ?? 0) + (r['verifyMs'] ?? 0), r['readDecryptMs'])}×** (≤ 1.5) |`,
    `| bulk insert (seeding) | ${ms(r['insertMs'])} | |`,
    `| restore (new database, upgrade, verify) | ${ms(r['restoreMs'])} | **${ratio(r['restoreMs'], r['insertMs'])}×** (≤ 2) |`,
    ...(r['insertAgainMs'] === undefined
      ? []
      : [
          `| bulk insert again, right before the restore / restore against it | ${ms(r['insertAgainMs'])} | ${ratio(r['restoreMs'], r['insertAgainMs'])}× |`,
        ]),
    `| JS heap at rest / peak during backup (page + backup worker) | ${(r['heapAtRestMb'] ?? 0).toFixed(0)} / ${(r['peakMb'] ?? 0).toFixed(0)} MiB (${(r['pagePeakMb'] ?? 0).toFixed(0)} + ${(r['workerPeakMb'] ?? 0).toFixed(0)}) | **${ratio(r['peakMb'], r['heapAtRestMb'])}×** (≤ 1.3) |`,
    `| JS heap after the backup, after gc() | ${(r['heapAfterBackupMb'] ?? 0).toFixed(0)} MiB | ${ratio(r['heapAfterBackupMb'], r['heapAtRestMb'])}× |`,
    ...(r['appAtRestMb'] === undefined
      ? []
      : [
          `| without the generated register: heap at rest / peak during a second backup (page + worker) | ${(r['appAtRestMb'] ?? 0).toFixed(0)} / ${(r['appPeakMb'] ?? 0).toFixed(0)} MiB (${(r['appPagePeakMb'] ?? 0).toFixed(0)} + ${(r['appWorkerPeakMb'] ?? 0).toFixed(0)}) | **${ratio(r['appPeakMb'], r['appAtRestMb'])}×** (≤ 1.3) |`,
          `| without it: heap after that backup, after gc() | ${(r['appAfterBackupMb'] ?? 0).toFixed(0)} MiB | ${ratio(r['appAfterBackupMb'], r['appAtRestMb'])}× |`,
        ]),
    `| JS heap peak during verify | ${(r['verifyPeakMb'] ?? 0).toFixed(0)} MiB | ${ratio(r['verifyPeakMb'], r['heapAtRestMb'])}× |`,
  ].join('\n');

/**
 * The page's peaks with each backup's worker added: the first worker is the first backup's,
 * the second the second's (--heap-only). Both peaks added, an upper bound of the JS heap the
 * backup took (the page's and the worker's highest moments need not coincide).
 */
const withWorkerHeaps = (r: Result, workerPeaksMb: number[]): Result => {
  const [first = 0, second = 0] = workerPeaksMb;
  return {
    ...r,
    workerPeakMb: first,
    pagePeakMb: r['peakMb'] ?? 0,
    peakMb: (r['peakMb'] ?? 0) + first,
    ...(r['appPeakMb'] === undefined
      ? {}
      : {
          appWorkerPeakMb: second,
          appPagePeakMb: r['appPeakMb'],
          appPeakMb: r['appPeakMb'] + second,
        }),
  };
};

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-backup-'));
  const loadBefore = loads();
  try {
    const { url, server } = await serveBench(
      await bundleBench(tmp, 'scripts/bench-backup/entry.ts'),
    );
    const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // --expose-gc: the heap at rest is measured after a collection, not with garbage in it.
      args: [...BENCH_CHROMIUM_ARGS, `--js-flags=--expose-gc ${V8_FLAGS}`.trim()],
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      console.error('page error:', e.message);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'bench-ready');
    const workers = await sampleWorkerHeaps(await context.newCDPSession(page));
    type Bench = (c: number, f: boolean, inWorker: boolean) => Promise<Result>;
    const measured = await page.evaluate(
      ([c, f, only, inWorker]) => {
        const w = window as unknown as { benchBackup: Bench; benchHeapOnly: Bench };
        return (only ? w.benchHeapOnly : w.benchBackup)(c, f, inWorker);
      },
      [CHILDREN, FORMS, HEAP_ONLY, !IN_THREAD] as const,
    );
    workers.stop();
    const result = withWorkerHeaps(measured, workers.peaksMb);
    const version = context.browser()?.version() ?? 'unknown';
    await context.close();
    server.close();
    console.log(JSON.stringify(result));
    console.log(table(result, version, loadBefore));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
