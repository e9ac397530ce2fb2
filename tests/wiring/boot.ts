// Imports the built main bundle afresh against a fresh fake Electron, as one start of the app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { vi } from 'vitest';
import { tempDir } from '../support/temp-dirs';
import type { WorldOptions } from './fake-electron/world';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN_BUNDLE = path.join(ROOT, 'out/main/index.js');

export type Fake = typeof import('./fake-electron/index');

/** A fresh appData folder; a test file that boots has `afterAll(removeTempDirs)`. */
export const tempAppData = (): string => tempDir('wiring-appdata-');

/** One start of the app: a fresh fake world, process.argv as given, the bundle imported. */
export const boot = async (
  options: Partial<WorldOptions> & { readonly argv?: readonly string[] } = {},
): Promise<Fake> => {
  vi.resetModules();
  const fake = await import('./fake-electron/index');
  fake.fake.configure({ appData: tempAppData(), ...options });
  const argv = process.argv;
  process.argv = [process.execPath, ROOT, ...(options.argv ?? [])];
  try {
    await import(MAIN_BUNDLE);
  } finally {
    process.argv = argv;
  }
  return fake;
};

/** A start that gets to 'ready' (the main window exists). */
export const bootReady = async (
  options: Partial<WorldOptions> & { readonly argv?: readonly string[] } = {},
): Promise<Fake> => {
  const fake = await boot(options);
  await fake.fake.makeReady();
  return fake;
};

/** The names of the calls recorded so far, e.g. "app.setPath". */
export const callNames = (fake: Fake): string[] => fake.fake.world.calls.map((c) => c.api);

export const APP_FRAME = { url: 'app://renderer/index.html#/subjects', parent: null };

/** An invoke event from a frame; only the sender frame is read by the main process. */
export const invokeEvent = (frame: { url: string; parent: unknown } | null): IpcMainInvokeEvent =>
  ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

/** Calls an IPC channel as the preload would, from `frame` (the app's top frame by default). */
export const invoke = (
  fake: Fake,
  channel: string,
  request: unknown,
  frame: { url: string; parent: unknown } | null = APP_FRAME,
): Promise<unknown> => {
  const handler = fake.ipcHandlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(invokeEvent(frame), request));
};

/** Lets queued callbacks (setImmediate, promise continuations) run. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};
