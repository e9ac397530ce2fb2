// Temporary folders for tests, and their removal. Every test file that calls tempDir removes them
// all with `afterAll(removeTempDirs)`; tests/support/temp-guard.ts fails a file that forgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The folders made by tempDir in this test file (vitest evaluates this module again per file).
const made: string[] = [];

/**
 * A fresh, empty folder under the OS temp dir (`os.tmpdir()`), named `<prefix><6 random chars>`.
 * The prefix only helps a person reading the temp dir; it never carries personal data.
 */
export const tempDir = (prefix = 'pdf-test-'): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** Removes every folder tempDir made (in this test file) so far, with all it holds. */
export const removeTempDirs = (): void => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
};
