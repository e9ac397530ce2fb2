// Crash safety proven (issue 10 item 4): the browser is killed with SIGKILL at a random moment
// during an import of 300 rows, recording a group's returned forms, writing a backup and a
// restore; after each restart the register opens, the audit chain verifies, nothing is partial
// (every import all or nothing, every form's answers all or none, each with its audit entries),
// and a half-written backup is never taken for a good one. TORTURE_RUNS runs in all (4 in the
// e2e suite; `npm run torture` runs 100 and writes the counts to TORTURE_REPORT).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FormsPageModel } from './pages/consents-pages';
import { setupVault } from './support/journey';
import { prepareProfile } from './support/fixtures';
import {
  copyProfile,
  launchKillable,
  rawState,
  seededRandom,
  type Killable,
} from './support/torture';
import {
  FORMS_PER_RUN,
  importCsv,
  OPERATIONS,
  type Golden,
  type Operation,
  type RunContext,
} from './support/torture-ops';

const RUNS = Number(process.env.TORTURE_RUNS ?? 4);
const SEED = Number(process.env.TORTURE_SEED ?? Date.now() % 1_000_000);
/** TORTURE_OPS=import,backup runs only those operations (to chase one defect). */
const CHOSEN = (process.env.TORTURE_OPS ?? '').split(',').filter(Boolean);
const OPS = OPERATIONS.filter((op) => CHOSEN.length === 0 || CHOSEN.includes(op.name));

type Tally = {
  runs: number;
  killDelaysMs: number[];
  calibrationMs: number;
  outcomes: Record<string, number>;
  violations: string[];
};

const freshProfile = async (root: string, name: string): Promise<string> => {
  const dir = join(root, name);
  await prepareProfile(dir);
  return dir;
};

/** The register every run starts from: the demo register, a group's forms out, one backup. */
const prepareGolden = async (root: string, baseURL: string): Promise<[string, Golden]> => {
  const profile = await freshProfile(root, 'golden');
  const downloads = join(root, 'golden-downloads');
  await mkdir(downloads);
  const app = await launchKillable(profile, baseURL, downloads);
  const { page } = app;
  const owner = await setupVault(page, { demo: true });
  const forms = new FormsPageModel(page);
  await forms.open();
  const group = await page
    .getByLabel('Grupa', { exact: true })
    .locator('option:checked')
    .innerText();
  const formIds = await forms.prepareForGroup(group.trim(), 'first');
  expect(formIds.length).toBeGreaterThanOrEqual(FORMS_PER_RUN);
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Izveidot rezerves kopiju' }).click();
  const backupFile = join(root, 'golden.prbk');
  await (await download).saveAs(backupFile);
  await expect(page.getByTestId('backup-last-verified')).toContainText('Pēdējā pārbaudītā kopija:');
  const before = await rawState(page);
  if (!before) throw new Error('no register');
  await app.close();
  const importFile = join(root, 'saraksts.csv');
  await writeFile(importFile, importCsv());
  return [profile, { owner, importFile, formIds, backupFile, before }];
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Run = { readonly ctx: RunContext; readonly profile: string };

const newRun = async (root: string, golden: [string, Golden], index: number, baseURL: string) => {
  const profile = join(root, `run-${String(index)}`);
  const downloadsDir = join(root, `run-${String(index)}-downloads`);
  await mkdir(profile);
  await mkdir(downloadsDir);
  copyProfile(golden[0], profile);
  const ctx: RunContext = {
    golden: golden[1],
    baseURL,
    otherOrigin: baseURL.replace('127.0.0.1', 'localhost'),
    downloadsDir,
  };
  return { ctx, profile } satisfies Run;
};

/** The uninterrupted operation: how long it takes (the window the kills fall in). */
const calibrate = async (op: Operation, run: Run): Promise<number> => {
  const app = await launchKillable(run.profile, run.ctx.baseURL, run.ctx.downloadsDir);
  try {
    await op.prepare(app.page, run.ctx);
    const started = performance.now();
    await op.start(app.page, run.ctx);
    const took = performance.now() - started;
    if (op.name === 'import')
      run.ctx.golden.importedState = (await rawState(app.page)) ?? undefined;
    return took;
  } finally {
    await app.close();
  }
};

/** Prepares, starts the work, kills the browser after `delayMs`, restarts and checks. */
const tortureOnce = async (op: Operation, run: Run, delayMs: number): Promise<string> => {
  let app: Killable = await launchKillable(run.profile, run.ctx.baseURL, run.ctx.downloadsDir);
  await op.prepare(app.page, run.ctx);
  const work = op.start(app.page, run.ctx).catch(() => undefined);
  await sleep(delayMs);
  await app.kill();
  await work;
  app = await launchKillable(run.profile, run.ctx.baseURL, run.ctx.downloadsDir);
  try {
    return await op.check(app.page, run.ctx);
  } finally {
    await app.close().catch(() => undefined);
  }
};

test('the register survives being killed during import, answers, backup and restore', async ({
  baseURL,
}) => {
  test.setTimeout(300_000 + RUNS * 120_000);
  const root = await mkdtemp(join(tmpdir(), 'torture-'));
  const origin = baseURL ?? 'http://127.0.0.1:4199/';
  const random = seededRandom(SEED);
  const tallies = new Map<string, Tally>();
  try {
    const golden = await prepareGolden(root, origin);
    let index = 0;
    for (const op of OPS) {
      const window = await calibrate(op, await newRun(root, golden, index++, origin));
      tallies.set(op.name, {
        runs: 0,
        killDelaysMs: [],
        calibrationMs: Math.round(window),
        outcomes: {},
        violations: [],
      });
    }
    for (let i = 0; i < RUNS; i++) {
      const op = OPS[i % OPS.length] as Operation;
      const tally = tallies.get(op.name) as Tally;
      const delay = Math.round(random() * tally.calibrationMs * 1.1);
      const run = await newRun(root, golden, index++, origin);
      tally.runs++;
      tally.killDelaysMs.push(delay);
      try {
        const outcome = await tortureOnce(op, run, delay);
        tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
        console.log(`torture: run ${String(i)} ${op.name} kill at ${String(delay)} ms: ${outcome}`);
      } catch (error) {
        tally.violations.push(`run ${String(i)} (kill at ${String(delay)} ms): ${String(error)}`);
        console.log(`torture: run ${String(i)} ${op.name} violated: ${String(error)}`);
      }
      await rm(run.profile, { recursive: true, force: true });
    }
  } finally {
    const report = { seed: SEED, runs: RUNS, operations: Object.fromEntries(tallies) };
    console.log(JSON.stringify(report, null, 2));
    if (process.env.TORTURE_REPORT)
      await writeFile(process.env.TORTURE_REPORT, JSON.stringify(report, null, 2));
    await rm(root, { recursive: true, force: true });
  }
  expect([...tallies.values()].flatMap((t) => t.violations)).toEqual([]);
});
