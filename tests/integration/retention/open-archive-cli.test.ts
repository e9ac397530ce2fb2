// `npm run open-archive` (scripts/open-archive.ts, issue 9 item 7): a file that cannot be read is
// refused with its one "Refused: …" line and exit 1, not a Node stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, removeTempDirs } from '../../unit/pdf/pdf-tools';

afterAll(removeTempDirs);

describe('open-archive CLI', () => {
  it('a missing file: one "Refused" line, exit 1, nothing written', () => {
    const dir = tempDir();
    const run = spawnSync(
      'npx',
      [
        'tsx',
        '--tsconfig',
        'tsconfig.scripts.json',
        'scripts/open-archive.ts',
        join(dir, 'nav-tada.prarh'),
        'ABCDE-ABCDE-ABCDE-ABCDE-ABCDE',
        join(dir, 'out'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Refused: the file cannot be read/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
