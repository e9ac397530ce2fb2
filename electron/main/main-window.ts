// The main window: restored size and position, shown once painted (no white flash) or after a
// short wait if it never paints, reloaded once if its renderer dies, and otherwise a plain error.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, dialog, screen } from 'electron';
import { APP_ENTRY_URL, PRODUCT_NAME } from './constants';
import { createMainWindowOptions } from './window-options';
import {
  WINDOW_STATE_FILE,
  parseWindowState,
  restorableState,
  serializeWindowState,
  type WindowState,
} from './window-state';

/** Shown anyway after this long without 'ready-to-show' (e.g. a renderer stuck at start), ms. */
export const SHOW_FALLBACK_MS = 3_000;

const CRASH_MESSAGE =
  'Programma negaidīti apstājās un tiks aizvērta. Saglabātie dati nav zaudēti. ' +
  'Atveriet programmu no jauna; ja tas atkārtojas, sazinieties ar atbalsta personu.';

export type MainWindowDeps = {
  readonly preloadPath: string;
  readonly allowDevTools: boolean;
  /** Called when the renderer is gone (its keys with it): close what it showed. */
  readonly onRendererGone: () => void;
  readonly log: (message: string) => void;
};

const stateFile = (): string => path.join(app.getPath('userData'), WINDOW_STATE_FILE);

const readState = (): WindowState | undefined => {
  let text: string | undefined;
  try {
    text = readFileSync(stateFile(), 'utf8');
  } catch {
    text = undefined;
  }
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return restorableState(parseWindowState(text), workAreas);
};

const saveState = (window: BrowserWindow, log: (message: string) => void): void => {
  const bounds = window.getNormalBounds();
  try {
    writeFileSync(
      stateFile(),
      serializeWindowState({ ...bounds, maximized: window.isMaximized() }),
    );
  } catch {
    log('window state not saved');
  }
};

const showOnce = (window: BrowserWindow, maximized: boolean): void => {
  if (window.isDestroyed() || window.isVisible()) return;
  if (maximized) window.maximize();
  window.show();
};

const handleRendererGone = (window: BrowserWindow, deps: MainWindowDeps): void => {
  let reloaded = false;
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.log(`renderer gone: ${details.reason}`);
    deps.onRendererGone();
    if (!reloaded) {
      reloaded = true;
      void window.loadURL(APP_ENTRY_URL).catch(() => undefined);
      return;
    }
    dialog.showErrorBox(PRODUCT_NAME, CRASH_MESSAGE);
    app.quit();
  });
};

/** Creates, shows and loads the main window. */
export const createMainWindow = (deps: MainWindowDeps): BrowserWindow => {
  const saved = readState();
  const window = new BrowserWindow(
    createMainWindowOptions(deps.preloadPath, deps.allowDevTools, saved),
  );
  const maximized = saved?.maximized ?? false;
  window.once('ready-to-show', () => {
    showOnce(window, maximized);
  });
  const fallback = setTimeout(() => {
    showOnce(window, maximized);
  }, SHOW_FALLBACK_MS);
  window.on('close', () => {
    saveState(window, deps.log);
  });
  window.on('closed', () => {
    clearTimeout(fallback);
  });
  handleRendererGone(window, deps);
  void window.loadURL(APP_ENTRY_URL).catch(() => undefined);
  return window;
};
