// A page holding something that leaving would put at risk (an archive hand-over whose act is not
// saved yet, issue 9 item 7) asks before the app leaves it. Every way of leaving is a change of
// the hash route (a navigation link, Alt+1…9, a button's `go`, the browser's or mouse's back):
// the router (app/use-hash-route.ts) hands each change to `interceptLeave` first, which puts the
// guarded page's route back and gives the page the route asked for; the page asks (an in-app
// dialog) and calls `leave` to go on. Locking needs no route change and is not guarded.
import { useEffect, useRef } from 'react';

type Guard = {
  /** The guarded page's `location.hash`. */
  readonly hash: string;
  readonly onLeave: (target: string) => void;
};

let guard: Guard | null = null;

/**
 * Called by the router on every hash change, before the app renders the new route. True when a
 * guard stopped it: the address is then the guarded page's again (no history entry is added)
 * and the guard's page was told where the user wanted to go.
 */
export const interceptLeave = (): boolean => {
  const current = guard;
  if (current === null || window.location.hash === current.hash) return false;
  const target = window.location.hash;
  window.history.replaceState(window.history.state, '', current.hash);
  current.onLeave(target);
  return true;
};

/** Leaves for `target` (a `location.hash` from the guard) without asking again. */
export const leave = (target: string): void => {
  guard = null;
  window.location.hash = target;
};

/**
 * While `active`, leaving the current route calls `onLeave(target)` instead; the page asks and
 * calls `leave(target)` when the user confirms. The latest `onLeave` is always called.
 */
export const useLeaveGuard = (active: boolean, onLeave: (target: string) => void): void => {
  const latest = useRef(onLeave);
  useEffect(() => {
    latest.current = onLeave;
  });
  useEffect(() => {
    if (!active) return undefined;
    const mine: Guard = {
      hash: window.location.hash,
      onLeave: (target) => {
        latest.current(target);
      },
    };
    guard = mine;
    return () => {
      if (guard === mine) guard = null;
    };
  }, [active]);
};
