// The backup command (Ctrl+S, the menu's "Izveidot rezerves kopiju") for a role without
// 'backup.create' (a teacher): refused at once as forbidden, and nothing is recorded. It used to
// run the backup, fail on the permission and record that "failure" as the register's last backup
// failure, which Sākums then showed the head until the next backup (app/backup-runner.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { installAppGlobals } from './app-globals';
import type { Session } from '@renderer/services';

const teacher: Session = {
  id: 'session-teacher',
  userId: 'user-teacher',
  role: 'teacher',
  groupIds: [],
  mustChangePassword: false,
  viaRecovery: false,
};

describe('runBackup for a role that may not make backups', () => {
  beforeAll(installAppGlobals);

  it('is refused as forbidden and records no backup failure', async () => {
    const { runBackup } = await import('@renderer/app/backup-runner');
    const { services } = await import('@renderer/app/services');
    const refused: unknown = await runBackup(teacher).catch((error: unknown) => error);
    expect((await services().backupSchedule.status()).lastFailure).toBeNull();
    expect(refused).toMatchObject({ code: 'forbidden', i18nKey: 'errors.forbidden' });
  });
});
