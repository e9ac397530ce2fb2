// A restore opens every row of the file before it counts (issue 10: "restore into a new
// database, verify, then switch"): a file that authenticates (its MAC is good) but holds a row
// sealed under a key the file does not carry is refused with
// errors.backup.restoreRowDoesNotOpen, no new database is left behind and nothing is switched,
// on a fresh PC and when replacing the register in use, which stays exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { createServices } from '@renderer/services';
import { RECORDS_VERSIONS, type RecordsVault } from '../records/records-harness';
import { HEAD } from '../vault/helpers';
import { memoryStore, registerWithChild, withStrangerRow } from './backup-harness';

const restoredDatabases = async (): Promise<string[]> =>
  (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((name) => name.includes('-restored-'))
    .sort();

describe('a restore opens every row first', () => {
  let v: RecordsVault;
  let childId: string;
  let bad: Blob;
  let good: Blob;

  beforeAll(async () => {
    ({ v, childId } = await registerWithChild());
    good = (await v.backup.make(v.head)).blob;
    bad = await withStrangerRow(v, childId, async () => (await v.backup.make(v.head)).blob);
  }, 60_000);

  it('on a fresh PC: refused by name, nothing restored, nothing switched', async () => {
    const store = memoryStore();
    const db = createVaultDb(`fresh-${crypto.randomUUID()}`, RECORDS_VERSIONS);
    const pc = createServices({
      db,
      kdf: FLOOR_KDF,
      databases: browserDatabaseSwitch(store),
      appVersion: 'test',
    });
    const before = await restoredDatabases();
    const inspected = await pc.backup.inspect(bad);
    const unlocked = await pc.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    await expect(pc.backup.restoreFresh(bad, inspected, unlocked)).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'errors.backup.restoreRowDoesNotOpen',
      details: { table: 'subjects' },
    });
    expect(await restoredDatabases()).toEqual(before);
    expect(store.map.size).toBe(0);
  });

  it('replacing the register: refused, the register in use unchanged', async () => {
    const store = memoryStore();
    const s = createServices({
      db: v.db,
      kdf: FLOOR_KDF,
      databases: browserDatabaseSwitch(store),
      appVersion: 'test',
    });
    const rowsBefore = await v.db.table('subjects').toArray();
    const before = await restoredDatabases();
    const inspected = await s.backup.inspect(bad);
    const unlocked = await s.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    await expect(s.backup.restoreReplacing(v.head, bad, inspected, unlocked)).rejects.toMatchObject(
      { i18nKey: 'errors.backup.restoreRowDoesNotOpen' },
    );
    expect(await restoredDatabases()).toEqual(before);
    expect(store.map.size).toBe(0);
    expect(await v.db.table('subjects').toArray()).toEqual(rowsBefore);
    expect((await v.records.getSubject(v.head, childId)).subject.id).toBe(childId);
  });

  it('the good file of the same register restores', async () => {
    const db = createVaultDb(`fresh-${crypto.randomUUID()}`, RECORDS_VERSIONS);
    const store = memoryStore();
    const pc = createServices({
      db,
      kdf: FLOOR_KDF,
      databases: browserDatabaseSwitch(store),
      appVersion: 'test',
    });
    const inspected = await pc.backup.inspect(good);
    const unlocked = await pc.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    await expect(pc.backup.restoreFresh(good, inspected, unlocked)).resolves.toBeUndefined();
    expect(activeDatabaseName(store)).toMatch(/-restored-/);
  });
});
