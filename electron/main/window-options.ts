// BrowserWindow options as plain data so each security flag is unit-tested. The structural
// types below are checked against Electron's own where they are passed to BrowserWindow.
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowState } from './window-state';

export type SecureWebPreferences = {
  readonly preload?: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly experimentalFeatures: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: false;
  readonly enableWebSQL: false;
  readonly safeDialogs: true;
  readonly plugins: boolean;
  readonly devTools: boolean;
  readonly autoplayPolicy: 'document-user-activation-required';
  readonly disableBlinkFeatures: string;
};

export type WindowOptions = {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly minWidth?: number;
  readonly minHeight?: number;
  readonly show: boolean;
  readonly title: string;
  readonly backgroundColor: string;
  readonly webPreferences: SecureWebPreferences;
};

const secureDefaults = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  // Spellcheck would send typed names to the OS dictionary service; not wanted.
  spellcheck: false,
  enableWebSQL: false,
  safeDialogs: true,
  autoplayPolicy: 'document-user-activation-required',
  // Middle-click would otherwise try to open links in new windows (denied anyway).
  disableBlinkFeatures: 'Auxclick',
} as const;

/**
 * The main window, at the remembered position and size when there is one (window-state.ts).
 * The preload must be the CommonJS build: sandboxed preloads cannot be ESM.
 */
export const createMainWindowOptions = (
  preloadPath: string,
  allowDevTools: boolean,
  saved?: WindowState,
): WindowOptions => {
  if (!preloadPath.endsWith('.cjs')) {
    throw new Error('The preload must be the .cjs build');
  }
  const bounds =
    saved === undefined
      ? DEFAULT_WINDOW_SIZE
      : { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show' (or after a short fallback) to avoid a white flash; the
    // background is the app's own page colour meanwhile.
    show: false,
    title: 'Piekrišanu reģistrs',
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureDefaults,
      preload: preloadPath,
      plugins: false,
      devTools: allowDevTools,
    },
  };
};

/** The PDF preview window: no preload, no IPC; only Chromium's PDF viewer needs plugins. */
export const createPdfWindowOptions = (title: string): WindowOptions => ({
  width: 900,
  height: 1000,
  show: false,
  title,
  backgroundColor: '#525659',
  webPreferences: { ...secureDefaults, plugins: true, devTools: false },
});
