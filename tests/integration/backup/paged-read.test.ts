// The writer reads each table in pages (a key range after the last key read, 500 rows a page)
// inside its one read-only transaction: a table of more rows than several pages is in the file
// whole, every row exactly once; the restore writes it in several transactions (ROWS_PER_WRITE)
// and the restored table holds the same rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { passOver } from '@renderer/data/backup/backup-reader';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { createServices } from '@renderer/services';
import { RECORDS_VERSIONS, type RecordsVault } from '../records/records-harness';
import { memoryStore, registerWithChild } from './backup-harness';

const ROWS = 2_101;

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

    const store = memoryStore();
    const databases = browserDatabaseSwitch(store);
    const pc = createServices({
      db: createVaultDb(`fresh-${crypto.randomUUID()}`, RECORDS_VERSIONS),
      kdf: FLOOR_KDF,
      databases,
      appVersion: 'test',
    });
    const inspected = await pc.backup.inspect(made.blob);
    const unlocked = await pc.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    await pc.backup.restoreFresh(made.blob, inspected, unlocked);
    const restored = createVaultDb(activeDatabaseName(store));
    await restored.open();
    expect(await restored.table('settings').toCollection().primaryKeys()).toEqual(expected);
    restored.close();
  }, 60_000);
});
