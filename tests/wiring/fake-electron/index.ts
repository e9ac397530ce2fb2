// A recording fake of the `electron` module, standing in for it when tests/wiring imports the
// built main bundle (out/main/index.js). Each export implements the part of Electron's own
// interface (electron.d.ts of the installed electron 45.4.1) that the bundle uses, so an API
// change there fails `tsc`. Like Electron, it throws on pre-ready APIs after ready and on
// ready-only APIs before it.
import type {
  App,
  CustomScheme,
  Dialog,
  Display,
  IpcMain,
  IpcMainInvokeEvent,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  OnBeforeRequestListenerDetails,
  CallbackResponse,
  PowerMonitor,
  Protocol,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Screen,
  Session,
  Shell,
  WebRequestFilter,
} from 'electron';
import { FakeBrowserWindow, appEvents, windows } from './browser-window';
import { Emitter, type AnyListener } from './emitter';
import {
  beforeReadyOnly,
  configure,
  readyOnly,
  record,
  requireExistingDir,
  world,
  type WorldOptions,
} from './world';

let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

type AppSurface = Pick<
  App,
  | 'getPath'
  | 'setPath'
  | 'enableSandbox'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
  | 'setAppUserModelId'
  | 'whenReady'
  | 'getVersion'
  | 'isPackaged'
  | 'on'
>;

export const app: AppSurface = {
  get isPackaged() {
    return world.options.isPackaged ?? true;
  },
  getPath: (name) => {
    record('app.getPath', name);
    if (name === 'appData') return world.options.appData;
    if (name === 'documents') return world.options.documents ?? world.options.appData;
    const path = world.paths.get(name);
    if (path === undefined) throw new Error(`fake: no path for ${name}`);
    return path;
  },
  setPath: (name, path) => {
    record('app.setPath', name, path);
    requireExistingDir('app.setPath', path);
    world.paths.set(name, path);
  },
  enableSandbox: () => {
    beforeReadyOnly('app.enableSandbox()');
    record('app.enableSandbox');
  },
  requestSingleInstanceLock: () => {
    record('app.requestSingleInstanceLock');
    return world.options.singleInstanceLock ?? true;
  },
  quit: () => {
    record('app.quit');
  },
  exit: (code) => {
    record('app.exit', code);
  },
  setAppUserModelId: (id) => {
    record('app.setAppUserModelId', id);
  },
  whenReady: () => {
    record('app.whenReady');
    return readyPromise;
  },
  getVersion: () => '0.1.0',
  on(event: string, listener: AnyListener) {
    record('app.on', event);
    appEvents.on(event, listener);
    return app as App;
  },
};

export const protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged: (schemes: CustomScheme[]) => {
    beforeReadyOnly('protocol.registerSchemesAsPrivileged');
    record('protocol.registerSchemesAsPrivileged', schemes);
  },
  handle: (scheme, handler) => {
    readyOnly('protocol.handle');
    record('protocol.handle', scheme);
    protocolHandlers.set(scheme, handler);
  },
};
export const protocolHandlers = new Map<
  string,
  (request: Request) => Response | Promise<Response>
>();

type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
export const ipcHandlers = new Map<string, IpcListener>();
export const ipcMain: Pick<IpcMain, 'handle'> = {
  handle: (channel, listener) => {
    record('ipcMain.handle', channel);
    ipcHandlers.set(channel, listener);
  },
};

export type BeforeRequest = (
  details: OnBeforeRequestListenerDetails,
  callback: (response: CallbackResponse) => void,
) => void;
export const sessionState = {
  spellCheckerEnabled: undefined as boolean | undefined,
  permissionRequestHandler: undefined as unknown,
  permissionCheckHandler: undefined as unknown,
  devicePermissionHandler: undefined as unknown,
  blocked: undefined as { filter: WebRequestFilter; listener: BeforeRequest } | undefined,
};
type SessionSurface = Pick<
  Session,
  | 'setSpellCheckerEnabled'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
>;
const defaultSession: SessionSurface & {
  readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
} = {
  setSpellCheckerEnabled: (enable) => {
    record('session.setSpellCheckerEnabled', enable);
    sessionState.spellCheckerEnabled = enable;
  },
  setPermissionRequestHandler: (handler) => {
    sessionState.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler: (handler) => {
    sessionState.permissionCheckHandler = handler;
  },
  setDevicePermissionHandler: (handler) => {
    sessionState.devicePermissionHandler = handler;
  },
  webRequest: {
    onBeforeRequest: ((filter: WebRequestFilter, listener: BeforeRequest) => {
      sessionState.blocked = { filter, listener };
    }) as Session['webRequest']['onBeforeRequest'],
  },
};
export const session = {
  get defaultSession() {
    readyOnly('session.defaultSession');
    record('session.defaultSession');
    return defaultSession;
  },
};

export const powerMonitorEvents = new Emitter();
export const powerMonitor: Pick<PowerMonitor, 'on'> = {
  on(event: string, listener: AnyListener) {
    readyOnly('powerMonitor');
    powerMonitorEvents.on(event, listener);
    return powerMonitor as PowerMonitor;
  },
};

export const screen: Pick<Screen, 'getAllDisplays'> = {
  getAllDisplays: () => {
    readyOnly('screen');
    const areas = world.options.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
    return areas.map((workArea) => ({ workArea }) as Display);
  },
};

export const saveDialogs: SaveDialogOptions[] = [];
export const dialog: Pick<Dialog, 'showSaveDialog' | 'showErrorBox'> = {
  showSaveDialog: (...args: unknown[]): Promise<SaveDialogReturnValue> => {
    readyOnly('dialog');
    saveDialogs.push(args.at(-1) as SaveDialogOptions);
    const filePath = world.options.saveDialogPath ?? '';
    return Promise.resolve({ canceled: filePath === '', filePath });
  },
  showErrorBox: (title, content) => {
    record('dialog.showErrorBox', title);
    world.errorBoxes.push({ title, content });
  },
};

export const opened: string[] = [];
export const shell: Pick<Shell, 'openExternal'> = {
  openExternal: (url) => {
    opened.push(url);
    return Promise.resolve();
  },
};

export const menuState = { template: undefined as MenuItemConstructorOptions[] | undefined };
export const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
    menuState.template = template;
    return { items: [] } as unknown as ElectronMenu;
  },
  setApplicationMenu: (_menu: ElectronMenu | null) => {
    record('Menu.setApplicationMenu');
  },
} satisfies Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>;

export const BrowserWindow = FakeBrowserWindow;

/** Test controls: configure the world before importing the bundle, then make the app ready. */
export const fake = {
  configure: (options: WorldOptions) => {
    configure(options);
  },
  world,
  windows,
  appEvents,
  /** Emits 'ready' and lets the bundle's whenReady() continuation run. */
  makeReady: async () => {
    world.ready = true;
    record('app ready');
    resolveReady();
    await new Promise((resolve) => setImmediate(resolve));
  },
};
