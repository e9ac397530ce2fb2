import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA, type SchemaVersion } from '@renderer/data/db/schema';
import { createServices } from '@renderer/services';
import { HEAD } from './helpers';

// The next version as a later feature would write it: a new table and a data step in upgrade().
const LATEST = Math.max(...VAULT_SCHEMA.map((v) => v.version));
const V2: SchemaVersion = {
  version: LATEST + 1,
  stores: { testRecords: 'id, groupId' },
  plaintext: { testRecords: ['id', 'groupId'] },
  upgrade: async (tx) => {
    await tx.table('settings').put({ id: 'migratedToV2', value: true });
  },
};

describe('schema migration', () => {
  it('opens a database made by the current version with the next one, keeping the vault usable', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = createVaultDb(name, VAULT_SCHEMA);
    const first = createServices({ db: v1, kdf: FLOOR_KDF });
    await first.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'X' } },
      head: HEAD,
    });
    const s1 = await first.vault.unlock(HEAD.username, HEAD.password);
    await first.audit.audit(s1, 'subject.view', 'subject', 's1');
    expect(v1.tables.map((t) => t.name)).not.toContain('testRecords');
    v1.close();

    const v2 = createVaultDb(name, [...VAULT_SCHEMA, V2]);
    await v2.open();
    expect(v2.tables.map((t) => t.name)).toContain('testRecords');
    expect((await v2.settings.get('migratedToV2'))?.value).toBe(true);
    const second = createServices({ db: v2, kdf: FLOOR_KDF });
    const s2 = await second.vault.unlock(HEAD.username, HEAD.password);
    expect(await second.audit.verifyAudit(s2)).toEqual({ ok: true, count: 5 });
    await v2.table('testRecords').add({ id: 'r1', groupId: 'g', sealed: {} });
    expect(await v2.table('testRecords').count()).toBe(1);
    v2.close();
  });
});
