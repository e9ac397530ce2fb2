// The start-up wiring of the built main bundle: order before ready, what a second instance and a
// debugging switch do, what the session and the main window get.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { APP_USER_MODEL_ID } from '../../electron/main/constants';
import { removeTempDirs } from '../support/temp-dirs';
import { ROOT, boot, bootReady, callNames } from './boot';

afterAll(removeTempDirs);

describe('the fake Electron refuses what Electron refuses', () => {
  it('ready-only APIs before ready, pre-ready APIs after it', async () => {
    const early = await boot();
    expect(() => new early.BrowserWindow({})).toThrow(/before the app is ready/);
    expect(() => early.session.defaultSession).toThrow(/before the app is ready/);
    await early.fake.makeReady();
    expect(() => {
      early.protocol.registerSchemesAsPrivileged([]);
    }).toThrow(/before app is ready/);
    expect(() => {
      early.app.enableSandbox();
    }).toThrow(/before app is ready/);
  });
});

describe('start-up before ready', () => {
  it('pins userData (creating it), enables the sandbox, takes the lock, then registers', async () => {
    const fake = await boot();
    expect(callNames(fake)).toEqual([
      'app.getPath',
      'app.setPath',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'app.setAppUserModelId',
      'protocol.registerSchemesAsPrivileged',
      'app.on',
      'app.on',
      'app.on',
      'app.on',
      'app.whenReady',
    ]);
    const [getPath, setPath] = fake.fake.world.calls;
    expect(getPath?.args).toEqual(['appData']);
    const userData = path.join(fake.fake.world.options.appData, 'PiekrisanuRegistrs');
    expect(setPath?.args).toEqual(['userData', userData]);
    expect(existsSync(userData)).toBe(true);
    const modelId = fake.fake.world.calls.find((c) => c.api === 'app.setAppUserModelId');
    expect(modelId?.args).toEqual([APP_USER_MODEL_ID]);
    const events = fake.fake.world.calls.filter((c) => c.api === 'app.on').map((c) => c.args[0]);
    expect(events).toEqual([
      'web-contents-created',
      'second-instance',
      'before-quit',
      'window-all-closed',
    ]);
  });

  it('registers app:// as standard and secure, with fetch and code cache, nothing more', async () => {
    const fake = await boot();
    const call = fake.fake.world.calls.find(
      (c) => c.api === 'protocol.registerSchemesAsPrivileged',
    );
    expect(call?.args).toEqual([
      [
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ],
    ]);
  });

  it('a second instance quits before it registers, opens or serves anything', async () => {
    const fake = await boot({ singleInstanceLock: false });
    expect(callNames(fake)).toEqual([
      'app.getPath',
      'app.setPath',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'app.quit',
    ]);
    await fake.fake.makeReady();
    expect(fake.fake.windows).toEqual([]);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.protocolHandlers.size).toBe(0);
  });

  it.each([
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--remote-debugging-port=9222',
    '--remote-debugging-pipe',
    '--js-flags=--expose-gc',
    '--INSPECT',
    '/remote-debugging-port=9222',
  ])('%s makes the app exit at once, touching nothing', async (flag) => {
    const fake = await boot({ argv: [flag] });
    expect(fake.fake.world.calls).toEqual([{ api: 'app.exit', args: [1] }]);
  });
});

describe('when ready', () => {
  it('hardens the session before any window: no spellchecker, no network, no permissions', async () => {
    const fake = await bootReady();
    const names = callNames(fake);
    const spell = names.indexOf('session.setSpellCheckerEnabled');
    expect(spell).toBeGreaterThan(-1);
    expect(spell).toBeLessThan(names.indexOf('new BrowserWindow'));
    expect(fake.sessionState.spellCheckerEnabled).toBe(false);
    const blocked = fake.sessionState.blocked;
    expect(blocked?.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*']),
    );
    const answers: unknown[] = [];
    blocked?.listener({} as never, (response) => answers.push(response));
    expect(answers).toEqual([{ cancel: true }]);
    const request = fake.sessionState.permissionRequestHandler as (...args: unknown[]) => unknown;
    request({}, 'media', (granted: boolean) => answers.push(granted), {});
    expect(answers.at(-1)).toBe(false);
  });

  it('serves app://, handles every IPC channel of the contract and sets the menu', async () => {
    const fake = await bootReady();
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(callNames(fake)).toContain('Menu.setApplicationMenu');
  });

  it('opens one hidden main window with the secure options and the built .cjs preload', async () => {
    const fake = await bootReady();
    expect(fake.fake.windows).toHaveLength(1);
    const options = fake.fake.windows[0]?.options ?? {};
    const preload = path.join(ROOT, 'out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      plugins: false,
      devTools: false,
    });
    expect(existsSync(preload)).toBe(true);
    expect(fake.fake.windows[0]?.webContents.url).toBe('app://renderer/index.html');
  });

  it('allows devtools only in an unpackaged (development) start', async () => {
    const fake = await bootReady({ isPackaged: false });
    expect(fake.fake.windows[0]?.options.webPreferences?.devTools).toBe(true);
  });
});
