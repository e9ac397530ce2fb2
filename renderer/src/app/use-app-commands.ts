// Carries out the app's commands (native menu and accelerators under Electron, the same keys in
// the browser host): print what is on screen, focus the search box, lock, open the help page.
import { useEffect } from 'react';
import { can } from '@shared/access/permissions';
import { useTranslation } from 'react-i18next';
import { runScreenCommand } from '../components/use-screen-command';
import { useNotify } from '../components/use-notify';
import { getHost, type AppCommand } from '../platform';
import { backupRunning, runBackup } from './backup-runner';
import { services } from './services';
import { navigate } from './use-hash-route';

/** The help page's route (F1). */
export const HELP_SECTION = 'help';

/**
 * Subscribes to the host's commands while mounted. `lock` locks the vault; "print" and "find"
 * go to the screen's registered handler, and say so when the screen has nothing to print.
 */
export const useAppCommands = (lock: () => void): void => {
  const { t } = useTranslation();
  const { notify, notifyError } = useNotify();
  useEffect(() => {
    // Ctrl+S (the menu's "Izveidot rezerves kopiju"): make, save and verify a backup. A role
    // without the permission is only told so (runBackup refuses it and records nothing).
    // Pressed while a backup runs it is that backup: nothing more to start, and whoever started
    // it (the button, the automatic backup, the replace flow) says how it ended; saying it again
    // was a second "saglabāta un pārbaudīta" toast for one file.
    const backup = (): void => {
      const session = services().vault.currentSession();
      if (!session) return;
      if (backupRunning()) return;
      if (can(session.role, 'backup.create')) notify('info', t('backup.running'));
      runBackup(session).then((outcome) => {
        if (outcome.kind === 'saved') notify('success', t('backup.done'), outcome.fileName);
      }, notifyError);
    };
    const run = (command: AppCommand): void => {
      if (command === 'lock') lock();
      else if (command === 'backup') backup();
      else if (command === 'help') navigate(HELP_SECTION);
      else if (command === 'find') runScreenCommand('find');
      else if (!runScreenCommand('print')) notify('info', t('print.nothingToPrint'));
    };
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void getHost().then((host) => {
      if (live) unsubscribe = host.onCommand(run);
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [lock, notify, notifyError, t]);
};
