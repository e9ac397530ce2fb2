// Schema version 40 adds the request register's tables. A register made by the version before it
// (records and consents, no requests) opens unchanged, and the new tables work at once.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { REQUESTS_SCHEMA_VERSION } from '@renderer/data/requests';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { childSave } from '../records/records-harness';
import { HEAD } from '../vault/helpers';

describe('schema version 40 (requests)', () => {
  it('opens a register made by the previous version, keeping its children and audit chain', async () => {
    const name = `migrate-requests-${crypto.randomUUID()}`;
    const previous = VAULT_SCHEMA.filter((v) => v.version < REQUESTS_SCHEMA_VERSION);
    expect(previous.length).toBe(VAULT_SCHEMA.length - 1);
    const oldDb = createVaultDb(name, previous);
    const before = createServices({ db: oldDb, kdf: FLOOR_KDF });
    await before.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'X' } },
      head: HEAD,
    });
    const head1 = await before.vault.unlock(HEAD.username, HEAD.password);
    const childId = await createRecordsService(before.context).saveSubject(head1, childSave());
    expect(oldDb.tables.map((t) => t.name)).not.toContain('dsRequests');
    oldDb.close();

    const newDb = createVaultDb(name);
    await newDb.open();
    expect(newDb.verno).toBe(REQUESTS_SCHEMA_VERSION);
    expect(newDb.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['dsRequests', 'disclosures']),
    );
    const after = createServices({ db: newDb, kdf: FLOOR_KDF });
    const head2 = await after.vault.unlock(HEAD.username, HEAD.password);
    const records = createRecordsService(after.context);
    expect((await records.getSubject(head2, childId)).subject.givenNames).toBe('Anniņa');
    expect((await after.audit.verifyAudit(head2)).ok).toBe(true);
    // The plaintext guard knows the new tables: a personal field in clear is refused.
    await expect(
      newDb
        .table('dsRequests')
        .add({ id: 'x', year: 2025, seq: 1, description: 'Anniņa', sealed: {} }),
    ).rejects.toMatchObject({ i18nKey: 'errors.plaintextField' });
    newDb.close();
  });
});
