// The browser implementation of the host: used in tests (plain Chromium) and as a fallback
// when Electron cannot run. Downloads instead of save dialogs; PDFs open in the app's own
// viewer (pdf-views.ts), never in a tab of their own, so the lock takes them off the screen.
import type { Host, SaveFileRequest } from './host';
import { listenForCommandKeys } from './keyboard-commands';
import { closeAllPdfViews, showPdf } from './pdf-views';

const toBlob = (bytes: Uint8Array, mimeType: string): Blob =>
  new Blob([bytes.slice().buffer], { type: mimeType });

const download = (request: SaveFileRequest): void => {
  downloadBlob(toBlob(request.bytes, request.mimeType), request.suggestedName);
};

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the object URL goes away.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export const createBrowserHost = (): Host => ({
  kind: 'browser',
  saveFile: (request) => {
    download(request);
    return Promise.resolve({ saved: true });
  },
  // A download cannot be read back from the page: what is verified is the Blob handed to it.
  saveBackup: (file, fileName) => {
    downloadBlob(file, fileName);
    return Promise.resolve({ readBack: file, where: 'download' });
  },
  // No folder: a browser can only download, so automatic backups are skipped (docs).
  backupFolder: null,
  printPdf: (bytes, title) => {
    showPdf(bytes, title);
    return Promise.resolve();
  },
  openExternal: (url) => {
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
  onLockRequest: (listener) => {
    // A browser has no sleep or screen-lock event; a hidden page is the nearest signal and is
    // left to the idle timer. Tests can still trigger the lock through this custom event.
    const handler = (): void => {
      listener();
    };
    window.addEventListener('host:lock-request', handler);
    return () => {
      window.removeEventListener('host:lock-request', handler);
    };
  },
  // Every PDF this host showed is in the app's own viewer: closing them also revokes the URLs.
  closeDocuments: () => {
    closeAllPdfViews();
    return Promise.resolve();
  },
  onCommand: (listener) => listenForCommandKeys(window, listener),
  // No native menu: Ctrl+S is the page's own key, and runBackup answers a role without it.
  setMenuState: () => Promise.resolve(),
  // A closing tab cannot wait for a backup: nothing to hold (docs/backup-format.md).
  onBeforeQuit: () => () => undefined,
  appInfo: () => Promise.resolve({ version: __APP_VERSION__, platform: 'browser' }),
  askBeforeUnload: () => {
    const ask = (event: BeforeUnloadEvent): void => {
      // Chromium 119+ asks on preventDefault alone (and never shows a text of ours).
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('beforeunload', ask);
    };
  },
});
