// `npm test`: typecheck, lint, format, unit + integration (vitest), build, e2e (Playwright in
// Chromium). Every stage runs even if an earlier one failed, so one run shows everything that is
// wrong; the last line is the summary CI reads: "N passed (M of them permission-matrix rows),
// N failed[, N skipped]". Counting rules: scripts/test-summary.mjs; a run that exits non-zero never
// prints "0 failed".
//
// Options (used by the runner's own test on tests/runner-fixtures/): --only=vitest,e2e runs just
// those stages; --vitest-config, --playwright-config and --e2e-dir point them elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureSystemPackages, missingPackagesFor, TEST_TOOLS } from './system-deps.mjs';
import { playwrightTotals, summaryLine, vitestTotals } from './test-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'vitest-config': { type: 'string' },
    'playwright-config': { type: 'string', default: 'playwright.config.ts' },
    'e2e-dir': { type: 'string', default: 'tests/e2e' },
  },
});
const stages = options.only ? new Set(options.only.split(',')) : null;
const wanted = (stage) => stages === null || stages.has(stage);

const reports = mkdtempSync(join(tmpdir(), 'register-test-'));
const totals = { passed: 0, failed: 0, skipped: 0, matrixRows: 0 };
const failedStages = [];
const notes = [];

const run = (label, command, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  console.log(
    `--- ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status ?? 1;
};

const readJson = (file) => {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
};

const add = (stage, counts, exitCode) => {
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  notes.push(...counts.notes.map((note) => `${stage}: ${note}`));
  if (exitCode !== 0 || counts.failed > 0) failedStages.push(stage);
};

// A stage that is one check (typecheck, lint, build) counts as one test.
const check = (label, command, args) => {
  const ok = run(label, command, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failedStages.push(label);
  return ok;
};

const vitestStage = () => {
  const report = join(reports, 'vitest.json');
  const config = options['vitest-config'] ? ['--config', options['vitest-config']] : [];
  const exitCode = run('unit + integration (vitest)', 'npx', [
    'vitest',
    'run',
    ...config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  add('vitest', vitestTotals(readJson(report), exitCode), exitCode);
};

const specFiles = (dir) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.spec\.[cm]?[jt]s$/.test(file))
    .map((file) => join(dir, file));

/** Spec files Playwright cannot load: listed one by one only when listing them all fails. */
const unloadableSpecs = (config) => {
  const list = (files) =>
    spawnSync('npx', ['playwright', 'test', '--config', config, '--list', ...files], {
      cwd: root,
      stdio: 'ignore',
    }).status === 0;
  if (list([])) return [];
  return specFiles(options['e2e-dir']).filter((file) => !list([file]));
};

const e2eStage = () => {
  const config = options['playwright-config'];
  const broken = unloadableSpecs(config);
  const loadable = specFiles(options['e2e-dir']).filter((file) => !broken.includes(file));
  const report = join(reports, 'playwright.json');
  let exitCode = 0;
  if (broken.length === 0 || loadable.length > 0) {
    const files = broken.length > 0 ? loadable : [];
    exitCode = run(
      'e2e (Playwright, Chromium)',
      'npx',
      ['playwright', 'test', '--config', config, '--reporter=list,json', ...files],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    );
  }
  add('e2e', playwrightTotals(readJson(report), broken, exitCode), exitCode);
};

if (stages === null) ensureSystemPackages(missingPackagesFor(TEST_TOOLS), 'npm test');

if (wanted('typecheck')) {
  // --force: a stale incremental build must never hide an error (CI starts clean anyway).
  check('typecheck', 'npx', ['tsc', '-b', '--force']);
}
if (wanted('lint')) {
  check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
  check('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
}
if (wanted('vitest')) vitestStage();
const built =
  !wanted('build') ||
  check('build renderer', 'npx', [
    'vite',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
if (wanted('e2e')) {
  if (built) e2eStage();
  else notes.push('e2e: not run, the build failed');
}

if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (failedStages.length > 0) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
// A failed stage with nothing counted still shows as a failure in the line CI reads.
if (failedStages.length > 0 && totals.failed === 0) totals.failed = 1;
console.log(`\n${summaryLine(totals)}`);
rmSync(reports, { recursive: true, force: true });
process.exit(failedStages.length > 0 || totals.failed > 0 ? 1 : 0);
