// A recording fake of window.api (what electron/preload exposes), installed before the page
// loads, so the renderer picks its Electron host in plain Chromium. Its state lives on
// window.fakeApi: the calls made, and the answers the "main process" gives (a print preview that
// loads or not, a save dialog the user confirms or cancels).
import type { Page } from '@playwright/test';

type Envelope = { ok: true; value: unknown };
export type FakeApiState = {
  calls: string[];
  printed: boolean;
  printTitles: string[];
  /** What the save dialog answers: false = the user cancelled it (the default). */
  saved: boolean;
  /** The file names offered to the save dialog, in order. */
  savedNames: string[];
  /** Each 'menu:state' the renderer sent: whether the menu's backup item is enabled. */
  menuBackup: boolean[];
  command: (command: string) => void;
  powerLock: () => void;
};

/** Installs the fake window.api; its state lives on window.fakeApi. */
export const installFakeApi = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const ok = (value: unknown): Promise<Envelope> => Promise.resolve({ ok: true, value });
    const commandListeners: ((payload: unknown) => void)[] = [];
    const lockListeners: ((payload: unknown) => void)[] = [];
    const state: FakeApiState = {
      calls: [],
      printed: true,
      printTitles: [],
      saved: false,
      savedNames: [],
      menuBackup: [],
      command: (command) => {
        for (const listener of commandListeners) listener({ command });
      },
      powerLock: () => {
        for (const listener of lockListeners) listener({ reason: 'lock-screen' });
      },
    };
    const record = (name: string) => state.calls.push(name);
    const subscribe = (list: ((payload: unknown) => void)[]) => (l: (p: unknown) => void) => {
      list.push(l);
      return () => list.splice(list.indexOf(l), 1);
    };
    Object.assign(window, {
      fakeApi: state,
      api: Object.freeze({
        appInfo: () => (record('appInfo'), ok({ version: '0.1.0', platform: 'win32' })),
        saveFile: (request: { suggestedName: string }) => {
          record('saveFile');
          state.savedNames.push(request.suggestedName);
          return ok({ saved: state.saved });
        },
        printPdf: (request: { title: string }) => {
          record('printPdf');
          state.printTitles.push(request.title);
          return ok({ printed: state.printed });
        },
        closePreviews: () => (record('closePreviews'), ok({ closed: 0 })),
        openExternal: () => (record('openExternal'), ok({ opened: true })),
        onPowerLock: subscribe(lockListeners),
        onAppCommand: subscribe(commandListeners),
        // The automatic backup's channels: no folder chosen, so nothing is written.
        backupFolder: () => (record('backupFolder'), ok({ folder: null })),
        onBeforeQuit: subscribe([]),
        quitReady: () => (record('quitReady'), ok({ quitting: true })),
        setMenuState: (request: { backup: boolean }) => {
          state.menuBackup.push(request.backup);
          return ok({ backup: request.backup });
        },
      }),
    });
  });
};

/** What the fake's save dialog answers from now on (false: the user cancels it). */
export const setFakeSaved = (page: Page, saved: boolean): Promise<void> =>
  page.evaluate((value) => {
    (window as unknown as { fakeApi: FakeApiState }).fakeApi.saved = value;
  }, saved);

/** The file names the app offered to the fake's save dialog, in order. */
export const fakeSavedNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { fakeApi: FakeApiState }).fakeApi.savedNames]);
