// A page holding something that leaving would put at risk (an archive hand-over whose act is not
// saved yet, issue 9 item 7) asks before the app leaves it. Every way of leaving is a change of
// the hash route (a navigation link, Alt+1…9, a button's `go`, the browser's or mouse's back):
// the router (app/use-hash-route.ts) hands each change to `interceptLeave` first, which takes the
// browser back to the guarded page's history entry and gives the page the route asked for; the
// page asks (an in-app dialog) and calls `leave` to go on. Locking needs no route change and is
// not guarded.
//
// History is never rewritten: every entry the app passes through carries its position
// (`history.state.routeAt`), so a stopped back or forward is undone by going the other way by as
// many entries, and the entry the user went to stays where it was (staying, then pressing back
// again, goes back as before). A new entry (a link, a typed address) has no position yet: it is
// one past the guarded page's.
import { useEffect, useRef } from 'react';

type Guard = {
  /** The guarded page's `location.hash`. */
  readonly hash: string;
  /** The guarded page's history entry (its `routeAt`). */
  readonly at: number;
  readonly onLeave: (target: string) => void;
};

/** A stopped change: how to make it after all (`leave`). */
type Stopped = { readonly target: string; readonly delta: number };

const POSITION = 'routeAt';

let guard: Guard | null = null;
let stopped: Stopped | null = null;
// True from a stopped change until the browser is back on the guarded page's entry.
let returning = false;
// The position of the entry the app is on (kept by `entryPosition`).
let current = 0;

const positionOf = (state: unknown): number | undefined => {
  if (typeof state !== 'object' || state === null) return undefined;
  const at = (state as Record<string, unknown>)[POSITION];
  return typeof at === 'number' ? at : undefined;
};

/**
 * The current history entry's position. An entry without one is new (a link or a typed address
 * adds it just after the entry the app was on), so it gets that one's position plus one, kept in
 * its state (the rest of the state is kept as it is). Called by the router at start and on every
 * route change it lets through.
 */
export const entryPosition = (): number => {
  const known = positionOf(window.history.state);
  if (known !== undefined) {
    current = known;
    return known;
  }
  const base: unknown = window.history.state;
  current += 1;
  const state = typeof base === 'object' && base !== null ? base : {};
  window.history.replaceState({ ...state, [POSITION]: current }, '');
  return current;
};

/** While a guard holds, the route is the guarded page's whatever the address says for a moment. */
export const guardedHash = (): string | null => guard?.hash ?? null;

/**
 * Called by the router on every hash change, before the app renders the new route. True when a
 * guard stopped it: the browser is sent back to the guarded page's entry and the guard's page is
 * told where the user wanted to go. A change within the same entry (nothing to traverse back
 * to) puts the guarded page's address back in place instead.
 */
export const interceptLeave = (): boolean => {
  const held = guard;
  if (held === null) return false;
  if (window.location.hash === held.hash) {
    returning = false;
    return false;
  }
  // Seen already (by another listener), or made before the browser got back: still stopped.
  if (returning) return true;
  const target = window.location.hash;
  const delta = (positionOf(window.history.state) ?? held.at + 1) - held.at;
  if (delta === 0) window.history.replaceState(window.history.state, '', held.hash);
  else {
    returning = true;
    window.history.go(-delta);
  }
  stopped = { target, delta };
  held.onLeave(target);
  return true;
};

/**
 * Leaves for `target` (a `location.hash` from the guard) without asking again: the way the user
 * went (back, forward, a new entry), or a new entry for `target`.
 */
export const leave = (target: string): void => {
  guard = null;
  returning = false;
  const way = stopped?.target === target ? stopped.delta : 0;
  stopped = null;
  if (way === 0) window.location.hash = target;
  else window.history.go(way);
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
      at: entryPosition(),
      onLeave: (target) => {
        latest.current(target);
      },
    };
    guard = mine;
    returning = false;
    stopped = null;
    return () => {
      if (guard === mine) guard = null;
    };
  }, [active]);
};
