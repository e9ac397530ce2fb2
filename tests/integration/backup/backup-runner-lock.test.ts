// A backup the session's end stops (the user locks the app, the idle lock, Windows locking while
// a backup is written): not a failure of the register's backups. It used to be recorded as the
// last backup failure (Sākums showed it until the next backup) and rejected with "Lietotne ir
// bloķēta. Piesakieties vēlreiz.", which the next person to sign in (a teacher) saw as a toast
// (app/backup-runner.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { installAppGlobals } from './app-globals';

const HEAD = { username: 'vaditaja', displayName: 'Test Head', password: 'zalas-liepas-lapas-9' };

describe('runBackup when the session ends under it', () => {
  beforeAll(installAppGlobals);

  it('resolves as interrupted and records no failure', async () => {
    const { runBackup } = await import('@renderer/app/backup-runner');
    const { services } = await import('@renderer/app/services');
    const s = services();
    await s.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'PII Testa dārziņš' } },
      head: HEAD,
    });
    const head = await s.vault.unlock(HEAD.username, HEAD.password);
    const running = runBackup(head);
    await s.vault.lock(head);
    const outcome: unknown = await running.catch((error: unknown) => error);
    expect(outcome).toEqual({ kind: 'interrupted' });
    const again = await s.vault.unlock(HEAD.username, HEAD.password);
    expect(again.id).not.toBe(head.id);
    expect((await s.backupSchedule.status()).lastFailure).toBeNull();
  });
});
