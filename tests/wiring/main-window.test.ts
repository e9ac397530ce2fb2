// The main window as the built bundle wires it: remembered size and position, shown once
// painted (or anyway), one reload after a renderer crash, save dialogs, menu commands.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SHOW_FALLBACK_MS } from '../../electron/main/main-window';
import { removeTempDirs } from '../support/temp-dirs';
import { bootReady, invoke, settle, tempAppData, type Fake } from './boot';

afterAll(removeTempDirs);

afterEach(() => {
  vi.useRealTimers();
});

const mainOf = (fake: Fake) => {
  const window = fake.fake.windows[0];
  if (window === undefined) throw new Error('no main window');
  return window;
};
const stateFile = (appData: string) =>
  path.join(appData, 'PiekrisanuRegistrs', 'window-state.json');

describe('quitting with a backup on quit', () => {
  it('holds the close, asks the renderer, and quits once it answers app:quitReady', async () => {
    const fake = await bootReady({ appData: tempAppData() });
    const window = mainOf(fake);
    const contents = window.webContents;
    window.close();
    expect(window.closePrevented).toBe(true);
    expect(contents.sent.map((s) => s.channel)).toContain('app:beforeQuit');
    expect(fake.fake.world.calls.map((c) => c.api)).not.toContain('app.quit');
    await expect(invoke(fake, 'app:quitReady', {})).resolves.toEqual({
      ok: true,
      value: { quitting: true },
    });
    expect(fake.fake.world.calls.at(-1)?.api).toBe('app.quit');
  });
});

describe('window size and position', () => {
  it('opens at the default size, and next time where the user left it', async () => {
    const appData = tempAppData();
    const first = await bootReady({ appData });
    expect(mainOf(first).options).toMatchObject({ width: 1280, height: 820 });
    expect(mainOf(first).options.x).toBeUndefined();
    mainOf(first).bounds = { x: 200, y: 150, width: 1400, height: 900 };
    mainOf(first).maximized = true;
    mainOf(first).close();
    expect(JSON.parse(readFileSync(stateFile(appData), 'utf8'))).toEqual({
      x: 200,
      y: 150,
      width: 1400,
      height: 900,
      maximized: true,
    });

    const second = await bootReady({ appData });
    expect(mainOf(second).options).toMatchObject({ x: 200, y: 150, width: 1400, height: 900 });
    await settle();
    expect(mainOf(second).visible).toBe(true);
    expect(mainOf(second).maximized).toBe(true);
  });

  it('ignores a position on a display that is no longer there, and a broken file', async () => {
    const appData = tempAppData();
    const first = await bootReady({ appData });
    mainOf(first).bounds = { x: 2500, y: 100, width: 1200, height: 800 };
    mainOf(first).close();
    const undocked = await bootReady({
      appData,
      displays: [{ x: 0, y: 0, width: 1920, height: 1040 }],
    });
    expect(mainOf(undocked).options.x).toBeUndefined();
    expect(mainOf(undocked).options.width).toBe(1280);

    writeFileSync(stateFile(appData), '{"x": "not a number"');
    const broken = await bootReady({ appData });
    expect(mainOf(broken).options).toMatchObject({ width: 1280, height: 820 });
  });
});

describe('showing the window', () => {
  it('stays hidden until painted (no white flash), then shows', async () => {
    const fake = await bootReady();
    expect(mainOf(fake).visible).toBe(false);
    expect(mainOf(fake).options.backgroundColor).toBe('#ffffff');
    await settle();
    expect(mainOf(fake).visible).toBe(true);
  });

  it('is shown anyway when it never paints', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fake = await bootReady({ paints: false });
    await settle();
    expect(mainOf(fake).visible).toBe(false);
    await vi.advanceTimersByTimeAsync(SHOW_FALLBACK_MS);
    expect(mainOf(fake).visible).toBe(true);
  });
});

describe('a renderer crash', () => {
  it('reloads the app once, then shows a plain error and quits', async () => {
    const fake = await bootReady();
    const loads = () =>
      fake.fake.world.calls.filter(
        (c) => c.api === 'webContents.loadURL' && c.args[0] === 'app://renderer/index.html',
      ).length;
    expect(loads()).toBe(1);
    mainOf(fake).webContents.crash('crashed');
    expect(loads()).toBe(2);
    expect(fake.fake.world.errorBoxes).toEqual([]);
    mainOf(fake).webContents.crash('oom');
    expect(loads()).toBe(2);
    expect(fake.fake.world.errorBoxes).toHaveLength(1);
    expect(fake.fake.world.errorBoxes[0]?.content).toMatch(/negaidīti apstājās/);
    expect(fake.fake.world.calls.at(-1)?.api).toBe('app.quit');
  });
});

describe('save dialogs', () => {
  it('keep the file out of Windows recent files and suggest the bare, safe name', async () => {
    const appData = tempAppData();
    const target = path.join(appData, 'saved.pdf');
    const fake = await bootReady({ appData, documents: appData, saveDialogPath: target });
    const bytes = new TextEncoder().encode('%PDF-1.7');
    await expect(
      invoke(fake, 'file:save', {
        suggestedName: 'veidlapas.pdf',
        mimeType: 'application/pdf',
        bytes,
      }),
    ).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(fake.saveDialogs[0]?.properties).toContain('dontAddToRecent');
    expect(fake.saveDialogs[0]?.defaultPath).toBe(path.join(appData, 'veidlapas.pdf'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });
});

describe('the application menu', () => {
  const item = (fake: Fake, label: string) =>
    fake.menuState.template
      ?.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .find((entry) => entry.label === label);

  it.each([
    ['Drukāt…', 'CmdOrCtrl+P', 'print'],
    ['Meklēt', 'CmdOrCtrl+F', 'find'],
    ['Palīdzība', 'F1', 'help'],
  ])('"%s" (%s) hands "%s" to the main window', async (label, accelerator, command) => {
    const fake = await bootReady();
    const entry = item(fake, label);
    expect(entry?.accelerator).toBe(accelerator);
    entry?.click?.({} as never, undefined, {});
    expect(mainOf(fake).webContents.sent).toEqual([
      { channel: 'app:command', args: [{ command }] },
    ]);
  });

  it('"Izveidot rezerves kopiju" is greyed until the renderer says the session may back up', async () => {
    const fake = await bootReady();
    const enabled = () => item(fake, 'Izveidot rezerves kopiju')?.enabled ?? true;
    expect(enabled()).toBe(false);
    await expect(invoke(fake, 'menu:state', { backup: true })).resolves.toEqual({
      ok: true,
      value: { backup: true },
    });
    expect(enabled()).toBe(true);
    // A malformed state changes nothing; a lock (or a teacher's session) greys it again.
    await invoke(fake, 'menu:state', { backup: 'yes' });
    expect(enabled()).toBe(true);
    await invoke(fake, 'menu:state', { backup: false });
    expect(enabled()).toBe(false);
    // A crashed renderer takes its session with it: the menu is locked until it says again.
    await invoke(fake, 'menu:state', { backup: true });
    mainOf(fake).webContents.crash('crashed');
    expect(enabled()).toBe(false);
  });

  it('a second start brings the running window forward', async () => {
    const fake = await bootReady();
    fake.fake.appEvents.emit('second-instance', {}, [], '');
    expect(fake.fake.world.calls.at(-1)?.api).toBe('window.focus');
  });
});
