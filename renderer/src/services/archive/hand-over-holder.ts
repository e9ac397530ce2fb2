// The last archive hand-over of the session (issue 9 item 7), held in memory only: the one-time
// code is shown on screen and printed on the act, and nowhere else. Without its act the sealed
// file already saved can never be opened, so the result stays until the head has saved the act
// or dismissed it (after a confirmation): leaving the "Dzēšamie" page and coming back shows it
// again. It is never written anywhere (the code must not be at rest), is dropped on every lock
// (idle, manual, sleep) and is never shown to another session.
import type { Session } from '../../data/session/session';

/** A held hand-over: `value` as the adapter keeps it; `actSaved` once its act was saved. */
export type HeldHandOver<T> = { readonly value: T; readonly actSaved: boolean };

export type HandOverHolder<T> = {
  /** The hand-over held for `session`; null when none is held or it is another session's. */
  readonly get: (session: Session) => HeldHandOver<T> | null;
  /** Holds `value` for `session`, replacing any earlier hand-over (whosever it was). */
  readonly hold: (session: Session, value: T) => void;
  /**
   * Replaces the value of `session`'s held hand-over with `change(value)`, keeping whether its
   * act was saved (e.g. the head's choices for the act). Nothing when none is held for `session`.
   */
  readonly update: (session: Session, change: (value: T) => T) => void;
  /** The act of `session`'s held hand-over was saved: it may go once its page is left. */
  readonly markActSaved: (session: Session) => void;
  /**
   * The page showing it was left: a hand-over whose act is saved is dropped; one still
   * without its act is kept, to be shown again.
   */
  readonly pageLeft: (session: Session) => void;
  /** Drops whatever is held: dismissed by the head, a new hand-over, a cancelled save. */
  readonly drop: () => void;
};

/** Where sessions change: the vault's session store (`null` = locked). Returns unsubscribe. */
export type SessionChanges = (listener: (session: Session | null) => void) => () => void;

/**
 * Told whenever it changes whether a hand-over still without its act is held (true) or not
 * (false): while one is, the app asks before the page is unloaded (a reload would lose it).
 */
export type PendingChanges = (pending: boolean) => void;

/**
 * A holder that drops what it holds whenever `sessions` reports a lock (null) or a different
 * session. Keyed by the session object itself: a new sign-in is a new object, so even a missed
 * lock event could not show one user's code to the next.
 */
export const createHandOverHolder = <T>(
  sessions: SessionChanges,
  onPending: PendingChanges = () => undefined,
): HandOverHolder<T> => {
  let held: { session: Session; value: T; actSaved: boolean } | null = null;
  let pending = false;
  const changed = (): void => {
    const now = held !== null && !held.actSaved;
    if (now === pending) return;
    pending = now;
    onPending(now);
  };
  sessions((session) => {
    if (held && held.session !== session) held = null;
    changed();
  });
  const mine = (session: Session) => (held?.session === session ? held : null);
  return {
    get: (session) => {
      const h = mine(session);
      return h ? { value: h.value, actSaved: h.actSaved } : null;
    },
    hold: (session, value) => {
      held = { session, value, actSaved: false };
      changed();
    },
    update: (session, change) => {
      const h = mine(session);
      if (h) h.value = change(h.value);
    },
    markActSaved: (session) => {
      const h = mine(session);
      if (h) h.actSaved = true;
      changed();
    },
    pageLeft: (session) => {
      if (mine(session)?.actSaved) held = null;
    },
    drop: () => {
      held = null;
      changed();
    },
  };
};
