// A backup of a register written by an earlier version (schema 20: one key per category, before
// per-person keys) restores at its own schema version, is upgraded by Dexie, and is converted
// at the head's first unlock like any older register: every child opens.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { writeBackup } from '@renderer/data/backup/backup-writer';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { loadRegister, readRegisterFixture, type RegisterFixture } from '../vault/register-fixture';

const fixture = readRegisterFixture('vault-v20') as RegisterFixture;

describe('backup of an older register', () => {
  it('restores at schema 20, upgrades, and the head unlock converts it', async () => {
    const name = await loadRegister(fixture, 20);
    const old = createVaultDb(
      name,
      VAULT_SCHEMA.filter((v) => v.version <= 20),
    );
    const parts: BlobPart[] = [];
    const { header } = await writeBackup(
      { db: old, keybookFiles: memoryKeybookFiles() },
      { appVersion: 'old', now: new Date('2025-01-01T00:00:00Z') },
      (chunk) => parts.push(new Uint8Array(chunk)),
    );
    old.close();
    expect(header.schemaVersion).toBe(20);
    const file = new Blob(parts);

    const map = new Map<string, string>();
    const store = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    const databases = browserDatabaseSwitch(store);
    const pc = createServices({
      db: createVaultDb(`empty-${crypto.randomUUID()}`),
      kdf: FLOOR_KDF,
      databases,
    });
    const inspected = await pc.backup.inspect(file);
    const unlocked = await pc.backup.unlock(inspected, {
      username: fixture.head.username,
      password: fixture.head.password,
    });
    await pc.backup.restoreFresh(file, inspected, unlocked);

    const active = activeDatabaseName(store);
    const restored = createServices({
      db: createVaultDb(active),
      kdf: FLOOR_KDF,
      keybookFiles: databases.keybookFiles(active),
    });
    const head = await restored.vault.unlock(fixture.head.username, fixture.head.password);
    const records = createRecordsService(restored.context);
    expect((await records.listSubjects(head)).map((s) => s.givenNames).sort()).toEqual([
      'Anniņa',
      'Pēteris',
      'Ēriks',
    ]);
    expect(await restored.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });
});
