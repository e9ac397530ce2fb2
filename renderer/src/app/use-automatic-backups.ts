// Automatic backups (issue 10 item 2), for those who make backups (head, secretary), once signed
// in: the sign-in warning when the last verified backup is older than the configured days, and
// after the first unlock of each day a backup into the chosen folder, read back and verified.
// A failure is shown plainly and tried again at the next unlock. The browser host has no folder
// (it can only download): there the automatic backup is skipped quietly, the warning stays.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/access/permissions';
import { useNotify } from '../components/use-notify';
import { errorText } from '../features/backup/backup-text';
import { formatWhen } from '../features/backup/LastVerified';
import { getHost } from '../platform';
import type { Session } from '../services';
import { runBackup } from './backup-runner';
import { services } from './services';

type Say = {
  readonly warning: (text: string) => void;
  readonly saved: (fileName: string) => void;
  readonly failed: (error: unknown) => void;
  readonly noFolder: () => void;
};

/** The sign-in checks and the day's automatic backup; never throws. */
export const afterSignIn = async (
  session: Session,
  say: Say,
  warningText: (lastVerifiedAt: string | null, days: number) => string,
) => {
  const schedule = services().backupSchedule;
  const [status, policy] = await Promise.all([schedule.status(), schedule.policy()]);
  if (status.warn) say.warning(warningText(status.lastVerifiedAt, policy.warnAfterDays));
  const folder = (await getHost()).backupFolder;
  if (!folder || !(await schedule.automaticDue())) return;
  if ((await folder.get()) === null) {
    say.noFolder();
    return;
  }
  try {
    const outcome = await runBackup(session, 'automatic');
    if (outcome.kind === 'saved') say.saved(outcome.fileName);
  } catch (error) {
    say.failed(error);
  }
};

export const useAutomaticBackups = (session: Session | null): void => {
  const { t, i18n } = useTranslation();
  const { notify } = useNotify();
  const handled = useRef<Session | null>(null);
  const ready =
    session !== null &&
    !session.mustChangePassword &&
    !session.viaRecovery &&
    can(session.role, 'backup.create');
  useEffect(() => {
    // Once per sign-in: the session object changes only at unlock.
    if (!ready || handled.current === session) return;
    handled.current = session;
    const say: Say = {
      warning: (text) => {
        notify('warning', text);
      },
      saved: (fileName) => {
        notify('success', t('backup.autoDone'), fileName);
      },
      failed: (error) => {
        notify('error', t('backup.autoFailed'), errorText(t, error));
      },
      noFolder: () => {
        notify('info', t('backup.autoNoFolder'));
      },
    };
    const text = (at: string | null, days: number): string =>
      at === null
        ? t('backup.warnNever', { count: days })
        : t('backup.warnOld', { count: days, when: formatWhen(at, i18n.language) });
    void afterSignIn(session, say, text).catch(() => undefined);
  }, [ready, session, notify, t, i18n.language]);
};

/**
 * The backup on quit (Electron holds the close until it settles): made only when someone who
 * makes backups is signed in, a folder is chosen, and the register changed since the last
 * verified backup. A failure is recorded by runBackup and shown at the next sign-in.
 */
export const backupOnQuit = async (): Promise<void> => {
  const session = services().vault.currentSession();
  if (!session || !can(session.role, 'backup.create')) return;
  const folder = (await getHost()).backupFolder;
  if (!folder || (await folder.get()) === null) return;
  if (!(await services().backupSchedule.changedSinceBackup())) return;
  await runBackup(session);
};

export const useBackupOnQuit = (): void => {
  useEffect(() => {
    let unsubscribe: () => void = () => undefined;
    let live = true;
    void getHost().then((host) => {
      if (live) unsubscribe = host.onBeforeQuit(backupOnQuit);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
};
