// Channel names and the window.api method each one becomes. Kept free of zod so the sandboxed
// preload can import it without bundling a schema library it never uses.

export const IPC_CHANNELS = [
  'app:info',
  'file:save',
  'print:pdf',
  'print:closeAll',
  'shell:openExternal',
  'backup:folder',
  'backup:chooseFolder',
  'backup:begin',
  'backup:append',
  'backup:commit',
  'backup:abort',
  'backup:read',
  'backup:list',
  'backup:remove',
  'app:quitReady',
  'menu:state',
] as const;
export type IpcChannel = (typeof IPC_CHANNELS)[number];

/** window.api method name for each invoke channel: named functions only, never raw IPC. */
export const IPC_API_METHODS = {
  'app:info': 'appInfo',
  'file:save': 'saveFile',
  'print:pdf': 'printPdf',
  'print:closeAll': 'closePreviews',
  'shell:openExternal': 'openExternal',
  'backup:folder': 'backupFolder',
  'backup:chooseFolder': 'chooseBackupFolder',
  'backup:begin': 'beginBackup',
  'backup:append': 'appendBackup',
  'backup:commit': 'commitBackup',
  'backup:abort': 'abortBackup',
  'backup:read': 'readBackup',
  'backup:list': 'listBackups',
  'backup:remove': 'removeBackups',
  'app:quitReady': 'quitReady',
  'menu:state': 'setMenuState',
} as const satisfies Record<IpcChannel, string>;
export type IpcApiMethod = (typeof IPC_API_METHODS)[IpcChannel];

/** Main -> renderer events. */
export const IPC_EVENTS = ['power:lock', 'app:command', 'app:beforeQuit'] as const;
export type IpcEvent = (typeof IPC_EVENTS)[number];

/** window.api subscription name for each event. */
export const IPC_EVENT_SUBSCRIPTIONS = {
  'power:lock': 'onPowerLock',
  'app:command': 'onAppCommand',
  'app:beforeQuit': 'onBeforeQuit',
} as const satisfies Record<IpcEvent, string>;

export const isIpcChannel = (value: unknown): value is IpcChannel =>
  typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);

/** Commands of the native menu (and its accelerators) that the renderer carries out. */
export const APP_COMMANDS = ['print', 'find', 'lock', 'help', 'backup'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
