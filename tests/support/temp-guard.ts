// A vitest setup file (unit, integration and wiring projects): each test file runs with its own
// empty temp dir (TMPDIR, which os.tmpdir() and child processes read), and fails after its last
// test if anything is left there. A test that writes to the temp dir cleans up after itself
// (tests/support/temp-dirs.ts); this guard then removes the empty dir.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Caches tools keep in the temp dir on purpose and reuse across runs, not a test's leftovers:
// the compile caches of tsx (`tsx-<uid>`), Playwright (`playwright-transform-cache-<uid>`) and
// jiti (`jiti`, the packaging tools' config loader).
const TOOL_CACHE = /^(tsx-\d+|playwright-transform-cache-\d+|jiti)$/;

const outer = process.env.TMPDIR;
const own = mkdtempSync(join(tmpdir(), 'vitest-file-'));
process.env.TMPDIR = own;

// Registered before the test file's own hooks, so (vitest runs afterAll hooks in reverse) it
// runs after them: their cleanup has happened by the time it looks.
afterAll(() => {
  const left = readdirSync(own).filter((entry) => !TOOL_CACHE.test(entry));
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(own, { recursive: true, force: true });
  if (left.length > 0) {
    throw new Error(`the test file left ${left.sort().join(', ')} in the temp dir; remove it`);
  }
});
