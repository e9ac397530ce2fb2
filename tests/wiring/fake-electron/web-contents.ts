// A WebContents that records what the main process asks of it and plays what Chromium would do:
// the PDF viewer's frames for a print-preview URL, 'ready-to-show' for the app's page.
import { randomUUID } from 'node:crypto';
import type {
  HandlerDetails,
  RenderProcessGoneDetails,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WindowOpenHandlerResponse,
} from 'electron';
import { Emitter, preventableEvent } from './emitter';
import { record, world } from './world';

/** Chromium's PDF viewer extension; its frames load the PDF (Electron >= 41, OOPIF). */
export const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

export type FrameNavigation = { readonly url: string; readonly isMainFrame: boolean };

type WebContentsSurface = Pick<
  WebContents,
  'on' | 'once' | 'off' | 'removeListener' | 'send' | 'setWindowOpenHandler' | 'loadURL'
>;

let nextId = 1;

export class FakeWebContents extends Emitter<WebContents> implements WebContentsSurface {
  readonly id = nextId++;
  url = '';
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Every subframe navigation the page attempted and whether the main process prevented it. */
  readonly frameNavigations: (FrameNavigation & { prevented: boolean })[] = [];
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;

  isCrashed(): boolean {
    return false;
  }

  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', channel, ...args);
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }

  /** What a page's navigation attempt meets: true when the main process prevented it. */
  attemptFrameNavigation(url: string, isMainFrame: boolean): boolean {
    const params: Pick<WebContentsWillFrameNavigateEventParams, 'url' | 'isMainFrame'> = {
      url,
      isMainFrame,
    };
    const event = preventableEvent({ ...params, isSameDocument: false, frame: null });
    this.emit('will-frame-navigate', event);
    this.frameNavigations.push({ url, isMainFrame, prevented: event.defaultPrevented });
    return event.defaultPrevented;
  }

  /** A renderer-initiated top-level navigation: true when prevented. */
  attemptNavigation(url: string): boolean {
    const event = preventableEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit('will-navigate', event);
    return event.defaultPrevented;
  }

  crash(reason: RenderProcessGoneDetails['reason']): void {
    const details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'> = { reason, exitCode: 1 };
    this.emit('render-process-gone', preventableEvent({}), details);
  }

  loadURL(url: string): Promise<void> {
    record('webContents.loadURL', url);
    this.url = url;
    if (url.startsWith('app://print/')) {
      // The main frame commits at once; the viewer's frames follow, as in Chromium.
      setImmediate(() => {
        this.playPdfViewer(url);
      });
    }
    return Promise.resolve();
  }

  /**
   * Chromium's out-of-process PDF viewer: the extension frame, then its stream URL, which the
   * PDF navigation throttle turns into the PDF's own URL in the content frame. Each step is a
   * subframe navigation the main process can prevent; a prevented one leaves a blank viewer
   * (an aborted navigation: no did-fail-load).
   */
  private playPdfViewer(pdfUrl: string): void {
    const behaviour = world.options.pdfViewer ?? 'loads';
    if (behaviour === 'crashes') {
      this.crash('crashed');
      return;
    }
    if (behaviour === 'hangs') return;
    const steps = [`${PDF_VIEWER}/index.html`, `${PDF_VIEWER}/${randomUUID()}`, pdfUrl];
    for (const url of steps) {
      if (this.attemptFrameNavigation(url, false)) return;
    }
    if (behaviour === 'fails-to-load') {
      this.emit('did-fail-load', preventableEvent({}), -2, 'ERR_FAILED', pdfUrl, false, 1, 3);
      return;
    }
    this.emit('did-frame-navigate', preventableEvent({}), pdfUrl, -1, '', false, 1, 3);
  }
}
