// Print-preview windows: a PDF shown from memory (print-store.ts) in Chromium's viewer, with its
// own print button. Each window may load only the viewer's frames and its own one-time URL
// (preview-policy.ts); a preview counts as shown only once the viewer has loaded the PDF.
import { BrowserWindow, type WebContents } from 'electron';
import type { PrintStore } from './print-store';
import { PREVIEW_LOAD_DEADLINE_MS, isAllowedPreviewSubframe } from './preview-policy';
import { createPdfWindowOptions } from './window-options';

export type PreviewWindows = {
  /** Opens a preview; resolves true once the viewer shows the PDF, false if it did not load. */
  readonly show: (bytes: Uint8Array, title: string) => Promise<boolean>;
  /** Closes every preview and forgets every PDF (on lock); returns how many were open. */
  readonly closeAll: () => number;
  /** The subframe rule for `contents`: a preview's own rule, or undefined (deny every one). */
  readonly subframeRule: (contents: WebContents) => ((url: string) => boolean) | undefined;
};

/**
 * Waits for the viewer of `printUrl` to commit the PDF in its frame. Fails on a failed load of
 * any frame, a crashed renderer, a closed window or after PREVIEW_LOAD_DEADLINE_MS.
 */
const viewerLoaded = (window: BrowserWindow, printUrl: string): Promise<boolean> =>
  new Promise((resolve) => {
    const contents = window.webContents;
    const finish = (shown: boolean): void => {
      clearTimeout(deadline);
      contents.off('did-frame-navigate', onFrameNavigate);
      contents.off('did-fail-load', onFail);
      contents.off('render-process-gone', onFail);
      window.off('closed', onFail);
      resolve(shown);
    };
    const onFrameNavigate = (
      _event: Electron.Event,
      url: string,
      _code: number,
      _status: string,
      isMainFrame: boolean,
    ): void => {
      if (!isMainFrame && url === printUrl) finish(true);
    };
    const onFail = (): void => {
      finish(false);
    };
    const deadline = setTimeout(onFail, PREVIEW_LOAD_DEADLINE_MS);
    contents.on('did-frame-navigate', onFrameNavigate);
    contents.on('did-fail-load', onFail);
    contents.on('render-process-gone', onFail);
    window.on('closed', onFail);
  });

export const createPreviewWindows = (
  printStore: PrintStore,
  parentWindow: () => BrowserWindow | null,
): PreviewWindows => {
  const open = new Set<BrowserWindow>();
  const printUrls = new WeakMap<WebContents, string>();

  const show = async (bytes: Uint8Array, title: string): Promise<boolean> => {
    const url = printStore.put(bytes);
    const options = createPdfWindowOptions(title);
    const parent = parentWindow();
    const window = new BrowserWindow(parent === null ? options : { ...options, parent });
    // Before loading: the navigation rule must know this window's URL from its first frame.
    printUrls.set(window.webContents, url);
    open.add(window);
    window.on('closed', () => {
      open.delete(window);
      printStore.release(url);
    });
    window.setMenuBarVisibility(false);
    const loaded = viewerLoaded(window, url);
    // A failed main-frame load also emits did-fail-load, which `loaded` reports.
    window.loadURL(url).catch(() => undefined);
    if (await loaded) {
      window.show();
      return true;
    }
    if (!window.isDestroyed()) window.destroy();
    return false;
  };

  const closeAll = (): number => {
    const count = open.size;
    // destroy(), not close(): nothing in a preview may delay or cancel its closing.
    for (const window of [...open]) window.destroy();
    open.clear();
    printStore.clear();
    return count;
  };

  const subframeRule = (contents: WebContents): ((url: string) => boolean) | undefined => {
    const printUrl = printUrls.get(contents);
    return printUrl === undefined
      ? undefined
      : (url: string) => isAllowedPreviewSubframe(url, printUrl);
  };

  return { show, closeAll, subframeRule };
};
