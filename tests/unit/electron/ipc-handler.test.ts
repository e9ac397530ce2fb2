import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { IPC_CHANNELS, type IpcChannel } from '../../../shared/ipc/channels';
import type { MenuState } from '../../../shared/ipc/contract';
import { createChannelHandlers, type OsOperations } from '../../../electron/main/channel-handlers';
import {
  createIpcHandler,
  IPC_ERRORS,
  registerIpcHandlers,
  type ChannelHandler,
  type IpcEventLike,
  type IpcListener,
} from '../../../electron/main/ipc-handler';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
// A made-up name: proves request data never shows up in errors or logs.
const SECRET = 'Ūzuliņa';

type Calls = {
  written: [string, Uint8Array][];
  shown: string[];
  opened: string[];
  closedAll: number;
  menus: MenuState[];
};
const noCalls = (): Calls => ({ written: [], shown: [], opened: [], closedAll: 0, menus: [] });

const fakeOs = (calls: Calls, cancelDialog = false): OsOperations => ({
  appVersion: '0.1.0',
  platform: 'win32',
  chooseSavePath: () =>
    Promise.resolve(cancelDialog ? undefined : 'C:\\Users\\a\\Documents\\x.pdf'),
  writeFile: (filePath, bytes) => {
    calls.written.push([filePath, bytes]);
    return Promise.resolve();
  },
  showPdf: (_bytes, title) => {
    calls.shown.push(title);
    return Promise.resolve(true);
  },
  closePreviews: () => {
    calls.closedAll += 1;
    return 2;
  },
  openExternal: (url) => {
    calls.opened.push(url);
    return Promise.resolve();
  },
  backupFiles: fakeBackupFiles,
  backupFolder: () => Promise.resolve(FOLDER),
  chooseBackupFolder: () => Promise.resolve(FOLDER),
  quitReady: () => true,
  setMenuState: (state) => {
    calls.menus.push(state);
  },
});

const FOLDER = 'E:\\Rezerves';
const BACKUP = 'registrs-2026-11-30-2130.prbk';
const TOKEN = '0f8fad5b-d9cb-469f-a165-70867728950e';
// The atomic writer itself is tested on a real folder (backup-files.test.ts); here only the
// channels' contract: every request parsed, the folder never taken from the renderer.
const fakeBackupFiles: OsOperations['backupFiles'] = {
  begin: (folder, fileName) =>
    Promise.resolve(folder === FOLDER && fileName === BACKUP ? TOKEN : 'wrong'),
  append: () => Promise.resolve(),
  commit: () => Promise.resolve(BACKUP),
  abort: () => Promise.resolve(),
  read: (_folder, _name, offset, length) =>
    Promise.resolve(new Uint8Array([1, 2, 3, 4]).subarray(offset, offset + length)),
  list: () => Promise.resolve([BACKUP]),
  remove: () => Promise.resolve(),
  removeLeftovers: () => Promise.resolve(0),
};

type ChannelCase = {
  readonly good: unknown;
  readonly expected: unknown;
  readonly bad: readonly unknown[];
};

// One row per channel; `satisfies Record<IpcChannel, …>` makes a new channel without a row
// fail to compile.
const CASES = {
  'app:info': {
    good: {},
    expected: { version: '0.1.0', platform: 'win32' },
    bad: [{ extra: 1 }, null, 'x', []],
  },
  'file:save': {
    good: { suggestedName: 'veidlapa-1.pdf', mimeType: 'application/pdf', bytes: PDF },
    expected: { saved: true },
    bad: [
      {},
      { suggestedName: '../x.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'dir/x.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'dir\\x.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'C:x.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'x\u0000.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'CON.pdf', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: '.hidden', mimeType: 'application/pdf', bytes: PDF },
      { suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: 'JVBERi0=' },
      { suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: [1, 2, 3] },
      { suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: new Uint8Array() },
      { suggestedName: 'x.pdf', mimeType: 'not a mime', bytes: PDF },
      { suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: PDF, path: 'C:\\x' },
      { suggestedName: `${SECRET}.pdf/`, mimeType: 'application/pdf', bytes: PDF },
    ],
  },
  'print:pdf': {
    good: { bytes: PDF, title: 'Veidlapa Nr. 1' },
    expected: { printed: true },
    bad: [
      {},
      { bytes: PDF },
      { bytes: PDF, title: '' },
      { bytes: new Uint8Array([1, 2, 3, 4, 5, 6]), title: 'not a pdf' },
      { bytes: PDF, title: 'x\u0007' },
      { bytes: PDF, title: 'x'.repeat(201) },
      { bytes: PDF, title: 'x', url: 'file:///x' },
    ],
  },
  'print:closeAll': {
    good: {},
    expected: { closed: 2 },
    bad: [{ all: true }, null, 'x', []],
  },
  'shell:openExternal': {
    good: { url: 'https://www.dvi.gov.lv/lv' },
    expected: { opened: true },
    bad: [
      {},
      { url: 42 },
      { url: '' },
      { url: 'x'.repeat(2049) },
      { url: 'https://www.dvi.gov.lv', x: 1 },
    ],
  },
  'backup:folder': { good: {}, expected: { folder: FOLDER }, bad: [{ folder: 'C:\\' }, null] },
  'backup:chooseFolder': { good: {}, expected: { folder: FOLDER }, bad: [{ x: 1 }, 'x'] },
  'backup:begin': {
    good: { fileName: BACKUP },
    expected: { token: TOKEN },
    bad: [
      {},
      { fileName: '../registrs-2026-11-30-2130.prbk' },
      { fileName: `${SECRET}.prbk` },
      { fileName: BACKUP, folder: 'C:\\Windows' },
    ],
  },
  'backup:append': {
    good: { token: TOKEN, bytes: new Uint8Array([1, 2]) },
    expected: { written: 2 },
    bad: [
      { token: 'x', bytes: new Uint8Array([1]) },
      { token: TOKEN, bytes: SECRET },
      { token: TOKEN },
    ],
  },
  'backup:commit': {
    good: { token: TOKEN },
    expected: { fileName: BACKUP },
    bad: [{}, { token: SECRET }],
  },
  'backup:abort': { good: { token: TOKEN }, expected: { aborted: true }, bad: [{ token: 1 }] },
  'backup:read': {
    good: { fileName: BACKUP, offset: 1, length: 2 },
    expected: { bytes: new Uint8Array([2, 3]) },
    bad: [
      { fileName: BACKUP, offset: -1, length: 2 },
      { fileName: BACKUP, offset: 0, length: 0 },
      { fileName: BACKUP, offset: 0, length: 9 * 1024 * 1024 },
      { fileName: 'notes.txt', offset: 0, length: 1 },
    ],
  },
  'backup:list': { good: {}, expected: { files: [BACKUP] }, bad: [{ folder: 'C:\\' }] },
  'backup:remove': {
    good: { fileNames: [BACKUP] },
    expected: { removed: 1 },
    bad: [{ fileNames: ['../x.prbk'] }, { fileNames: BACKUP }],
  },
  'app:quitReady': {
    good: {},
    expected: { quitting: true },
    bad: [{ now: true }, null, 'x'],
  },
  'menu:state': {
    good: { backup: true },
    expected: { backup: true },
    bad: [{}, { backup: 'true' }, { backup: 1 }, { backup: true, role: 'head' }, null, [true]],
  },
} as const satisfies Record<IpcChannel, ChannelCase>;

const TRUSTED: IpcEventLike = {
  senderFrame: { url: 'app://renderer/index.html#/children', parent: null },
};
const FOREIGN_SENDERS: readonly [string, IpcEventLike][] = [
  ['no frame', { senderFrame: null }],
  ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
  [
    'a subframe of the app',
    { senderFrame: { url: 'app://renderer/index.html', parent: TRUSTED.senderFrame } },
  ],
  [
    'devtools',
    { senderFrame: { url: 'devtools://devtools/bundled/devtools_app.html', parent: null } },
  ],
  [
    'a file:// page',
    { senderFrame: { url: 'file:///C:/app/out/renderer/index.html', parent: null } },
  ],
  [
    'the PDF preview',
    { senderFrame: { url: 'app://print/00000000-0000-4000-8000-000000000000.pdf', parent: null } },
  ],
  ['another app:// host', { senderFrame: { url: 'app://other-host/index.html', parent: null } }],
  ['a local dev server', { senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } }],
];

const setup = (channel: IpcChannel) => {
  const calls = noCalls();
  const logs: string[] = [];
  const handlers = createChannelHandlers(fakeOs(calls));
  // The handler table is indexed by a runtime channel; the union needs one widening cast.
  const handler = handlers[channel] as ChannelHandler<IpcChannel>;
  const listener: IpcListener<IpcChannel> = createIpcHandler<IpcChannel>(channel, handler, (line) =>
    logs.push(line),
  );
  return { calls, logs, listener };
};

describe('IPC handlers: every channel of the contract', () => {
  it('has a test row for every channel', () => {
    expect(Object.keys(CASES).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  describe.each(IPC_CHANNELS)('%s', (channel) => {
    const row: ChannelCase = CASES[channel];

    it('returns ok with the response for a good call from the app main frame', async () => {
      const { listener } = setup(channel);
      await expect(listener(TRUSTED, row.good)).resolves.toEqual({ ok: true, value: row.expected });
    });

    it.each(FOREIGN_SENDERS)('refuses %s without running the handler', async (_name, event) => {
      const { listener, calls } = setup(channel);
      await expect(listener(event, row.good)).resolves.toEqual({
        ok: false,
        error: IPC_ERRORS.forbiddenSender,
      });
      expect(calls).toEqual(noCalls());
    });

    it('refuses malformed arguments without running the handler', async () => {
      for (const bad of row.bad) {
        const { listener, calls, logs } = setup(channel);
        const result = await listener(TRUSTED, bad);
        expect(result).toEqual({ ok: false, error: IPC_ERRORS.invalidRequest });
        expect(calls).toEqual(noCalls());
        expect(JSON.stringify([result, logs])).not.toContain(SECRET);
      }
    });

    it('refuses a call with no or extra arguments', async () => {
      const { listener } = setup(channel);
      await expect(listener(TRUSTED)).resolves.toEqual({
        ok: false,
        error: IPC_ERRORS.invalidRequest,
      });
      await expect(listener(TRUSTED, row.good, row.good)).resolves.toEqual({
        ok: false,
        error: IPC_ERRORS.invalidRequest,
      });
    });
  });
});

describe('createIpcHandler', () => {
  it('turns an AppError into its code and key, never throwing', async () => {
    const listener = createIpcHandler('app:info', () =>
      Promise.reject(new AppError('locked', 'errors.locked')),
    );
    await expect(listener(TRUSTED, {})).resolves.toEqual({
      ok: false,
      error: { code: 'locked', i18nKey: 'errors.locked' },
    });
  });

  it('hides unexpected errors, and their messages, behind errors.internal', async () => {
    const logs: string[] = [];
    const listener = createIpcHandler(
      'app:info',
      () => Promise.reject(new Error(SECRET)),
      (l) => logs.push(l),
    );
    const result = await listener(TRUSTED, {});
    expect(result).toEqual({ ok: false, error: IPC_ERRORS.internal });
    expect(JSON.stringify([result, logs])).not.toContain(SECRET);
  });

  it('refuses a handler response that breaks the contract', async () => {
    const bad = () => Promise.resolve({ version: '', platform: 'win32' });
    await expect(createIpcHandler('app:info', bad)(TRUSTED, {})).resolves.toEqual({
      ok: false,
      error: IPC_ERRORS.internal,
    });
  });

  it('registers exactly the contract channels', () => {
    const registered: string[] = [];
    registerIpcHandlers(
      { handle: (channel) => registered.push(channel) },
      createChannelHandlers(fakeOs(noCalls())),
    );
    expect(registered.sort()).toEqual([...IPC_CHANNELS].sort());
  });
});

describe('channel behaviour', () => {
  it('menu:state hands the state to the menu as it came, nothing more', async () => {
    const { listener, calls } = setup('menu:state');
    await listener(TRUSTED, { backup: false });
    await listener(TRUSTED, { backup: true });
    expect(calls.menus).toEqual([{ backup: false }, { backup: true }]);
  });

  it('file:save writes the bytes to the chosen path', async () => {
    const { listener, calls } = setup('file:save');
    await listener(TRUSTED, CASES['file:save'].good);
    expect(calls.written).toEqual([['C:\\Users\\a\\Documents\\x.pdf', PDF]]);
  });

  it('file:save writes nothing when the dialog is cancelled', async () => {
    const calls = noCalls();
    const handlers = createChannelHandlers(fakeOs(calls, true));
    const listener = createIpcHandler('file:save', handlers['file:save']);
    await expect(listener(TRUSTED, CASES['file:save'].good)).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(calls.written).toEqual([]);
  });

  it('file:save reports a failed write as a storage error', async () => {
    const os = {
      ...fakeOs(noCalls()),
      writeFile: () => Promise.reject(new Error('EACCES')),
    };
    const listener = createIpcHandler('file:save', createChannelHandlers(os)['file:save']);
    await expect(listener(TRUSTED, CASES['file:save'].good)).resolves.toEqual({
      ok: false,
      error: { code: 'storage', i18nKey: 'errors.file.writeFailed' },
    });
  });

  it.each([
    'https://evil.example/',
    'http://www.dvi.gov.lv/',
    'file:///C:/Windows/System32/calc.exe',
  ])('shell:openExternal refuses %s and opens nothing', async (url) => {
    const { listener, calls } = setup('shell:openExternal');
    const result = await listener(TRUSTED, { url });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', i18nKey: 'errors.ipc.externalUrlNotAllowed' },
    });
    expect(calls.opened).toEqual([]);
  });
});
