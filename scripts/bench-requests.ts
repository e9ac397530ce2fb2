// Request register benchmark in real Chromium (issue 8): the requests list with 2,000 requests
// over 10,000 children, measured after a fresh unlock beside the children list in the same run,
// and the access report of a child with 50 consent events. A script with a report, never a test.
// Run: npx tsx scripts/bench-requests.ts [--children=10000] [--requests=2000] [--reps=5]
//   -> prints the figures, writes docs/benchmarks-requests.md
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, bundleBench, openBenchContext, serveBench } from './bench-support';

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILDREN = arg('children', 10_000);
const REQUESTS = arg('requests', 2_000);
const REPS = arg('reps', 7);

type Result = Record<string, number>;

const ms = (n: number | undefined): string => (n === undefined ? '?' : `${n.toFixed(0)} ms`);

const report = (r: Result, chromium: string, loadBefore: number): string =>
  [
    '# Request register benchmark',
    '',
    `Real Chromium ${chromium} (headless, persistent on-disk profile), ${String(cpus().length)} CPU(s),`,
    `load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after (the machine`,
    'is shared with other jobs: figures are upper bounds, the ratio is the steadier number). Written by',
    '`npm run bench:requests`; the production Argon2id parameters; medians of',
    `${String(REPS)} repetitions after a fresh unlock, first opening listed separately.`,
    '',
    `| ${String(r['children'])} children, ${String(r['requests'])} requests | time |`,
    '| --- | ---: |',
    `| unlock (Argon2id + unwrap) | ${ms(r['unlockMs'])} |`,
    `| requests list, first opening after unlock | ${ms(r['requestsFirstMs'])} |`,
    `| children list, first opening after unlock | ${ms(r['childrenFirstMs'])} |`,
    `| **requests list** (median; fastest) | **${ms(r['requestsMs'])}**; ${ms(r['requestsMinMs'])} (target ≤ 300 ms) |`,
    `| children list (median; fastest; same run) | ${ms(r['childrenMs'])}; ${ms(r['childrenMinMs'])} |`,
    `| requests list / children list | ${((r['requestsMs'] ?? 0) / (r['childrenMs'] ?? 1)).toFixed(2)} |`,
    `| nav badge reminders (plaintext only) | ${ms(r['remindersMs'])} |`,
    '',
    `| access report, ${String(r['consentEvents'])} consent events, ${String(r['reportPages'])} pages | time |`,
    '| --- | ---: |',
    `| **render** (pdf-lib, fonts embedded and subset; median; fastest) | **${ms(r['renderMs'])}**; ${ms(r['renderMinMs'])} (target ≤ 200 ms) |`,
    `| whole service call (gather + decrypt + render + record the document + audit) | ${ms(r['reportMs'])} |`,
    '',
    'The requests list decrypts only what it shows: the names of the people the requests are about',
    '(core box of those subject rows, in concurrent batches) and the descriptions of requests about',
    'someone not in the register (one in ten here); due dates come from plaintext fields.',
    '',
  ].join('\n');

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-requests-'));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const { url, server } = await serveBench(
      await bundleBench(tmp, 'scripts/bench-requests/entry.ts'),
    );
    const { context, version } = await openBenchContext(join(tmp, 'profile'));
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      console.error('page error:', e.message);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'bench-ready');
    const result = await page.evaluate(
      ([c, r, n]) =>
        (
          window as unknown as {
            benchRequests: (c: number, r: number, n: number) => Promise<Result>;
          }
        ).benchRequests(c, r, n),
      [CHILDREN, REQUESTS, REPS] as const,
    );
    await context.close();
    server.close();
    console.log(JSON.stringify(result));
    const text = report(result, version, loadBefore);
    console.log(text);
    writeFileSync(join(REPO_ROOT, 'docs/benchmarks-requests.md'), text);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
