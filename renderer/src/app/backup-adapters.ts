// The backup screens' APIs over the services and the host (features never import services).
import { can } from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import type { BackupApi } from '../features/backup/BackupSection';
import type { AutomaticBackupApi } from '../features/backup/AutomaticBackupSection';
import type { BackupTileApi } from '../features/backup/BackupTile';
import { getHost } from '../platform';
import type { BackupFailure, Session } from '../services';
import { perSession } from './per-session';
import {
  lastVerifiedBackup,
  runBackup,
  subscribeBackups,
  watchBackupProgress,
} from './backup-runner';
import { services } from './services';

export const backupApi = (session: Session): BackupApi => ({
  make: async () => {
    const outcome = await runBackup(session);
    return outcome.kind === 'saved' ? { fileName: outcome.fileName } : null;
  },
  lastVerified: lastVerifiedBackup,
  subscribe: subscribeBackups,
  // The backup before a replace is shown by the replace flow's own bar: one backup, one bar.
  watchProgress: (listener) =>
    watchBackupProgress((progress) => {
      listener(progress?.fraction ?? null, progress?.reason === 'beforeReplace');
    }),
});

/** A recorded failure as the error the backup screens already know how to word. */
export const failureError = (failure: BackupFailure): AppError =>
  new AppError('storage', failure.i18nKey, failure.reason ? { reason: failure.reason } : {});

/** Sākums' backup tile: the head's and the secretary's (those who make backups). */
export const backupTileApi = (session: Session, openSettings: () => void): BackupTileApi | null =>
  can(session.role, 'backup.create')
    ? {
        status: async () => {
          const schedule = services().backupSchedule;
          const [status, policy] = await Promise.all([schedule.status(), schedule.policy()]);
          return {
            lastVerifiedAt: status.lastVerifiedAt,
            warn: status.warn,
            lastFailure: status.lastFailure ? failureError(status.lastFailure) : null,
            warnAfterDays: policy.warnAfterDays,
          };
        },
        subscribe: subscribeBackups,
        openSettings,
      }
    : null;

/** Settings' automatic backups: the policy (head changes it) and the folder (Electron). */
export const automaticBackupApi = perSession((session: Session): AutomaticBackupApi => ({
  canManage: can(session.role, 'settings.manage'),
  policy: () => services().backupSchedule.policy(),
  savePolicy: (policy) => services().backupSchedule.setPolicy(session, policy),
  folder: {
    supported: async () => (await getHost()).backupFolder !== null,
    get: async () => (await (await getHost()).backupFolder?.get()) ?? null,
    choose: async () => (await (await getHost()).backupFolder?.choose()) ?? null,
  },
}));
