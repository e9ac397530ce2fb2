import { describe, expect, it } from 'vitest';
import { assertRowAllowed } from '@renderer/data/db/plaintext-guard';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA_V1, type SchemaVersion } from '@renderer/data/db/schema';
import type { UserRow } from '@renderer/data/db/rows';
import { SCHEMA_WITH_RECORDS } from './records-schema';

const box = { iv: new Uint8Array(12), ct: new Uint8Array(32) };
const user: UserRow = {
  id: 'u1',
  role: 'teacher',
  status: 'active',
  lookupTag: 'ab',
  mustChangePassword: true,
  groupIds: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  sealed: { core: box },
};
const fresh = (versions: readonly SchemaVersion[] = [VAULT_SCHEMA_V1]) =>
  createVaultDb(`guard-${crypto.randomUUID()}`, versions);

describe('plaintext guard middleware', () => {
  it('accepts rows made only of allowed fields and sealed boxes', async () => {
    const db = fresh();
    await db.users.add(user);
    expect(await db.users.count()).toBe(1);
  });

  it('rejects a plaintext personal field and writes nothing', async () => {
    const db = fresh();
    const leaking = { ...user, username: 'janis' } as UserRow;
    await expect(db.users.add(leaking)).rejects.toMatchObject({
      code: 'storage',
      details: { table: 'users', field: 'username' },
    });
    await expect(
      db.users.bulkPut([
        { ...user, id: 'ok' },
        { ...leaking, id: 'bad' },
      ]),
    ).rejects.toMatchObject({ code: 'storage' });
    expect(await db.users.count()).toBe(0);
  });

  it('rejects personal data smuggled in through modify()', async () => {
    const db = fresh();
    await db.users.add(user);
    await expect(
      db.users.toCollection().modify({ displayName: 'Jānis Bērziņš' }),
    ).rejects.toMatchObject({
      code: 'storage',
      i18nKey: 'errors.plaintextField',
      details: { table: 'users', field: 'displayName' },
    });
    expect(Object.keys((await db.users.get('u1')) ?? {})).not.toContain('displayName');
  });

  it('rejects unknown categories and non-box values inside sealed', async () => {
    const db = fresh();
    await expect(
      db.users.add({ ...user, sealed: { names: box } } as unknown as UserRow),
    ).rejects.toMatchObject({ code: 'storage' });
    await expect(
      db.users.add({ ...user, sealed: { core: 'Jānis' } } as unknown as UserRow),
    ).rejects.toMatchObject({ code: 'storage' });
    await expect(
      db.users.add({ ...user, sealed: { core: { ...box, name: 'x' } } } as unknown as UserRow),
    ).rejects.toMatchObject({ code: 'storage' });
  });

  it("checks a later version's table against its own allow-list", async () => {
    const db = fresh(SCHEMA_WITH_RECORDS);
    const records = db.table('testRecords');
    await records.add({ id: 'r1', groupId: 'g1', sealed: { identifiers: box } });
    await expect(
      records.add({ id: 'r2', groupId: 'g1', personalCode: '010118-00000', sealed: {} }),
    ).rejects.toMatchObject({ code: 'storage' });
    expect(await records.count()).toBe(1);
  });

  it('refuses every write to a table that declared no allow-list', async () => {
    const db = fresh([VAULT_SCHEMA_V1, { version: 2, stores: { unlisted: 'id' }, plaintext: {} }]);
    await expect(db.table('unlisted').add({ id: 'x' })).rejects.toMatchObject({ code: 'storage' });
  });

  it('throws synchronously from the check itself', () => {
    expect(() => {
      assertRowAllowed('users', new Set(['id']), { id: 'x', name: 'y' });
    }).toThrow(/plaintextField/);
  });
});
