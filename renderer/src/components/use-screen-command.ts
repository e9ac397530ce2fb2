// What "print" (Ctrl+P) and "find" (Ctrl+F) mean on the screen being shown. A screen that has
// a printable document or a search box registers it while mounted; the app's command handler
// (app/use-app-commands.ts) runs the registered one. The latest registration wins, so a
// dialog can take over from the page below it and hand back when it closes.
import { useEffect, useRef } from 'react';

export type ScreenCommand = 'print' | 'find';
type Handler = () => void;

const registered: Record<ScreenCommand, Handler[]> = { print: [], find: [] };

/**
 * How long (ms) a Ctrl+F pressed while no screen offers a search box waits for one. A user who
 * clicks "Bērni" and types Ctrl+F at once presses it before the page has mounted; the key must
 * not be lost. Print never waits: a document printing a moment later would surprise.
 */
export const FIND_GRACE_MS = 1500;
let pendingFindAt: number | undefined;
/**
 * The last find a screen handled. When that screen goes away within FIND_GRACE_MS (Ctrl+F
 * pressed just after a click on another section, before the old page unmounted), the focus it
 * gave went with it: the search box of the page that replaces it takes the find.
 */
let handledFind: { at: number; by: Handler } | undefined;

/**
 * Registers `handler` for `command`; returns the function that removes it again. A find
 * pressed within FIND_GRACE_MS before a find handler registers runs it now.
 */
export const registerScreenCommand = (
  command: ScreenCommand,
  handler: Handler,
  now: () => number = Date.now,
): (() => void) => {
  registered[command].push(handler);
  if (command === 'find' && pendingFindAt !== undefined) {
    const waited = now() - pendingFindAt;
    pendingFindAt = undefined;
    if (waited <= FIND_GRACE_MS) handler();
  } else if (
    command === 'find' &&
    handledFind !== undefined &&
    !registered.find.includes(handledFind.by)
  ) {
    const waited = now() - handledFind.at;
    handledFind = undefined;
    if (waited <= FIND_GRACE_MS) handler();
  }
  return () => {
    registered[command] = registered[command].filter((h) => h !== handler);
  };
};

/**
 * Runs the screen's handler for `command`; false when the screen has none (a find is then kept
 * for the next screen that registers one within FIND_GRACE_MS).
 */
export const runScreenCommand = (command: ScreenCommand, now: () => number = Date.now): boolean => {
  const handler = registered[command].at(-1);
  if (handler === undefined) {
    if (command === 'find') pendingFindAt = now();
    return false;
  }
  pendingFindAt = undefined;
  if (command === 'find') handledFind = { at: now(), by: handler };
  handler();
  return true;
};

/**
 * While the calling component is mounted and `handler` is not null, `command` runs it. The
 * latest handler is always called, so callers need not memoise it.
 */
export const useScreenCommand = (command: ScreenCommand, handler: Handler | null): void => {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const active = handler !== null;
  useEffect(() => {
    if (!active) return undefined;
    return registerScreenCommand(command, () => {
      latest.current?.();
    });
  }, [command, active]);
};
