// The main process's entry: start-up order, session hardening, the app:// protocol, IPC and the
// menu. Decisions live in pure, unit-tested modules; main-window.ts and pdf-preview.ts own the
// two kinds of window. The built bundle (out/main/index.js) runs under a recording fake of
// Electron in tests/wiring/, so this wiring is tested as it ships.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import type { AppCommand } from '../../shared/ipc/channels';
import type { MenuState, PowerLockReason } from '../../shared/ipc/contract';
import { resolveAppAsset } from './app-protocol';
import { hasDebugSwitch } from './argv-guard';
import { createBackupFiles } from './backup-files';
import { createQuitGuard } from './quit-guard';
import { createBackupFolderStore } from './backup-folder';
import {
  createChannelHandlers,
  type OsOperations,
  type SaveDialogFilter,
} from './channel-handlers';
import { APP_SCHEME, APP_USER_MODEL_ID, PRINT_HOST } from './constants';
import { APP_RESPONSE_HEADERS } from './csp';
import { registerIpcHandlers } from './ipc-handler';
import { createMainWindow } from './main-window';
import { createMenuTemplate, LOCKED_MENU } from './menu';
import { createPreviewWindows } from './pdf-preview';
import { POWER_LOCK_EVENTS } from './power-events';
import { createPrintStore, PDF_RESPONSE_HEADERS } from './print-store';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './session-policy';
import { pinnedUserDataPath } from './user-data';
import { isAllowedExternalUrl, isAllowedNavigation } from './url-policy';

const here = import.meta.dirname;
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const printStore = createPrintStore({ ttlMs: 10 * 60_000, now: Date.now, randomId: randomUUID });
// Blocks every network scheme: the app is offline and must never send data anywhere.
const NETWORK_URLS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file://*/*',
];

let mainWindow: BrowserWindow | null = null;
const previews = createPreviewWindows(printStore, () => mainWindow);

const log = (message: string): void => {
  console.warn(`[main] ${message}`);
};

const openAllowedExternal = async (url: string): Promise<void> => {
  // Checked again here so no caller can bypass the allow-list.
  if (isAllowedExternalUrl(url)) await shell.openExternal(url);
};

const hardenWebContents = (contents: WebContents): void => {
  contents.setWindowOpenHandler(({ url }) => {
    void openAllowedExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    // Subframes: none, except a print preview's PDF viewer frames (pdf-preview.ts).
    const allowed = previews.subframeRule(contents);
    if (allowed === undefined || !allowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
};

const handleAppRequest = async (request: Request): Promise<Response> => {
  if (request.method !== 'GET') return new Response(null, { status: 405 });
  if (new URL(request.url).host === PRINT_HOST) {
    const pdf = printStore.get(request.url);
    return pdf === undefined
      ? new Response(null, { status: 404 })
      : new Response(new Uint8Array(pdf), { headers: PDF_RESPONSE_HEADERS });
  }
  const asset = resolveAppAsset(request.url, rendererRoot);
  if (asset === null) return new Response(null, { status: 404 });
  try {
    const body = await readFile(asset.filePath);
    return new Response(new Uint8Array(body), {
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': asset.mimeType },
    });
  } catch {
    return new Response(null, { status: 404 });
  }
};

const chooseSavePath = async (
  defaultName: string,
  filters: SaveDialogFilter[],
): Promise<string | undefined> => {
  const options = {
    // The caller's bare file name carries no personal data (shared/ipc/file-name.ts).
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters,
    // Not in Windows' recent files: the list would outlive the lock.
    properties: [
      'showOverwriteConfirmation' as const,
      'createDirectory' as const,
      'dontAddToRecent' as const,
    ],
  };
  const result = await (mainWindow === null
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(mainWindow, options));
  return result.canceled || result.filePath === '' ? undefined : result.filePath;
};

/** The folder dialog for backups (a USB drive or a network share is typical). */
const chooseFolder = async (): Promise<string | undefined> => {
  const options = {
    title: 'Rezerves kopiju mape',
    properties: ['openDirectory' as const, 'createDirectory' as const, 'dontAddToRecent' as const],
  };
  const result = await (mainWindow === null
    ? dialog.showOpenDialog(options)
    : dialog.showOpenDialog(mainWindow, options));
  return result.canceled ? undefined : result.filePaths[0];
};

const backupOperations = () => {
  const store = createBackupFolderStore(path.join(app.getPath('userData'), 'backup-folder.json'));
  const files = createBackupFiles();
  return {
    backupFiles: files,
    backupFolder: () => store.get(),
    chooseBackupFolder: async () => {
      const folder = await chooseFolder();
      if (folder === undefined) return null;
      await store.set(folder);
      // A write killed before its rename left a `.part` file: never a backup, removed here.
      await files.removeLeftovers(folder);
      return folder;
    },
  };
};

/** At most this long the close waits for the renderer's backup on quit. */
const QUIT_BACKUP_LIMIT_MS = 120_000;

const quitGuard = createQuitGuard({
  ask: () => {
    if (mainWindow === null || mainWindow.webContents.isCrashed()) return false;
    mainWindow.webContents.send('app:beforeQuit', {});
    return true;
  },
  proceed: () => {
    app.quit();
  },
  timeoutMs: QUIT_BACKUP_LIMIT_MS,
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => {
    clearTimeout(timer as ReturnType<typeof setTimeout>);
  },
});

/** Holds a close or quit while the renderer makes its backup on quit (quit-guard.ts). */
const holdForBackup = (event: { preventDefault(): void }): void => {
  if (quitGuard.intercept()) event.preventDefault();
};

const osOperations = (): OsOperations => ({
  ...backupOperations(),
  quitReady: () => {
    quitGuard.release();
    return true;
  },
  appVersion: app.getVersion(),
  platform: process.platform,
  chooseSavePath,
  writeFile: (filePath, bytes) => writeFile(filePath, bytes),
  showPdf: previews.show,
  closePreviews: previews.closeAll,
  openExternal: openAllowedExternal,
  setMenuState: setMenu,
});

const sendPowerLock = (reason: PowerLockReason): void => {
  // Closed here at once, not only when the renderer reacts: the screen is being locked.
  previews.closeAll();
  mainWindow?.webContents.send('power:lock', { reason });
};

const watchPower = (): void => {
  powerMonitor.on('suspend', () => {
    sendPowerLock(POWER_LOCK_EVENTS.suspend);
  });
  powerMonitor.on('lock-screen', () => {
    sendPowerLock(POWER_LOCK_EVENTS['lock-screen']);
  });
  powerMonitor.on('user-did-resign-active', () => {
    sendPowerLock(POWER_LOCK_EVENTS['user-did-resign-active']);
  });
};

const runCommand = (command: AppCommand): void => {
  if (command === 'lock') previews.closeAll();
  if (mainWindow === null) return;
  if (command !== 'lock') mainWindow.focus();
  mainWindow.webContents.send('app:command', { command });
};

/** The application menu for what the renderer's session may do (menu.ts). */
const setMenu = (state: MenuState): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate(runCommand, state)));
};

/** The renderer is gone, and its session with it: nothing it showed stays, the menu is locked. */
const rendererGone = (): void => {
  previews.closeAll();
  setMenu(LOCKED_MENU);
};

const hardenSession = (): void => {
  const ses = session.defaultSession;
  // Off before any window: the spellchecker would fetch dictionaries from the internet and
  // hand typed names to a dictionary service.
  ses.setSpellCheckerEnabled(false);
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyDevicePermission);
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => {
    callback({ cancel: true });
  });
};

const onReady = (): void => {
  hardenSession();
  protocol.handle(APP_SCHEME, handleAppRequest);
  registerIpcHandlers(ipcMain, createChannelHandlers(osOperations()), log);
  setMenu(LOCKED_MENU);
  watchPower();
  mainWindow = createMainWindow({
    preloadPath,
    allowDevTools: !app.isPackaged,
    onRendererGone: rendererGone,
    log,
  });
  mainWindow.on('close', holdForBackup);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
};

const focusMainWindow = (): void => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

const pinUserData = (): void => {
  // Pinned first: nothing may read userData (or the app name it derives from) before this.
  // app.setPath throws for a folder that does not exist yet (the very first start).
  const userData = pinnedUserDataPath(app.getPath('appData'));
  mkdirSync(userData, { recursive: true });
  app.setPath('userData', userData);
};

const start = (): void => {
  pinUserData();
  app.enableSandbox();
  // The lock lives in userData, so it comes after pinning; a second start quits here, before
  // it registers, opens or writes anything.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAppUserModelId(APP_USER_MODEL_ID);
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', holdForBackup);
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.whenReady().then(onReady, () => {
    app.exit(1);
  });
};

if (hasDebugSwitch(process.argv)) {
  // Remote debugging or an inspector would expose decrypted data; refuse to run.
  app.exit(1);
} else {
  start();
}
