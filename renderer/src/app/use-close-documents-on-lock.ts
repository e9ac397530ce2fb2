// Every lock (Ctrl+L, the lock button, the idle timer, sleep or screen lock) also closes every
// document the app showed outside its page: a recovery-key sheet or a group's forms in a print
// preview must not stay on screen once the keys are gone.
import { useEffect } from 'react';
import { getHost } from '../platform';
import { services } from './services';

/** While mounted, a change of the session to "none" closes the host's documents. */
export const useCloseDocumentsOnLock = (): void => {
  useEffect(
    () =>
      services().vault.subscribe((session) => {
        if (session !== null) return;
        void getHost()
          .then((host) => host.closeDocuments())
          .catch(() => {
            // Nothing to tell the user on the sign-in screen; the main process also closes the
            // previews itself on the OS lock events and the menu's lock command.
          });
      }),
    [],
  );
};
