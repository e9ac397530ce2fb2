// The writer reads each table in pages (a key range after the last key read, 500 rows a page)
// inside its one read-only transaction: a table of more rows than several pages is in the file
// whole, every row exactly once, and the file restores with the same rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { passOver } from '@renderer/data/backup/backup-reader';
import type { RecordsVault } from '../records/records-harness';
import { registerWithChild } from './backup-harness';

const ROWS = 1_201;

describe('a table of many pages', () => {
  let v: RecordsVault;

  beforeAll(async () => {
    ({ v } = await registerWithChild());
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      id: `bench.page-${String(i).padStart(5, '0')}`,
      value: i,
    }));
    await v.db.table('settings').bulkPut(rows);
  }, 60_000);

  it('is in the backup whole, every row once, in key order', async () => {
    const expected = (await v.db.table('settings').toCollection().primaryKeys()) as string[];
    expect(expected.length).toBeGreaterThan(ROWS);
    const made = await v.backup.make(v.head);
    const ids: string[] = [];
    await passOver(made.blob, {
      rows: (table, rows) => {
        if (table === 'settings') for (const row of rows) ids.push(row['id'] as string);
      },
    });
    expect(ids).toEqual(expected);
    await expect(made.verifyCopy(made.blob)).resolves.toBeUndefined();
  });
});
