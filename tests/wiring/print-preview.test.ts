// Print previews as the built bundle wires them: the PDF viewer's frames may load (defect 1 of
// issue 13), a viewer that did not load is reported, and every lock closes every preview.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_LOAD_DEADLINE_MS } from '../../electron/main/preview-policy';
import { removeTempDirs } from '../support/temp-dirs';
import { bootReady, invoke, settle, type Fake } from './boot';
import { PDF_VIEWER, type FakeWebContents } from './fake-electron/web-contents';

afterAll(removeTempDirs);

const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n%secret child\n')]);

const print = (fake: Fake, title = 'Veidlapa Nr. 1') =>
  invoke(fake, 'print:pdf', { bytes: PDF, title });

const previewsOf = (fake: Fake) => fake.fake.windows.slice(1);
const printUrlOf = (contents: FakeWebContents | undefined): string => contents?.url ?? '';
const fetchPdf = async (fake: Fake, url: string) => {
  const handler = fake.protocolHandlers.get('app');
  return handler === undefined ? undefined : handler(new Request(url));
};

afterEach(() => {
  vi.useRealTimers();
});

describe('a print preview', () => {
  it("lets the PDF viewer's frames load the PDF and reports the preview shown", async () => {
    const fake = await bootReady();
    await expect(print(fake)).resolves.toEqual({ ok: true, value: { printed: true } });
    const [preview] = previewsOf(fake);
    const url = printUrlOf(preview?.webContents);
    expect(url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.pdf$/);
    expect(preview?.webContents.frameNavigations).toEqual([
      { url: `${PDF_VIEWER}/index.html`, isMainFrame: false, prevented: false },
      {
        url: expect.stringMatching(
          /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//,
        ) as string,
        isMainFrame: false,
        prevented: false,
      },
      { url, isMainFrame: false, prevented: false },
    ]);
    expect(preview?.visible).toBe(true);
    expect(preview?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
      devTools: false,
    });
    expect(preview?.options.webPreferences?.preload).toBeUndefined();
    const served = await fetchPdf(fake, url);
    expect(served?.status).toBe(200);
    expect(served?.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await (served?.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(PDF);
  });

  it('allows only those frames: no other URL, extension or PDF in a preview', async () => {
    const fake = await bootReady();
    await print(fake);
    await print(fake);
    const [first, second] = previewsOf(fake).map((w) => w.webContents);
    for (const url of [
      printUrlOf(second),
      'app://renderer/index.html',
      'https://evil.example/x.pdf',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai.evil.example/',
      `${printUrlOf(first)}?x=1`,
      'data:application/pdf;base64,JVBERi0=',
      'blob:app://print/123',
    ]) {
      expect(first?.attemptFrameNavigation(url, false), url).toBe(true);
    }
  });

  it('the main window still denies every subframe, the PDF viewer included', async () => {
    const fake = await bootReady();
    const main = fake.fake.windows[0]?.webContents;
    expect(main?.attemptFrameNavigation(`${PDF_VIEWER}/index.html`, false)).toBe(true);
    expect(main?.attemptFrameNavigation('app://renderer/index.html', false)).toBe(true);
    expect(main?.attemptFrameNavigation('app://renderer/index.html', true)).toBe(false);
  });

  it.each(['fails-to-load', 'crashes'] as const)(
    'reports a viewer that %s as not shown, closes it and forgets the PDF',
    async (pdfViewer) => {
      const fake = await bootReady({ pdfViewer });
      await expect(print(fake)).resolves.toEqual({ ok: true, value: { printed: false } });
      const [preview] = previewsOf(fake);
      expect(preview?.destroyed).toBe(true);
      expect((await fetchPdf(fake, printUrlOf(preview?.webContents)))?.status).toBe(404);
    },
  );

  it('reports a viewer that never shows the PDF as not shown after the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fake = await bootReady({ pdfViewer: 'hangs' });
    const result = print(fake);
    await settle();
    await vi.advanceTimersByTimeAsync(PREVIEW_LOAD_DEADLINE_MS);
    await expect(result).resolves.toEqual({ ok: true, value: { printed: false } });
    expect(previewsOf(fake)[0]?.destroyed).toBe(true);
  });

  it('forgets the PDF when the user closes the preview', async () => {
    const fake = await bootReady();
    await print(fake);
    const [preview] = previewsOf(fake);
    const url = printUrlOf(preview?.webContents);
    preview?.close();
    expect((await fetchPdf(fake, url))?.status).toBe(404);
  });
});

describe('locking closes every preview and releases the print store', () => {
  const twoPreviews = async () => {
    const fake = await bootReady();
    await print(fake);
    await print(fake, 'Atkopšanas atslēga');
    const previews = previewsOf(fake);
    expect(previews.every((w) => w.visible)).toBe(true);
    return { fake, previews, urls: previews.map((w) => printUrlOf(w.webContents)) };
  };
  const expectAllGone = async (fake: Fake, previews: { destroyed: boolean }[], urls: string[]) => {
    expect(previews.map((w) => w.destroyed)).toEqual([true, true]);
    for (const url of urls) expect((await fetchPdf(fake, url))?.status).toBe(404);
    expect(fake.fake.windows[0]?.destroyed).toBe(false);
  };

  it('when the renderer locks (Ctrl+L, the lock button, the idle timer): print:closeAll', async () => {
    const { fake, previews, urls } = await twoPreviews();
    await expect(invoke(fake, 'print:closeAll', {})).resolves.toEqual({
      ok: true,
      value: { closed: 2 },
    });
    await expectAllGone(fake, previews, urls);
  });

  it.each(['lock-screen', 'suspend', 'user-did-resign-active'])(
    'on %s, at once, and the renderer is told to lock',
    async (event) => {
      const { fake, previews, urls } = await twoPreviews();
      fake.powerMonitorEvents.emit(event);
      await expectAllGone(fake, previews, urls);
      expect(fake.fake.windows[0]?.webContents.sent.map((m) => m.channel)).toEqual(['power:lock']);
    },
  );

  it("on the menu's Lock command (Ctrl+L), which also tells the renderer", async () => {
    const { fake, previews, urls } = await twoPreviews();
    const lock = fake.menuState.template
      ?.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .find((item) => item.label === 'Bloķēt');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    lock?.click?.({} as never, undefined, {});
    await expectAllGone(fake, previews, urls);
    expect(fake.fake.windows[0]?.webContents.sent).toEqual([
      { channel: 'app:command', args: [{ command: 'lock' }] },
    ]);
  });

  it('when the renderer process dies (its keys with it)', async () => {
    const { fake, previews, urls } = await twoPreviews();
    fake.fake.windows[0]?.webContents.crash('crashed');
    await expectAllGone(fake, previews, urls);
  });
});
