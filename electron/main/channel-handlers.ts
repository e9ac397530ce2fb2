// What each channel does, over injected OS operations so it can be tested without Electron.
import { AppError } from '../../shared/errors/app-error';
import type { MenuState } from '../../shared/ipc/contract';
import type { BackupFiles } from './backup-files';
import type { ChannelHandlers } from './ipc-handler';
import { isAllowedExternalUrl } from './url-policy';

export type SaveDialogFilter = { readonly name: string; readonly extensions: string[] };

export type OsOperations = {
  readonly appVersion: string;
  readonly platform: string;
  /** Shows the save dialog; resolves with the chosen absolute path or undefined (cancelled). */
  readonly chooseSavePath: (
    defaultName: string,
    filters: SaveDialogFilter[],
  ) => Promise<string | undefined>;
  readonly writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /** Shows the PDF in a preview window from memory; resolves false if its viewer did not load. */
  readonly showPdf: (bytes: Uint8Array, title: string) => Promise<boolean>;
  /** Closes every preview window and forgets every PDF held for one; returns how many closed. */
  readonly closePreviews: () => number;
  readonly openExternal: (url: string) => Promise<void>;
  /** Backup files in the chosen folder (backup-files.ts). */
  readonly backupFiles: BackupFiles;
  /** The backup folder the head chose (kept by the main process), or null. */
  readonly backupFolder: () => Promise<string | null>;
  /** Shows the folder dialog and remembers the choice; null when cancelled. */
  readonly chooseBackupFolder: () => Promise<string | null>;
  /** The renderer finished its work before quitting (quit-guard.ts); true: the app quits. */
  readonly quitReady: () => boolean;
  /** Rebuilds the application menu for what the renderer's session may do (menu.ts). */
  readonly setMenuState: (state: MenuState) => void;
};

const folderOf = async (os: OsOperations): Promise<string> => {
  const folder = await os.backupFolder();
  if (folder === null) throw new AppError('validation', 'errors.backup.noFolder');
  return folder;
};

const backupHandlers = (os: OsOperations) => {
  const files = os.backupFiles;
  return {
    'backup:folder': async () => ({ folder: await os.backupFolder() }),
    'backup:chooseFolder': async () => ({ folder: await os.chooseBackupFolder() }),
    'backup:begin': async ({ fileName }: { fileName: string }) => ({
      token: await files.begin(await folderOf(os), fileName),
    }),
    'backup:append': async ({ token, bytes }: { token: string; bytes: Uint8Array }) => {
      await files.append(token, bytes);
      return { written: bytes.byteLength };
    },
    'backup:commit': async ({ token }: { token: string }) => ({
      fileName: await files.commit(token),
    }),
    'backup:abort': async ({ token }: { token: string }) => {
      await files.abort(token);
      return { aborted: true };
    },
    'backup:read': async (r: { fileName: string; offset: number; length: number }) => ({
      bytes: await files.read(await folderOf(os), r.fileName, r.offset, r.length),
    }),
    'backup:list': async () => ({ files: await files.list(await folderOf(os)) }),
    'backup:remove': async ({ fileNames }: { fileNames: string[] }) => {
      await files.remove(await folderOf(os), fileNames);
      return { removed: fileNames.length };
    },
  } as const;
};

const FILTERS: Readonly<Record<string, SaveDialogFilter>> = {
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    name: 'Excel',
    extensions: ['xlsx'],
  },
};

export const saveDialogFilters = (mimeType: string, suggestedName: string): SaveDialogFilter[] => {
  const known = FILTERS[mimeType];
  if (known !== undefined) return [known];
  const dot = suggestedName.lastIndexOf('.');
  const extension = dot > 0 ? suggestedName.slice(dot + 1) : '';
  return extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }];
};

export const createChannelHandlers = (os: OsOperations): ChannelHandlers => ({
  ...backupHandlers(os),
  'app:info': () => Promise.resolve({ version: os.appVersion, platform: os.platform }),
  'app:quitReady': () => Promise.resolve({ quitting: os.quitReady() }),
  'menu:state': ({ backup }) => {
    os.setMenuState({ backup });
    return Promise.resolve({ backup });
  },
  'file:save': async ({ suggestedName, mimeType, bytes }) => {
    const target = await os.chooseSavePath(
      suggestedName,
      saveDialogFilters(mimeType, suggestedName),
    );
    if (target === undefined) return { saved: false };
    try {
      await os.writeFile(target, bytes);
    } catch {
      throw new AppError('storage', 'errors.file.writeFailed');
    }
    return { saved: true };
  },
  'print:pdf': async ({ bytes, title }) => ({ printed: await os.showPdf(bytes, title) }),
  'print:closeAll': () => Promise.resolve({ closed: os.closePreviews() }),
  'shell:openExternal': async ({ url }) => {
    if (!isAllowedExternalUrl(url))
      throw new AppError('forbidden', 'errors.ipc.externalUrlNotAllowed');
    await os.openExternal(url);
    return { opened: true };
  },
});
