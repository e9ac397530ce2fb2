import { Button, Spinner } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import { PdfViewer } from '../components/PdfViewer';
import { RestoreStartNotice } from '../features/backup/RestoreStartNotice';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { LoginScreen, type LoginOutcome } from '../features/auth/LoginScreen';
import { SetupWizard } from '../features/setup/SetupWizard';
import { getHost } from '../platform';
import type { Session } from '../services';
import { retryAfterMs } from './adapters';
import { App } from './App';
import { createSetupApi } from './setup-adapter';
import { services, type StartOutcome } from './services';
import { SignedInAs } from './SignedInAs';
import { useAppCommands } from './use-app-commands';
import { useAutomaticBackups, useBackupOnQuit } from './use-automatic-backups';
import { useCloseDocumentsOnLock } from './use-close-documents-on-lock';
import { useMenuState } from './use-menu-state';
import { resetRouteToHome } from './use-hash-route';
import { useIdleLock } from './use-idle-lock';

type Phase = 'loading' | 'setup' | 'ready';

const useSession = (): Session | null =>
  useSyncExternalStore(services().vault.subscribe, services().vault.currentSession, () => null);

// The gate in front of everything personal: setup on first run, sign-in when locked, the forced
// password change, then the app. Locking drops the keys and returns here. `startOutcome`: what
// the start's database check found (main.tsx); a restore it undid is said until the first sign-in.
export const Root = ({ startOutcome }: { readonly startOutcome: StartOutcome }) => {
  const { t } = useTranslation();
  const session = useSession();
  const [phase, setPhase] = useState<Phase>('loading');
  const [idleMinutes, setIdleMinutes] = useState(10);
  const [username, setUsername] = useState('');
  const [notice, setNotice] = useState(startOutcome);

  useEffect(() => {
    if (session) setNotice('ready');
  }, [session]);

  useEffect(() => {
    void services()
      .vault.vaultExists()
      .then((exists) => {
        setPhase(exists ? 'ready' : 'setup');
      });
  }, []);

  useEffect(() => {
    // The window title never names a person; it is the same locked or not.
    document.title = t('app.title');
  }, [t]);

  const lock = useCallback(() => {
    const current = services().vault.currentSession();
    if (current) void services().vault.lock(current);
  }, []);

  useEffect(() => {
    if (!session) return;
    void services().settings.getIdleLockMinutes().then(setIdleMinutes);
  }, [session]);

  useIdleLock(session !== null, idleMinutes, lock);

  // Ctrl+L and the other command keys arrive as host commands (the native menu under
  // Electron, the page's keys in the browser host); sleep and screen lock as lock requests.
  useAppCommands(lock);
  useAutomaticBackups(session);
  useBackupOnQuit();
  useCloseDocumentsOnLock();
  useMenuState(session);

  useEffect(() => {
    let unsubscribe: () => void = () => undefined;
    void getHost().then((host) => {
      unsubscribe = host.onLockRequest(lock);
    });
    return () => {
      unsubscribe();
    };
  }, [lock]);

  const login = async (name: string, password: string): Promise<LoginOutcome> => {
    try {
      // Before the unlock: the app then mounts on the home route (defect 13).
      resetRouteToHome();
      await services().vault.unlock(name, password);
      setUsername(name);
      return { ok: true };
    } catch (error) {
      return { ok: false, retryAfterMs: retryAfterMs(error) };
    }
  };

  const recover = async (code: string): Promise<boolean> => {
    try {
      resetRouteToHome();
      await services().vault.unlockWithRecovery(code);
      return true;
    } catch {
      return false;
    }
  };

  const changePassword = async (current: string | null, next: string): Promise<string | null> => {
    if (!session) return 'errors.locked';
    try {
      if (session.viaRecovery) await services().vault.setPasswordAfterRecovery(session, next);
      else await services().vault.changeOwnPassword(session, current ?? '', next);
      return null;
    } catch (error) {
      if (!isAppError(error)) return 'errors.internal';
      // The policy check names the broken rules; show the first on the field.
      const rule = String(error.details?.rules ?? '').split(',')[0];
      return rule ? `password.rules.${rule}` : error.i18nKey;
    }
  };

  const screen = (): ReactNode => {
    if (phase === 'loading') return <Spinner label={t('app.title')} />;
    if (phase === 'setup')
      return (
        <SetupWizard
          api={createSetupApi(() => {
            setPhase('ready');
          })}
        />
      );
    if (!session) return <LoginScreen onLogin={login} onRecovery={recover} />;
    if (session.mustChangePassword || session.viaRecovery) {
      return (
        <ChangePasswordScreen
          username={username}
          viaRecovery={session.viaRecovery}
          onChange={changePassword}
        />
      );
    }
    return (
      <App
        session={session}
        toolbar={
          <>
            <SignedInAs session={session} />
            <Button
              icon={<LockClosed20Regular />}
              onClick={lock}
              title={t('auth.lockHint')}
              aria-keyshortcuts="Control+L"
            >
              {t('auth.lock')}
            </Button>
          </>
        }
      />
    );
  };

  // The PDF viewer sits beside the gate, not inside it: the recovery sheet opens during setup.
  return (
    <>
      {session ? null : <RestoreStartNotice outcome={notice} />}
      {screen()}
      <PdfViewer />
    </>
  );
};
