// Which collections V8 runs during one backup (issue 10, the heap target): seeds N demo children
// in real Chromium (as scripts/bench-backup.ts does), runs the renderer with --trace-gc and prints
// every scavenge (young generation) and mark-compact (old generation) between three forced gc()
// before the backup and three after it, with the V8 heap (MiB, external memory not included)
// before and after each, and a summary: how much each scavenge freed (about the young
// generation's size) and the highest heap seen before a collection. Beside the trace it samples,
// at rest and during the backup, CDP's Runtime.getHeapUsage (V8's used heap and the ArrayBuffer
// backing stores, i.e. external memory) and performance.memory.usedJSHeapSize (what the
// benchmark's heap ratio reads), so the peak can be split into the young generation's garbage
// and the rows' byte arrays waiting to be collected.
// Run: npx tsx scripts/trace-backup-gc.ts [--children=10000] [--no-forms] [--v8=<more V8 flags>]
// V8 prints the trace on the renderer's stdout, which Playwright reports under DEBUG=pw:browser;
// the renderer buffers it, so 150 more gc() at the end push the backup's lines out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILDREN = arg('children', 10_000);
const FORMS = !process.argv.includes('--no-forms');
const V8_FLAGS = process.argv.find((a) => a.startsWith('--v8='))?.slice('--v8='.length) ?? '';

const trace: string[] = [];
process.env['DEBUG'] = 'pw:browser';
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk: string | Uint8Array, ...rest: never[]) => {
  const text = String(chunk);
  if (!text.includes('pw:browser')) return write(chunk, ...rest);
  for (const line of text.split('\n'))
    if (/\[out\].*(Scavenge|Mark-Compact|Mark-Sweep)/.test(line))
      trace.push(line.replace(/^.*\[out\] \[\d+:0x[0-9a-f]+\]\s+/, '').trim());
  return true;
};

const { openSeededProfilePage } = await import('./bench-support');

type Gc = { kind: string; before: number; after: number; line: string };
const parse = (line: string): Gc | undefined => {
  const m = /(Scavenge|Mark-Compact|Mark-Sweep)\D*?([\d.]+) \([\d.]+\) -> ([\d.]+)/.exec(line);
  return m ? { kind: m[1] ?? '', before: Number(m[2]), after: Number(m[3]), line } : undefined;
};

const summary = (lines: string[]): string => {
  const forced = lines.flatMap((l, i) => (l.includes('testing') ? [i] : []));
  const [, , lastBefore, firstAfter] = forced;
  if (lastBefore === undefined || firstAfter === undefined) return 'trace incomplete';
  const during = lines.slice(lastBefore + 1, firstAfter).flatMap((l) => parse(l) ?? []);
  const scavenges = during.filter((g) => g.kind === 'Scavenge');
  const freed = scavenges.map((g) => g.before - g.after).sort((a, b) => a - b);
  const mib = (n: number | undefined): string => (n ?? 0).toFixed(1);
  const short = (l: string | undefined): string => (l ?? '').replace(/,? pooled.*$/, '');
  return [
    `at rest (last forced gc before): ${short(lines[lastBefore])}`,
    ...during.filter((g) => g.kind !== 'Scavenge').map((g) => `  ${short(g.line)}`),
    `during the backup: ${String(scavenges.length)} scavenges, ${String(during.length - scavenges.length)} old-generation collections`,
    `each scavenge freed ${mib(freed[0])}–${mib(freed.at(-1))} MiB (median ${mib(freed[Math.floor(freed.length / 2)])}); heap after them at most ${mib(Math.max(0, ...scavenges.map((g) => g.after)))} MiB`,
    `highest heap before a collection: ${mib(Math.max(0, ...during.map((g) => g.before)))} MiB`,
    `after (first forced gc after): ${short(lines[firstAfter])}`,
  ].join('\n');
};

const main = async (): Promise<void> => {
  const tmp = mkdtempSync(join(tmpdir(), 'trace-backup-gc-'));
  try {
    const { context, page, server } = await openSeededProfilePage(
      tmp,
      CHILDREN,
      FORMS,
      `--trace-gc ${V8_FLAGS}`.trim(),
    );
    type Bench = { benchMakeBackup: () => Promise<number>; gc: () => void };
    const gcs = (n: number) =>
      page.evaluate((count) => {
        for (let i = 0; i < count; i++) (window as unknown as Bench).gc();
      }, n);
    await gcs(3);
    const cdp = await context.newCDPSession(page);
    type Usage = { usedSize: number; backingStorageSize?: number };
    const sample = async (): Promise<number[]> => {
      const usage = (await cdp.send('Runtime.getHeapUsage')) as Usage;
      const memory = await page.evaluate(
        () =>
          (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
      );
      return [usage.usedSize, usage.backingStorageSize ?? 0, memory].map((b) => b / 1048576);
    };
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rest = await sample();
    const peak = [...rest];
    let peakSum = rest;
    const state = { running: true };
    const t0 = Date.now();
    const made = page.evaluate(() => (window as unknown as Bench).benchMakeBackup());
    void made.finally(() => (state.running = false));
    while (state.running) {
      const now = await sample();
      for (const [i, v] of now.entries()) peak[i] = Math.max(peak[i] ?? 0, v);
      if ((now[0] ?? 0) + (now[1] ?? 0) > (peakSum[0] ?? 0) + (peakSum[1] ?? 0)) peakSum = now;
    }
    const bytes = await made;
    const ms = Date.now() - t0;
    const row = (name: string, v: number[]): string =>
      `${name}: V8 used heap ${(v[0] ?? 0).toFixed(1)} MiB, ArrayBuffer backing stores ${(v[1] ?? 0).toFixed(1)} MiB, performance.memory ${(v[2] ?? 0).toFixed(1)} MiB`;
    const samples = [
      row('at rest', rest),
      row('highest of each during the backup', peak),
      row('at the highest V8 heap + backing stores', peakSum),
    ];
    await gcs(3);
    await gcs(150);
    await context.close();
    server.close();
    console.log(
      `${String(CHILDREN)} children, file ${(bytes / 1048576).toFixed(1)} MiB, backup ${String(ms)} ms`,
    );
    console.log(samples.join('\n'));
    console.log(summary(trace));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
};

await main();
