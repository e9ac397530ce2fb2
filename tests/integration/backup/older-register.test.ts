// A backup of a register written by an earlier version (schema 20: one key per category, before
// per-person keys) restores at its own schema version, is upgraded by Dexie, and is converted
// at the head's first unlock like any older register: every child opens.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { writeBackup } from '@renderer/data/backup/backup-writer';
import { verifyBackup } from '@renderer/data/backup/backup-verify';
import type { SlotRow, UserRow, VaultMetaRow } from '@renderer/data/db/rows';
import { lookupTag } from '@renderer/data/vault/lookup-tag';
import { openSlot } from '@renderer/data/vault/principals';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { loadRegister, readRegisterFixture, type RegisterFixture } from '../vault/register-fixture';
import { memoryStore } from './backup-harness';

const fixture = readRegisterFixture('vault-v20') as RegisterFixture;

describe('backup of an older register', () => {
  it('restores at schema 20, upgrades, and the head unlock converts it', async () => {
    const name = await loadRegister(fixture, 20);
    const old = createVaultDb(
      name,
      VAULT_SCHEMA.filter((v) => v.version <= 20),
    );
    const parts: BlobPart[] = [];
    const { header, macKey } = await writeBackup(
      { db: old, keybookFiles: memoryKeybookFiles() },
      { appVersion: 'old', now: new Date('2025-01-01T00:00:00Z') },
      (chunk) => parts.push(new Uint8Array(chunk)),
    );
    expect(header.schemaVersion).toBe(20);
    const file = new Blob(parts);
    // Verifying opens every row at seal version 1 under the category keys (no keybook yet).
    const meta = (await old.meta.get('vault')) as VaultMetaRow;
    const tag = await lookupTag(meta.installSalt, fixture.head.username);
    const user = (await old.users.where('lookupTag').equals(tag).first()) as UserRow;
    const slot = (await old.slots.where('principalId').equals(user.id).first()) as SlotRow;
    const privateKey = await openSlot(slot, fixture.head.password);
    old.close();
    const report = await verifyBackup(file, macKey, { principalId: user.id, privateKey });
    expect(report).toMatchObject({ skipped: 0 });
    expect(report.opened).toBeGreaterThan(3);

    const store = memoryStore();
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
