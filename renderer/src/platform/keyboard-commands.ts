// The app's command keys, for a host without a native menu (the browser host). Under Electron
// the same keys are the menu's accelerators (electron/main/menu.ts), so the page does not
// listen for them there: a key is handled once, by the menu.
import type { AppCommand } from '@shared/ipc';

export type CommandKey = {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
};

const CTRL_KEYS: Readonly<Record<string, AppCommand>> = {
  p: 'print',
  f: 'find',
  l: 'lock',
  s: 'backup',
};

/** The command a key press stands for: Ctrl+P, Ctrl+F, Ctrl+L, Ctrl+S, F1; otherwise undefined. */
export const commandForKey = (event: CommandKey): AppCommand | undefined => {
  if (event.altKey || event.metaKey || event.shiftKey) return undefined;
  if (event.ctrlKey) return CTRL_KEYS[event.key.toLowerCase()];
  return event.key === 'F1' ? 'help' : undefined;
};

/**
 * Calls `listener` for every command key pressed in `target` and keeps the browser's own
 * action (print the page, find in page, browser help) from running. Returns unsubscribe.
 */
export const listenForCommandKeys = (
  target: Window,
  listener: (command: AppCommand) => void,
): (() => void) => {
  const onKey = (event: KeyboardEvent): void => {
    const command = commandForKey(event);
    if (command === undefined) return;
    event.preventDefault();
    listener(command);
  };
  target.addEventListener('keydown', onKey);
  return () => {
    target.removeEventListener('keydown', onKey);
  };
};
