// The Electron menu's "Izveidot rezerves kopiju" (Ctrl+S) is enabled only for a session that may
// make a backup: on every change of the session (sign-in, lock, another user) the host is told
// what the menu offers. Only what is shown: runBackup still refuses a role without the permission.
import { useEffect } from 'react';
import { menuStateFor } from '@shared/ipc';
import type { Session } from '../services';
import { getHost } from '../platform';

/** While mounted, keeps the native menu in step with `session` (null: locked). */
export const useMenuState = (session: Session | null): void => {
  const role = session?.role ?? null;
  useEffect(() => {
    void getHost()
      .then((host) => host.setMenuState(menuStateFor(role)))
      .catch(() => {
        // A menu not updated only shows a stale item; a backup is still refused to a role
        // without 'backup.create', and the main process starts (and restarts) locked.
      });
  }, [role]);
};
