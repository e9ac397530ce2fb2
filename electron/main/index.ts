// The thin wiring file: the only main-process module that imports Electron. Every decision is
// made by a pure, unit-tested module; this file connects them to Electron's APIs.
import { randomUUID } from 'node:crypto';
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
import type { PowerLockReason } from '../../shared/ipc/contract';
import { resolveAppAsset } from './app-protocol';
import { hasDebugSwitch } from './argv-guard';
import {
  createChannelHandlers,
  type OsOperations,
  type SaveDialogFilter,
} from './channel-handlers';
import { APP_ENTRY_URL, APP_SCHEME, PRINT_HOST } from './constants';
import { APP_RESPONSE_HEADERS } from './csp';
import { registerIpcHandlers } from './ipc-handler';
import { createMenuTemplate } from './menu';
import { POWER_LOCK_EVENTS } from './power-events';
import { createPrintStore, PDF_RESPONSE_HEADERS } from './print-store';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './session-policy';
import { pinnedUserDataPath } from './user-data';
import { isAllowedExternalUrl, isAllowedNavigation } from './url-policy';
import { createMainWindowOptions, createPdfWindowOptions } from './window-options';

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
    if (!event.isMainFrame) event.preventDefault();
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

const showPdf = async (bytes: Uint8Array, title: string): Promise<boolean> => {
  const url = printStore.put(bytes);
  const options = createPdfWindowOptions(title);
  const window = new BrowserWindow(
    mainWindow === null ? options : { ...options, parent: mainWindow },
  );
  window.on('closed', () => {
    printStore.release(url);
  });
  window.setMenuBarVisibility(false);
  try {
    // A visible preview: the user prints from the viewer's own print button, because
    // webContents.print() on Chromium's PDF viewer prints blank pages (electron#30947).
    await window.loadURL(url);
    window.show();
    return true;
  } catch {
    window.destroy();
    return false;
  }
};

const chooseSavePath = async (
  defaultName: string,
  filters: SaveDialogFilter[],
): Promise<string | undefined> => {
  const options = {
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters,
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  };
  const result = await (mainWindow === null
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(mainWindow, options));
  return result.canceled || result.filePath === '' ? undefined : result.filePath;
};

const osOperations = (): OsOperations => ({
  appVersion: app.getVersion(),
  platform: process.platform,
  chooseSavePath,
  writeFile: (filePath, bytes) => writeFile(filePath, bytes),
  showPdf,
  openExternal: openAllowedExternal,
});

const sendPowerLock = (reason: PowerLockReason): void => {
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

const hardenSession = (): void => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyDevicePermission);
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => {
    callback({ cancel: true });
  });
};

const createMainWindow = (): void => {
  const window = new BrowserWindow(createMainWindowOptions(preloadPath, !app.isPackaged));
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(APP_ENTRY_URL);
};

const onReady = (): void => {
  hardenSession();
  protocol.handle(APP_SCHEME, handleAppRequest);
  registerIpcHandlers(ipcMain, createChannelHandlers(osOperations()), log);
  Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate()));
  watchPower();
  createMainWindow();
};

const focusMainWindow = (): void => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

const start = (): void => {
  // Pinned first: nothing may read userData (or the app name it derives from) before this.
  app.setPath('userData', pinnedUserDataPath(app.getPath('appData')));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
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
