// What "print" (Ctrl+P) and "find" (Ctrl+F) mean on the screen being shown. A screen that has
// a printable document or a search box registers it while mounted; the app's command handler
// (app/use-app-commands.ts) runs the registered one. The latest registration wins, so a
// dialog can take over from the page below it and hand back when it closes.
import { useEffect, useRef } from 'react';

export type ScreenCommand = 'print' | 'find';
type Handler = () => void;

const registered: Record<ScreenCommand, Handler[]> = { print: [], find: [] };

/** Registers `handler` for `command`; returns the function that removes it again. */
export const registerScreenCommand = (command: ScreenCommand, handler: Handler): (() => void) => {
  registered[command].push(handler);
  return () => {
    registered[command] = registered[command].filter((h) => h !== handler);
  };
};

/** Runs the screen's handler for `command`; false when the screen has none. */
export const runScreenCommand = (command: ScreenCommand): boolean => {
  const handler = registered[command].at(-1);
  if (handler === undefined) return false;
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
