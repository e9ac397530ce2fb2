// What a backup allocates (issue 10, the heap target): seeds N demo children in real Chromium
// (as scripts/bench-backup.ts does), then runs Chrome's sampling heap profiler around one backup,
// counting objects that were collected too (the garbage is what raises the peak), and prints
// the bytes allocated per function and per call path (three frames), largest first.
// Run: npx tsx scripts/profile-backup-heap.ts [--children=2000] [--no-forms] [--interval=4096]
//   [--promoted]: leave out objects a minor GC (scavenge) collected, i.e. show only what lived
//   long enough to reach the old generation (the garbage that waits for a major GC) and what is
//   still alive. [--keep]: keep the unminified bundle (its path is printed) to read line numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSeededProfilePage } from './bench-support';

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILDREN = arg('children', 2_000);
const INTERVAL = arg('interval', 4096);
const FORMS = !process.argv.includes('--no-forms');
const PROMOTED = process.argv.includes('--promoted');
const KEEP = process.argv.includes('--keep');

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { callFrame: CallFrame; selfSize: number; children: ProfileNode[] };

const frameName = (f: CallFrame): string =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${String(f.lineNumber + 1)}`;

const add = (map: Map<string, number>, key: string, bytes: number): void => {
  map.set(key, (map.get(key) ?? 0) + bytes);
};

/** Self bytes by function, and by the path of the three innermost frames. */
const aggregate = (root: ProfileNode) => {
  const byFunction = new Map<string, number>();
  const byPath = new Map<string, number>();
  const walk = (node: ProfileNode, stack: string[]): void => {
    const path = [...stack, frameName(node.callFrame)];
    if (node.selfSize > 0) {
      add(byFunction, path.at(-1) ?? '', node.selfSize);
      add(byPath, path.slice(-3).join(' <- '), node.selfSize);
    }
    for (const child of node.children) walk(child, path);
  };
  walk(root, []);
  return { byFunction, byPath };
};

const top = (map: Map<string, number>, n: number): string =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1048576).toFixed(1).padStart(8)} MiB  ${k}`)
    .join('\n');

type Bench = { benchMakeBackup: () => Promise<number> };

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'profile-backup-'));
  try {
    const { context, page, server } = await openSeededProfilePage(tmp, CHILDREN, FORMS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: INTERVAL,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: !PROMOTED,
    });
    const bytes = await page.evaluate(() => (window as unknown as Bench).benchMakeBackup());
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: ProfileNode };
    };
    await context.close();
    server.close();
    const { byFunction, byPath } = aggregate(profile.head);
    const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${String(CHILDREN)} children, file ${(bytes / 1048576).toFixed(1)} MiB, ` +
        `allocated during the backup (sampled${PROMOTED ? ', promoted or alive only' : ', incl. collected'}): ` +
        `${(total / 1048576).toFixed(1)} MiB`,
    );
    console.log('\nby function:\n' + top(byFunction, 25));
    console.log('\nby call path (innermost first):\n' + top(byPath, 25));
  } finally {
    if (KEEP) console.log(`bundle kept in ${tmp}/dist`);
    else rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
