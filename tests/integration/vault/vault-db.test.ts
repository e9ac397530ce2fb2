// The vault's Dexie database (renderer/src/data/db/vault-db.ts): its default name (an existing
// register is found by it, and a restore switches away from and back to it), every schema
// version declared, and the vault tables a snapshot compares. Written from the file's mutation
// survivors (docs/benchmarks.md, issue 15).
import { describe, expect, it } from 'vitest';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { createVaultDb, DEFAULT_DB_NAME } from '@renderer/data/db/vault-db';

describe('the vault database', () => {
  it("is named 'piekrisanas-registrs' unless told otherwise, with every schema version", async () => {
    expect(DEFAULT_DB_NAME).toBe('piekrisanas-registrs');
    const db = createVaultDb();
    expect(db.name).toBe('piekrisanas-registrs');
    expect(db.schemaVersions).toBe(VAULT_SCHEMA);
    await db.open();
    expect(db.verno).toBe(Math.max(...VAULT_SCHEMA.map((v) => v.version)));
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['scopeKeys', 'erasures', 'subjects', 'consentForms']),
    );
    db.close();
    await db.delete();
  });

  it('the vault tables are its own state, without the login-attempt counter', () => {
    const db = createVaultDb(`vault-db-${crypto.randomUUID()}`);
    expect(db.vaultTables.map((t) => t.name)).toEqual([
      'meta',
      'users',
      'slots',
      'grants',
      'audit',
      'settings',
    ]);
  });
});
