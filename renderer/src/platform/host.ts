// The host interface: everything the renderer needs from the operating system. Two
// implementations: Electron (over window.api, see electron-host.ts) and plain Chromium
// (browser-host.ts). Nothing else in the renderer knows which host it runs in.
import type { AppCommand, MenuState } from '@shared/ipc';

export type { AppCommand } from '@shared/ipc';

export type SaveFileRequest = {
  /** Suggested file name. Must never contain personal data (no child names). */
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
};

/** Something readable from its start any number of times (a Blob, or a file on disk via IPC). */
export type ReadableFile = { stream(): ReadableStream<Uint8Array> };

/** A backup file as saved, and how to read it back from there (to verify it). */
export type SavedBackup = {
  readonly readBack: ReadableFile;
  /** Where it went, for the user: a folder path (Electron) or 'download' (browser). */
  readonly where: string;
};

export type Host = {
  readonly kind: 'electron' | 'browser';
  /** Save dialog (Electron) or download (browser). Resolves false when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<{ saved: boolean }>;
  /**
   * Saves a backup file (`fileName` carries no personal data): written atomically into the
   * backup folder (Electron) or downloaded (browser). Resolves null when the user cancelled;
   * rejects with AppError('storage', 'errors.backup.writeFailed', {reason}) when it failed.
   */
  saveBackup(file: Blob, fileName: string): Promise<SavedBackup | null>;
  /**
   * The backup folder: automatic backups (after the first unlock of a day, on quit) and the
   * pruning of old generations need one (Electron). The browser host has none: it only
   * downloads a backup on demand. `folder`: the chosen path, or null when none is chosen yet.
   */
  readonly backupFolder: {
    get(): Promise<string | null>;
    /** Folder dialog; null when cancelled. */
    choose(): Promise<string | null>;
    /** Backup file names in the folder (`.part` leftovers and other files are not listed). */
    list(): Promise<string[]>;
    /** Deletes backup files of the folder by name. */
    remove(fileNames: readonly string[]): Promise<number>;
  } | null;
  /**
   * Shows a PDF to print: a preview window with the viewer's print button (Electron) or the
   * browser's own viewer. Rejects with an AppError when the preview could not be shown.
   */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
  /**
   * Closes every document the app has shown outside its own page (print previews, PDF tabs)
   * and forgets their bytes. Called on every lock, so nothing personal stays on screen.
   */
  closeDocuments(): Promise<void>;
  /**
   * The app's commands (print what is on screen, find, lock, help): from the native menu and
   * its accelerators (Electron) or the same keys on the page (browser). Returns unsubscribe.
   */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Tells the native menu what the session may do (Electron: 'menu:state'; a backup item only
   * for a role that may make one). The browser host has no menu: nothing to do.
   */
  setMenuState(state: MenuState): Promise<void>;
  /** Opens an allow-listed external link (e.g. the data inspectorate's site). */
  openExternal(url: string): Promise<void>;
  /** Called when the OS sleeps or the screen locks: the vault must lock. Returns unsubscribe. */
  onLockRequest(listener: () => void): () => void;
  appInfo(): Promise<{ version: string; platform: string }>;
  /**
   * Before the app quits (Electron: the main process holds the close until `work` settles,
   * within a time limit), e.g. the backup on quit. The browser cannot hold a closing tab: never
   * called there. Returns unsubscribe.
   */
  onBeforeQuit(work: () => Promise<void>): () => void;
  /**
   * While installed, unloading the page (a reload, closing the tab) asks first: something held
   * only in memory would be lost (an archive hand-over code whose act is not saved). Browser:
   * the browser's own question (beforeunload). Electron: nothing; its menu has no reload, and
   * a beforeunload there would silently cancel the quit guard's close. Returns the removal.
   */
  askBeforeUnload(): () => void;
};
