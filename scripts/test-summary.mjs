// The counting rules of `npm test`'s summary line, kept pure so the runner's own test can check
// them against real reports of broken fixtures (tests/runner-fixtures/). The one promise: a stage
// that exits non-zero is never summarised as "0 failed".

/**
 * A permission-matrix row: one (role, permission) cell of a parametrised table, titled
 * "<role> / <permission> …", vitest quoting each value ("'head' / 'audit.view' is 'A'")
 * (tests/unit/shared/permissions.test.ts and
 * tests/integration/vault/permissions-matrix.test.ts). Rows are counted apart so nobody mistakes
 * hundreds of cells for hundreds of behaviours.
 */
export const MATRIX_ROW = /^'?[a-z][a-z_-]*'? \/ '?[a-z]+(\.[a-z-]+)+'?(\s|$)/i;

const empty = () => ({ passed: 0, failed: 0, skipped: 0, matrixRows: 0, notes: [] });

/**
 * Totals of a vitest JSON report. A file that failed without a failed test (it did not load, or a
 * hook threw) counts as one failure; a non-zero exit with nothing failed (an unhandled rejection
 * or error) counts as one; a missing report counts as one.
 * @param {any} report parsed `--reporter=json` output, or null
 * @param {number | null} exitCode
 */
export const vitestTotals = (report, exitCode) => {
  const totals = empty();
  if (!report) {
    totals.failed += 1;
    totals.notes.push('vitest wrote no report');
    return totals;
  }
  totals.passed = report.numPassedTests;
  totals.failed = report.numFailedTests;
  totals.skipped = report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults ?? []) {
    const results = file.assertionResults ?? [];
    if (file.status === 'failed' && !results.some((test) => test.status === 'failed')) {
      totals.failed += 1;
      totals.notes.push(`did not load or run: ${file.name}`);
    }
    totals.matrixRows += results.filter(
      (test) => test.status === 'passed' && MATRIX_ROW.test(test.title),
    ).length;
  }
  return withExitCode(totals, 'vitest', exitCode);
};

/**
 * Totals of a Playwright run: its JSON report's stats, plus one failure per spec file that could
 * not load (those were left out of the run so the other specs still ran and count) and one per
 * global error (e.g. the web server did not start).
 * @param {any} report parsed JSON report of the run, or null when there was no run or no report
 * @param {readonly string[]} brokenFiles spec files that failed to load
 * @param {number | null} exitCode
 */
export const playwrightTotals = (report, brokenFiles, exitCode) => {
  const totals = empty();
  for (const file of brokenFiles) {
    totals.failed += 1;
    totals.notes.push(`did not load: ${file}`);
  }
  const stats = report?.stats;
  if (!stats) {
    if (brokenFiles.length === 0) {
      totals.failed += 1;
      totals.notes.push('Playwright wrote no report');
    }
    return totals;
  }
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  const globalErrors = report.errors?.length ?? 0;
  if (globalErrors > 0) {
    totals.failed += globalErrors;
    totals.notes.push(`${globalErrors} error(s) outside any test`);
  }
  return withExitCode(totals, 'Playwright', exitCode);
};

/** A non-zero exit with no failure counted is itself one failure. */
const withExitCode = (totals, tool, exitCode) => {
  if (exitCode !== 0 && totals.failed === 0) {
    totals.failed = 1;
    totals.notes.push(
      `${tool} exited ${String(exitCode)} with no failed test (an unhandled error?)`,
    );
  }
  return totals;
};

/**
 * The last line CI reads: "N passed, N failed[, N skipped]", with the matrix rows named inside
 * the passed count, e.g. "1203 passed (513 of them permission-matrix rows), 0 failed".
 * @param {{ passed: number, failed: number, skipped: number, matrixRows: number }} totals
 */
export const summaryLine = (totals) => {
  const rows =
    totals.matrixRows > 0 ? ` (${totals.matrixRows} of them permission-matrix rows)` : '';
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  return `${totals.passed} passed${rows}, ${totals.failed} failed${skipped}`;
};
