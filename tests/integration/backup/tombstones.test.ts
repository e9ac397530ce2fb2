// A backup made before an erasure, restored over the register: the erased child must not come
// back. The replaced register's erasure records are carried into the restored database and
// applied again at its first unlock, before the session (and any list) exists.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { eraseWhole } from '../retention/erase-now';
import { childSave, RECORDS_VERSIONS } from '../records/records-harness';
import { HEAD } from '../vault/helpers';
import { memoryStore } from './backup-harness';

describe('erasure tombstones after a restore', () => {
  it('a child erased after the backup stays erased when the backup replaces the register', async () => {
    const store = memoryStore();
    const databases = browserDatabaseSwitch(store);
    const db = createVaultDb(`tomb-${crypto.randomUUID()}`, RECORDS_VERSIONS);
    const s = createServices({ db, kdf: FLOOR_KDF, databases, appVersion: 'test' });
    await s.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'PII Testa dārziņš' } },
      head: HEAD,
    });
    const head = await s.vault.unlock(HEAD.username, HEAD.password);
    const records = createRecordsService(s.context);
    const erased = await records.saveSubject(head, childSave());
    await records.saveSubject(head, childSave({ givenNames: 'Marta', familyName: 'Bērziņa' }));
    const made = await s.backup.make(head);

    await eraseWhole(s.context, head, erased);
    const inspected = await s.backup.inspect(made.blob);
    const unlocked = await s.backup.unlock(inspected, HEAD);
    await s.backup.restoreReplacing(head, made.blob, inspected, unlocked);

    const active = activeDatabaseName(store);
    expect(active).toMatch(/-restored-/);
    const restored = createServices({
      db: createVaultDb(active),
      kdf: FLOOR_KDF,
      keybookFiles: databases.keybookFiles(active),
    });
    // Before the unlock the restored rows are still there (ciphertext); the unlock erases them.
    expect(await restored.context.db.table('subjects').count()).toBe(2);
    const again = await restored.vault.unlock(HEAD.username, HEAD.password);
    const list = await createRecordsService(restored.context).listSubjects(again);
    expect(list.map((c) => c.givenNames)).toEqual(['Marta']);
    expect(await restored.context.db.table('subjects').get(erased)).toBeUndefined();
    expect(restored.context.keybook.entriesOfOwner(erased)).toEqual([]);
  });
});
