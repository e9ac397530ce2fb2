// The host interface: everything the renderer needs from the operating system. Two
// implementations: Electron (over window.api, see electron-host.ts) and plain Chromium
// (browser-host.ts). Nothing else in the renderer knows which host it runs in.

export type SaveFileRequest = {
  /** Suggested file name. Must never contain personal data (no child names). */
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
};

export type Host = {
  readonly kind: 'electron' | 'browser';
  /** Save dialog (Electron) or download (browser). Resolves false when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<{ saved: boolean }>;
  /** System print dialog for a PDF (Electron) or the PDF opened in a new tab (browser). */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
  /** Opens an allow-listed external link (e.g. the data inspectorate's site). */
  openExternal(url: string): Promise<void>;
  /** Called when the OS sleeps or the screen locks: the vault must lock. Returns unsubscribe. */
  onLockRequest(listener: () => void): () => void;
  appInfo(): Promise<{ version: string; platform: string }>;
};
