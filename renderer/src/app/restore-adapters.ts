// The restore screens' API: keeps the chosen file, what inspecting it found and its unlocked
// key between the steps. Replacing the register in use (head) first makes and verifies a backup
// of the current state; if that cannot be saved, nothing is replaced.
import { AppError } from '@shared/errors/app-error';
import type { RestoreApi, RestorePreview } from '../features/backup/restore-api';
import type { BackupHeader, InspectedBackup, Session, UnlockedBackup } from '../services';
import { runBackup, watchBackupProgress } from './backup-runner';
import { services } from './services';

const countOf = (header: BackupHeader, table: string): number =>
  header.tables.find((t) => t.name === table)?.count ?? 0;

const previewOf = (inspected: InspectedBackup, unlocked: UnlockedBackup): RestorePreview => {
  const { header } = inspected;
  const name = unlocked.institution.name;
  return {
    institution: typeof name === 'string' ? name : '',
    createdAt: header.createdAt,
    children: countOf(header, 'subjects'),
    representatives: countOf(header, 'representatives'),
    consentEvents: countOf(header, 'consentEvents'),
    scans: countOf(header, 'consentEvidence'),
    staff: countOf(header, 'users'),
  };
};

const notReady = (): AppError => new AppError('validation', 'errors.backup.notBackup');

/** `replacing`: the head's session when the register in use is to be replaced. */
export const createRestoreApi = (replacing?: Session): RestoreApi => {
  let file: File | undefined;
  let inspected: InspectedBackup | undefined;
  let unlocked: UnlockedBackup | undefined;
  return {
    choose: async (chosen) => {
      file = undefined;
      unlocked = undefined;
      inspected = await services().backup.inspect(chosen);
      file = chosen;
      return { createdAt: inspected.header.createdAt };
    },
    unlock: async (secret) => {
      if (!inspected) throw notReady();
      unlocked = await services().backup.unlock(inspected, secret);
      return previewOf(inspected, unlocked);
    },
    restore: async (onStatus) => {
      if (!file || !inspected || !unlocked) throw notReady();
      const progress = (fraction: number): void => {
        onStatus({ step: 'restoring', fraction });
      };
      if (!replacing) {
        await services().backup.restoreFresh(file, inspected, unlocked, progress);
        return;
      }
      // The automatic backup of the current state comes first; a cancelled save (or a lock
      // that stopped it) stops here.
      onStatus({ step: 'backingUp', fraction: 0 });
      const stop = watchBackupProgress((progress) => {
        if (progress !== null) onStatus({ step: 'backingUp', fraction: progress.fraction });
      });
      const before = await runBackup(replacing, 'beforeReplace').finally(stop);
      if (before.kind !== 'saved')
        throw new AppError('validation', 'errors.backup.needBackupFirst');
      await services().backup.restoreReplacing(replacing, file, inspected, unlocked, progress);
    },
    reopen: () => {
      const session = services().vault.currentSession();
      const done = session ? services().vault.lock(session) : Promise.resolve();
      void done.finally(() => {
        window.location.hash = '';
        window.location.reload();
      });
    },
  };
};
