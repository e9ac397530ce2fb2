// The backup screens' APIs over the services and the host (features never import services).
import type { BackupApi } from '../features/backup/BackupSection';
import type { Session } from '../services';
import { lastVerifiedBackup, runBackup, subscribeBackups } from './backup-runner';

export const backupApi = (session: Session): BackupApi => ({
  make: async () => {
    const outcome = await runBackup(session);
    return outcome.kind === 'saved' ? { fileName: outcome.fileName } : null;
  },
  lastVerified: lastVerifiedBackup,
  subscribe: subscribeBackups,
});
