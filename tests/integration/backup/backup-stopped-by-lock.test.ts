// A backup's write stops when the session that asked for it ends (a lock, the idle lock): the
// write needs no key (rows are copied as stored), so nothing else stopped it, and a backup
// still running after the lock was joined by the next sign-in's Ctrl+S or automatic backup,
// which then ended as 'interrupted' with no file and nothing said (services/backup/backup-service.ts).
import { describe, expect, it } from 'vitest';
import type { BackupBlobWriter } from '@renderer/data/backup/blob-backup';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createServices, createVaultDb } from '@renderer/services';

const HEAD = { username: 'vaditaja', displayName: 'Test Head', password: 'zalas-liepas-lapas-9' };

/** A write that never ends by itself (a large register): only its signal ends it. */
const endlessWriter: BackupBlobWriter = (_source, { signal }) =>
  new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => {
      reject(signal.reason as Error);
    });
  });

describe('making a backup when the session ends', () => {
  it('stops the write at the lock, with errors.sessionLocked', async () => {
    const s = createServices({
      db: createVaultDb(`stopped-${crypto.randomUUID()}`),
      kdf: FLOOR_KDF,
      backupWriter: endlessWriter,
    });
    await s.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'PII Testa dārziņš' } },
      head: HEAD,
    });
    const head = await s.vault.unlock(HEAD.username, HEAD.password);
    const making = s.backup.make(head).catch((error: unknown) => error);
    await s.vault.lock(head);
    expect(await making).toMatchObject({ code: 'locked', i18nKey: 'errors.sessionLocked' });
  });
});
