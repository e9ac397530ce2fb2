// `npm test`: typecheck, lint, unit + integration (vitest), build, e2e (Playwright in Chromium).
// Every stage runs even if an earlier one failed, so one run shows everything that is wrong;
// the last line is the summary CI reads: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'register-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];

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
  return result.status === 0;
};

const readJson = (file) => {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
};

// A stage that is one check (typecheck, lint, build) counts as one test.
const check = (label, command, args) => {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failedStages.push(label);
  return ok;
};

// --force: a stale incremental build must never hide an error (CI starts clean anyway).
check('typecheck', 'npx', ['tsc', '-b', '--force']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);

const vitestReport = join(reports, 'vitest.json');
const vitestOk = run('unit + integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // Suites that fail to load have no tests counted: count each as a failure.
  totals.failed +=
    vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? vitest.numFailedTestSuites : 0;
}
if (!vitestOk || !vitest) {
  if (!vitest) totals.failed += 1;
  failedStages.push('vitest');
}

const built = check('build renderer', 'npx', [
  'vite',
  'build',
  '--config',
  'renderer/vite.config.ts',
  '--logLevel',
  'warn',
]);
if (built) {
  const pwReport = join(reports, 'playwright.json');
  const e2eOk = run('e2e (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    PW_JSON_REPORT: pwReport,
  });
  const stats = readJson(pwReport)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else {
    totals.failed += 1;
  }
  if (!e2eOk) failedStages.push('e2e');
}

if (failedStages.length > 0) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failedStages.length > 0 || totals.failed > 0 ? 1 : 0);
