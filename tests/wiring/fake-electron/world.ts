// The state behind the fake Electron: what the main bundle called, in order, and what the test
// lets the "OS" answer. One world per import of the bundle (tests call vi.resetModules()).
import { existsSync } from 'node:fs';

export type Call = { readonly api: string; readonly args: readonly unknown[] };
export type Rect = { x: number; y: number; width: number; height: number };
/** How the PDF viewer of a preview window behaves (Chromium since Electron 41: OOPIF frames). */
export type PdfViewerBehaviour = 'loads' | 'fails-to-load' | 'crashes' | 'hangs';

export type WorldOptions = {
  readonly appData: string;
  readonly documents?: string;
  readonly singleInstanceLock?: boolean;
  readonly isPackaged?: boolean;
  readonly displays?: readonly Rect[];
  /** false: the main window never emits 'ready-to-show' (a renderer that never paints). */
  readonly paints?: boolean;
  readonly pdfViewer?: PdfViewerBehaviour;
  readonly saveDialogPath?: string;
};

export const world = {
  calls: [] as Call[],
  ready: false,
  options: { appData: '' } as WorldOptions,
  paths: new Map<string, string>(),
  errorBoxes: [] as { title: string; content: string }[],
};

export const configure = (options: WorldOptions): void => {
  world.options = options;
};

export const record = (api: string, ...args: unknown[]): void => {
  world.calls.push({ api, args });
};

/** Electron refuses these once the app is ready (e.g. protocol.registerSchemesAsPrivileged). */
export const beforeReadyOnly = (api: string): void => {
  if (world.ready) throw new Error(`${api} can only be called before app is ready`);
};

/** Electron refuses these until the app is ready (windows, sessions, powerMonitor, dialogs). */
export const readyOnly = (api: string): void => {
  if (!world.ready) throw new Error(`${api} cannot be used before the app is ready`);
};

/** app.setPath throws for a folder that does not exist (Electron's docs say so). */
export const requireExistingDir = (api: string, dir: string): void => {
  if (!existsSync(dir)) throw new Error(`${api}: Failed to set path (${dir} does not exist)`);
};
