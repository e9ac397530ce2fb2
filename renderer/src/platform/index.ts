// Picks the host the renderer runs in. Only this folder knows about window.api.
import { createBrowserHost } from './browser-host';
import type { Host } from './host';

export type { AppCommand, Host, SaveFileRequest } from './host';
export {
  closeAllPdfViews,
  closePdfView,
  currentPdfViews,
  subscribePdfViews,
  type PdfView,
} from './pdf-views';

let host: Host | undefined;

const hasElectronApi = (): boolean =>
  'api' in window && typeof (window as { api?: unknown }).api === 'object';

export const getHost = async (): Promise<Host> => {
  if (host) return host;
  if (hasElectronApi()) {
    const { createElectronHost } = await import('./electron-host');
    host = createElectronHost();
  } else {
    host = createBrowserHost();
  }
  return host;
};

/** For tests that need a fake host. */
export const setHostForTesting = (value: Host): void => {
  host = value;
};
