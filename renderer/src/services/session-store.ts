// Holds the current session so the UI can react to unlock, lock and password changes.
import type { Session } from '../data/session/session';

export type SessionListener = (session: Session | null) => void;

export type SessionStore = {
  readonly current: () => Session | null;
  readonly set: (session: Session | null) => void;
  /** Returns unsubscribe. The listener is not called with the current value. */
  readonly subscribe: (listener: SessionListener) => () => void;
};

export const createSessionStore = (): SessionStore => {
  let current: Session | null = null;
  const listeners = new Set<SessionListener>();
  return {
    current: () => current,
    set: (session) => {
      current = session;
      listeners.forEach((l) => {
        l(session);
      });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};
