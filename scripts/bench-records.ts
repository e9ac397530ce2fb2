// Records benchmark in real Chromium: bulk insert, then in a fresh page (as after starting the
// app) unlock, the list's first screen, the rest loading in the background (long tasks
// observed), search keystrokes and the JS heap, at 10,000 and 50,000 children (each with two
// parents, siblings sharing them), in one run.
// Run: npx tsx scripts/bench-records.ts [sizes...] [--rounds n]
//   -> prints a table, writes docs/benchmarks-records.md.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
/** Rounds per size and build, alternating builds; the report shows each metric's median. */
const ROUNDS = Number(option('--rounds') ?? 1);
const sizes = args
  .filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'))
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 50_000];

type Result = Record<string, number>;

const bundle = async (outDir: string, from: string): Promise<void> => {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'index.html');
  writeFileSync(
    entry,
    `<!doctype html><meta charset="utf-8"><script type="module" src="${join(from, 'scripts/bench-records/bench-entry.ts')}"></script>`,
  );
  await build({
    root: outDir,
    logLevel: 'warn',
    configFile: false,
    resolve: {
      alias: { '@shared': join(from, 'shared'), '@renderer': join(from, 'renderer/src') },
    },
    build: { outDir: join(outDir, 'dist'), target: 'chrome130', rollupOptions: { input: entry } },
  });
};

const serve = (dir: string) => {
  const server = createServer((req, res) => {
    const path = join(
      dir,
      (req.url ?? '/') === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''),
    );
    try {
      const body = readFileSync(path);
      res.writeHead(200, {
        'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${String(port)}/`, close: () => server.close() });
    });
  });
};

const ms = (n: number | undefined): string =>
  n === undefined ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(2);

const report = (results: Result[], chromiumVersion: string): string => {
  const row = (label: string, key: string, unit = 'ms') =>
    `| ${label} | ${results.map((r) => `${ms(r[key])} ${unit}`).join(' | ')} |`;
  const count = (label: string, key: string) =>
    `| ${label} | ${results.map((r) => String(r[key] ?? '')).join(' | ')} |`;
  return [
    '# Records benchmark',
    '',
    `Real Chromium ${chromiumVersion} (headless, /usr/bin/chromium), ${String(cpus().length)} CPU(s), load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end.`,
    `Written by \`npx tsx scripts/bench-records.ts ${args.join(' ')}\`. ${String(ROUNDS)} round(s) per size on`,
    'a fresh vault with the production Argon2id parameters (medians shown); the machine was shared',
    'with other jobs, so treat figures as upper bounds.',
    '',
    `| | ${results.map((r) => `${String(r['children'])} children`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    `| representatives / links | ${results.map((r) => `${String(r['representatives'])} / ${String(r['links'])}`).join(' | ')} |`,
    row('generate demo data', 'generateMs'),
    row('bulk insert (encrypt + one transaction)', 'insertMs'),
    row('unlock (Argon2id + unwrap keys), fresh page', 'unlockMs'),
    row('first screen: first page read + decrypted + indexed', 'firstScreenMs'),
    row('**unlock-to-list** (unlock + first screen)', 'unlockToListMs'),
    row('every name in the list (after unlock)', 'namesMs'),
    row('every personal code searchable too (after unlock)', 'allMs'),
    count('long tasks (> 50 ms wall, PerformanceObserver) while the rest loads', 'longTasks'),
    count('of them over 100 ms wall', 'longTasksOver100'),
    row('longest task while loading, wall (PerformanceObserver)', 'longestTaskMs'),
    row('**longest task while loading, CPU time** (trace)', 'taskCpuMaxMs'),
    count('tasks over 50 ms CPU time (trace)', 'tasksCpuOver50'),
    count('tasks over 100 ms CPU time (trace)', 'tasksCpuOver100'),
    row('search keystroke p95 while loading', 'loadingKeystrokeP95'),
    row('search keystroke p50', 'keystrokeP50'),
    row('**search keystroke p95** (wall)', 'keystrokeP95'),
    row('search keystroke p50, CPU time of its task (trace)', 'keystrokeCpuP50'),
    row('**search keystroke p95, CPU time of its task** (trace)', 'keystrokeCpuP95'),
    row('search keystroke max', 'keystrokeMax'),
    row('search keystroke p50, index alone (fresh page)', 'searchOnlyP50'),
    row('search keystroke p95, index alone (fresh page)', 'searchOnlyP95'),
    row('JS heap after unlock, before the list (after a full GC)', 'heapAfterUnlockMb', 'MiB'),
    row('JS heap after load, before GC', 'heapBeforeGcMb', 'MiB'),
    row('**JS heap after load** (after a full GC)', 'heapMb', 'MiB'),
    '',
    'Keystrokes: the prefixes of five queries typed letter by letter (names without diacritics, a code),',
    'no filter, each followed by reading the first 30 ids (what the virtualized table shows).',
    'Unlock-to-list = unlock + the first page (200 records) read, decrypted, indexed and its first',
    'screen of ids made; the rest loads in pages of 1,000 while the list is usable, then the codes.',
    "Long tasks come from a PerformanceObserver('longtask') in the page from the first screen until",
    'everything is loaded. Heap: performance.memory.usedJSHeapSize after load, then after gc()',
    '(Chromium started with --js-flags=--expose-gc): the second is what the session keeps.',
    '',
  ].join('\n');
};

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Each metric's median over the rounds. */
const medianOf = (list: readonly Result[]): Result =>
  Object.fromEntries(
    Object.keys(list[0] ?? {}).map((key) => [key, median(list.map((r) => r[key] ?? 0))]),
  );

const ready = async (browser: Awaited<ReturnType<typeof chromium.launch>>, url: string) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'bench-ready');
  return { context, page };
};

type BenchWindow = {
  benchSeed: (n: number, db: string) => Promise<Result>;
  benchList: (n: number, db: string) => Promise<Result>;
  benchSearchOnly: (n: number) => Result;
};

type TraceEvent = {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly data?: { readonly message?: string } };
};

/**
 * Main-thread tasks of the loading, from a Chromium trace: between the page's two
 * console.timeStamp marks, on the thread that wrote them. `tdur` is the task's CPU time on its
 * thread, which a loaded machine does not inflate (the long-task API reports wall time).
 */
const percentile = (xs: readonly number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;

type Traced = {
  cpuMax: number;
  cpuOver50: number;
  cpuOver100: number;
  wallMax: number;
  keyCpuP50: number;
  keyCpuP95: number;
};

const loadingTasks = (trace: Buffer): Traced => {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (message: string) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const start = mark('bench-loading-start');
  const end = mark('bench-loading-end');
  if (!start || !end)
    return { cpuMax: -1, cpuOver50: -1, cpuOver100: -1, wallMax: -1, keyCpuP50: -1, keyCpuP95: -1 };
  const tasks = events.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ts >= start.ts &&
      e.ts <= end.ts,
  );
  const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000);
  // The keystroke tasks after loading: each holds one 'bench-key' mark.
  const keys = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-key')
    .map((k) =>
      events.find(
        (e) =>
          e.name === 'RunTask' &&
          e.ph === 'X' &&
          e.pid === k.pid &&
          e.tid === k.tid &&
          e.ts <= k.ts &&
          k.ts <= e.ts + (e.dur ?? 0),
      ),
    )
    .map((e) => (e?.tdur ?? 0) / 1000);
  return {
    keyCpuP50: percentile(keys, 0.5),
    keyCpuP95: percentile(keys, 0.95),
    cpuMax: Math.max(0, ...cpu),
    cpuOver50: cpu.filter((d) => d > 50).length,
    cpuOver100: cpu.filter((d) => d > 100).length,
    wallMax: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
  };
};

/** Seeds in one page, then lists in a fresh page of the same profile (the vault persists). */
const measure = async (
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  url: string,
  size: number,
): Promise<Result> => {
  const { context, page } = await ready(browser, url);
  const db = `bench-${String(size)}-${String(Date.now())}`;
  const seeded = await page.evaluate(
    ([n, name]) => (window as unknown as BenchWindow).benchSeed(n, name),
    [size, db] as const,
  );
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => document.title === 'bench-ready');
  await browser.startTracing(undefined, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const listed = await fresh.evaluate(
    ([n, name]) => (window as unknown as BenchWindow).benchList(n, name),
    [size, db] as const,
  );
  const traced = loadingTasks(await browser.stopTracing());
  await context.close();
  const alone = await ready(browser, url);
  const searchOnly = await alone.page.evaluate(
    (n) => (window as unknown as BenchWindow).benchSearchOnly(n),
    size,
  );
  await alone.context.close();
  return {
    ...seeded,
    ...listed,
    keystrokeCpuP50: traced.keyCpuP50,
    keystrokeCpuP95: traced.keyCpuP95,
    taskCpuMaxMs: traced.cpuMax,
    tasksCpuOver50: traced.cpuOver50,
    tasksCpuOver100: traced.cpuOver100,
    taskWallMaxMs: traced.wallMax,
    searchOnlyP50: searchOnly['keystrokeP50'] ?? 0,
    searchOnlyP95: searchOnly['keystrokeP95'] ?? 0,
  };
};

const main = async (): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-records-'));
  let server: { url: string; close: () => void } | undefined;
  try {
    await bundle(dir, root);
    server = await serve(join(dir, 'dist'));
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--enable-precise-memory-info',
        '--js-flags=--expose-gc',
      ],
    });
    const results: Result[] = [];
    for (const size of SIZES) {
      const rounds: Result[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const result = await measure(browser, server.url, size);
        console.log(JSON.stringify(result));
        rounds.push(result);
      }
      results.push({ ...medianOf(rounds), rounds: ROUNDS });
    }
    const text = report(results, browser.version());
    await browser.close();
    console.log(text);
    writeFileSync(join(root, 'docs/benchmarks-records.md'), text);
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
