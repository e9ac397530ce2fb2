// The test runner tested on three small broken fixtures (tests/runner-fixtures/): its last line
// must never say "0 failed" about a failed run, and must not lose the tests that did run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summaryLine, vitestTotals } from '../../../scripts/test-summary.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const runner = (...args: string[]) => {
  const result = spawnSync('node', ['scripts/test-all.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, last: lines.at(-1), output: result.stdout };
};

describe('npm test summary on broken fixtures', { timeout: 180_000 }, () => {
  it('counts a vitest file that fails to load even when another test failed too', () => {
    const run = runner(
      '--only=vitest',
      '--vitest-config=tests/runner-fixtures/vitest-load-error/vitest.config.mjs',
    );
    expect(run.last).toBe('1 passed, 2 failed');
    expect(run.output).toContain('did not load or run:');
    expect(run.status).toBe(1);
  });

  it('counts an unhandled rejection (vitest exits 1 with every test passed) as a failure', () => {
    const run = runner(
      '--only=vitest',
      '--vitest-config=tests/runner-fixtures/vitest-unhandled/vitest.config.mjs',
    );
    expect(run.last).toBe('1 passed, 1 failed');
    expect(run.output).toContain('with no failed test');
    expect(run.status).toBe(1);
  });

  it('runs and counts the other e2e specs when one spec fails to load', () => {
    const run = runner(
      '--only=e2e',
      '--playwright-config=tests/runner-fixtures/e2e-load-error/playwright.config.mjs',
      '--e2e-dir=tests/runner-fixtures/e2e-load-error',
    );
    expect(run.last).toBe('2 passed, 1 failed');
    expect(run.output).toContain(
      'did not load: tests/runner-fixtures/e2e-load-error/broken.spec.mjs',
    );
    expect(run.status).toBe(1);
  });
});

describe('summary line', () => {
  it('says how many of the passed tests are permission-matrix rows', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        {
          name: 'permissions.test.ts',
          status: 'passed',
          assertionResults: [
            // it.each titles as vitest writes them: each value quoted.
            { title: "'teacher' / 'subject.view' is 'G'", status: 'passed' },
            { title: 'head / audit.verify -> A', status: 'passed' },
            { title: 'covers every role and permission', status: 'passed' },
          ],
        },
      ],
    };
    const totals = vitestTotals(report, 0);
    expect(summaryLine(totals)).toBe('3 passed (2 of them permission-matrix rows), 0 failed');
  });

  it('never says 0 failed for a non-zero exit', () => {
    const totals = vitestTotals(
      {
        numPassedTests: 5,
        numFailedTests: 0,
        numPendingTests: 1,
        numTodoTests: 0,
        testResults: [],
      },
      1,
    );
    expect(summaryLine(totals)).toBe('5 passed, 1 failed, 1 skipped');
    expect(summaryLine(vitestTotals(null, 0))).toBe('0 passed, 1 failed');
  });
});
