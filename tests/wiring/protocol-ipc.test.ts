// The app:// protocol handler and the IPC sender check, as the built bundle wires them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { removeTempDirs } from '../support/temp-dirs';
import { APP_FRAME, ROOT, bootReady, invoke, type Fake } from './boot';

afterAll(removeTempDirs);

const handlerOf = (fake: Fake) => {
  const handler = fake.protocolHandlers.get('app');
  if (handler === undefined) throw new Error('app:// is not handled');
  return (url: string, method = 'GET') => Promise.resolve(handler(new Request(url, { method })));
};

const INDEX_HTML = readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8');
const PACKAGE_JSON = readFileSync(path.join(ROOT, 'package.json'), 'utf8');

describe('the app:// protocol handler', () => {
  it('serves the built index.html with the CSP and no caching', async () => {
    const get = handlerOf(await bootReady());
    for (const url of ['app://renderer/index.html', 'app://renderer/', 'app://renderer/subjects']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('serves the built scripts the page names', async () => {
    const get = handlerOf(await bootReady());
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(INDEX_HTML)?.[1];
    expect(script).toBeDefined();
    const response = await get(`app://renderer/${script ?? ''}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://renderer/../../package.json',
    'app://renderer/%2e%2e/%2e%2e/package.json',
    'app://renderer/..%2f..%2fpackage.json',
    'app://renderer/..%5c..%5cpackage.json',
    'app://renderer/..\\..\\package.json',
    'app://renderer/assets/..%2F..%2F..%2Fpackage.json',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/c%3A/Windows/win.ini',
    'app://renderer/%5C%5Cserver%5Cshare%5Cx.txt',
    'app://renderer/index.html%00.png',
    'app://renderer/%2F%2Fetc%2Fhosts.txt',
    'app://other-host/index.html',
    'app://renderer:8080/index.html',
  ])('refuses %s', async (url) => {
    const response = await handlerOf(await bootReady())(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(PACKAGE_JSON.slice(0, 40));
    expect(body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await handlerOf(await bootReady())('app://renderer/index.html', method);
    expect(response.status).toBe(405);
  });

  it('serves no PDF that was never handed out', async () => {
    const response = await handlerOf(await bootReady())(
      'app://print/00000000-0000-4000-8000-000000000000.pdf',
    );
    expect(response.status).toBe(404);
  });
});

describe('IPC', () => {
  const FORBIDDEN = {
    ok: false,
    error: { code: 'forbidden', i18nKey: 'errors.ipc.forbiddenSender' },
  };

  it("answers the app's top frame", async () => {
    const fake = await bootReady();
    await expect(invoke(fake, 'app:info', {})).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform },
    });
  });

  it.each([
    ['no frame', null],
    ['a subframe of the app', { url: 'app://renderer/index.html', parent: APP_FRAME }],
    [
      'the PDF preview',
      { url: 'app://print/00000000-0000-4000-8000-000000000000.pdf', parent: null },
    ],
    [
      'the PDF viewer',
      { url: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', parent: null },
    ],
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///C:/app/out/renderer/index.html', parent: null }],
    ['devtools', { url: 'devtools://devtools/bundled/devtools_app.html', parent: null }],
  ])('refuses %s on every channel', async (_name, frame) => {
    const fake = await bootReady();
    for (const channel of fake.ipcHandlers.keys()) {
      await expect(invoke(fake, channel, {}, frame)).resolves.toEqual(FORBIDDEN);
    }
  });
});

describe('navigation and new windows', () => {
  it('the main window navigates only within the app and opens no window', async () => {
    const fake = await bootReady();
    const contents = fake.fake.windows[0]?.webContents;
    expect(contents?.attemptNavigation('app://renderer/index.html#/home')).toBe(false);
    expect(contents?.attemptNavigation('https://evil.example/')).toBe(true);
    expect(contents?.attemptNavigation('file:///C:/Windows/win.ini')).toBe(true);
    expect(contents?.openHandler?.({ url: 'https://www.dvi.gov.lv/' } as never)).toEqual({
      action: 'deny',
    });
    expect(contents?.openHandler?.({ url: 'https://evil.example/' } as never)).toEqual({
      action: 'deny',
    });
    await new Promise((resolve) => setImmediate(resolve));
    // The allow-listed link goes to the system browser; the other one nowhere.
    expect(fake.opened).toEqual(['https://www.dvi.gov.lv/']);
  });
});
