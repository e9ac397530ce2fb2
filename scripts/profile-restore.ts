// Where a restore's time goes (issue 10, the restore target): seeds N demo children in real
// Chromium (as scripts/bench-backup.ts does), makes a backup, then restores it onto a "fresh PC"
// (a new database switch) under Chrome's CPU profiler (CDP Profiler, 1 ms samples). Prints the
// restore's wall time, its WebCrypto calls (unwrapKey: data keys unwrapped; decrypt: boxes
// opened), its progress steps as they came (elapsed ms, percentage), and the main
// thread's self time per function and per call path, largest first. "(idle)" is the main thread
// waiting: for IndexedDB, for WebCrypto's worker threads, for the file's stream.
// Run: npx tsx scripts/profile-restore.ts [--children=2000] [--no-forms] [--keep]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSeededProfilePage } from './bench-support';

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILDREN = arg('children', 2_000);
const FORMS = !process.argv.includes('--no-forms');
const KEEP = process.argv.includes('--keep');

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const frameName = (f: CallFrame): string =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${String(f.lineNumber + 1)}`;

/** Self time (ms) per function and per path of the three innermost frames. */
const aggregate = (profile: Profile) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map<string, number>();
  const byPath = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number): void => {
    map.set(key, (map.get(key) ?? 0) + ms);
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const path: string[] = [];
    for (
      let at: number | undefined = id;
      at !== undefined && path.length < 3;
      at = parent.get(at)
    ) {
      const node = byId.get(at);
      if (node) path.push(frameName(node.callFrame));
    }
    add(byFunction, path[0] ?? '?', ms);
    add(byPath, path.join(' <- '), ms);
  });
  return { byFunction, byPath };
};

const top = (map: Map<string, number>, n: number): string =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(8)} ms  ${k}`)
    .join('\n');

type Bench = {
  benchPrepareRestore: () => Promise<number>;
  benchRestore: () => Promise<{ ms: number; steps: [number, number][] }>;
};

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'profile-restore-'));
  try {
    const { context, page, server } = await openSeededProfilePage(tmp, CHILDREN, FORMS);
    const bytes = await page.evaluate(() => (window as unknown as Bench).benchPrepareRestore());
    // WebCrypto calls during the restore (the data keys unwrapped, the boxes opened).
    await page.evaluate(() => {
      const subtle = crypto.subtle as unknown as Record<string, (...a: unknown[]) => unknown>;
      const calls: Record<string, number> = {};
      (window as unknown as { cryptoCalls: typeof calls }).cryptoCalls = calls;
      for (const name of ['unwrapKey', 'decrypt']) {
        const original = subtle[name]?.bind(crypto.subtle);
        calls[name] = 0;
        subtle[name] = (...a: unknown[]) => {
          calls[name] = (calls[name] ?? 0) + 1;
          return original?.(...a);
        };
      }
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const restored = await page.evaluate(() => (window as unknown as Bench).benchRestore());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const calls = await page.evaluate(
      () => (window as unknown as { cryptoCalls: Record<string, number> }).cryptoCalls,
    );
    await context.close();
    server.close();
    const { byFunction, byPath } = aggregate(profile);
    console.log(
      `${String(CHILDREN)} children, file ${(bytes / 1048576).toFixed(1)} MiB, restore ${restored.ms.toFixed(0)} ms`,
    );
    console.log(
      `WebCrypto calls: unwrapKey ${String(calls['unwrapKey'])}, decrypt ${String(calls['decrypt'])}`,
    );
    console.log(
      'progress (ms → %): ' +
        restored.steps.map(([ms, pct]) => `${ms.toFixed(0)}→${pct.toFixed(0)}`).join(' '),
    );
    console.log('\nself time by function:\n' + top(byFunction, 30));
    console.log('\nby call path (innermost first):\n' + top(byPath, 30));
  } finally {
    if (KEEP) console.log(`bundle kept in ${tmp}/dist`);
    else rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
