// The Electron implementation of Host, over window.api (built by electron/preload). Every reply
// and event is parsed with the IPC contract before use; an error envelope becomes an AppError.
import { AppError } from '@shared/errors/app-error';
import type { IpcChannel, IpcResponse, WindowApi } from '@shared/ipc';
import { ipcContract, ipcEventContract, ipcResultSchema } from '@shared/ipc';
import type { Host, ReadableFile, SavedBackup } from './host';

const unwrap = <C extends IpcChannel>(channel: C, raw: unknown): IpcResponse<C> => {
  const parsed = ipcResultSchema(ipcContract[channel].response).safeParse(raw);
  if (!parsed.success) throw new AppError('internal', 'errors.ipc.badResponse', { channel });
  if (!parsed.data.ok)
    throw new AppError(parsed.data.error.code, parsed.data.error.i18nKey, { channel });
  return parsed.data.value as IpcResponse<C>;
};

const windowApi = (): WindowApi => {
  if (window.api === undefined) throw new AppError('internal', 'errors.ipc.noBridge');
  return window.api;
};

const CHUNK = 1024 * 1024;

/** Reads a saved backup back from the folder through 'backup:read', chunk by chunk. */
const readBackFile = (api: WindowApi, fileName: string): ReadableFile => ({
  stream: () => {
    let offset = 0;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        const { bytes } = unwrap(
          'backup:read',
          await api.readBackup({ fileName, offset, length: CHUNK }),
        );
        if (bytes.length === 0) controller.close();
        else {
          offset += bytes.length;
          controller.enqueue(bytes);
        }
      },
    });
  },
});

/** Streams a Blob into the backup folder: temp file, chunks, then the atomic commit. */
const saveBackupFile = async (
  api: WindowApi,
  file: Blob,
  fileName: string,
): Promise<SavedBackup | null> => {
  let { folder } = unwrap('backup:folder', await api.backupFolder({}));
  folder ??= unwrap('backup:chooseFolder', await api.chooseBackupFolder({})).folder;
  if (folder === null) return null;
  const { token } = unwrap('backup:begin', await api.beginBackup({ fileName }));
  try {
    for (let at = 0; at < file.size; at += CHUNK) {
      const bytes = new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
      unwrap('backup:append', await api.appendBackup({ token, bytes }));
    }
  } catch (error) {
    await api.abortBackup({ token });
    throw error;
  }
  const saved = unwrap('backup:commit', await api.commitBackup({ token }));
  return { readBack: readBackFile(api, saved.fileName), where: folder };
};

const backupFolderOf = (api: WindowApi): NonNullable<Host['backupFolder']> => ({
  get: async () => unwrap('backup:folder', await api.backupFolder({})).folder,
  choose: async () => unwrap('backup:chooseFolder', await api.chooseBackupFolder({})).folder,
  list: async () => unwrap('backup:list', await api.listBackups({})).files,
  remove: async (fileNames) =>
    unwrap('backup:remove', await api.removeBackups({ fileNames: [...fileNames] })).removed,
});

export const createElectronHost = (api: WindowApi = windowApi()): Host => ({
  kind: 'electron',
  saveFile: async (request) => unwrap('file:save', await api.saveFile({ ...request })),
  saveBackup: (file, fileName) => saveBackupFile(api, file, fileName),
  backupFolder: backupFolderOf(api),
  printPdf: async (bytes, title) => {
    const { printed } = unwrap('print:pdf', await api.printPdf({ bytes, title }));
    // The main process reports a preview whose viewer did not load; never a silent blank.
    if (!printed) throw new AppError('internal', 'errors.print.previewFailed');
  },
  closeDocuments: async () => {
    unwrap('print:closeAll', await api.closePreviews({}));
  },
  onCommand: (listener) =>
    api.onAppCommand((payload) => {
      const parsed = ipcEventContract['app:command'].safeParse(payload);
      if (parsed.success) listener(parsed.data.command);
    }),
  setMenuState: async (state) => {
    unwrap('menu:state', await api.setMenuState({ ...state }));
  },
  openExternal: async (url) => {
    unwrap('shell:openExternal', await api.openExternal({ url }));
  },
  onLockRequest: (listener) =>
    api.onPowerLock(() => {
      listener();
    }),
  appInfo: async () => unwrap('app:info', await api.appInfo({})),
  onBeforeQuit: (work) =>
    api.onBeforeQuit(() => {
      // Whatever the work's outcome (it records its own failure), the app may quit now.
      void work()
        .catch(() => undefined)
        .then(() => api.quitReady({}));
    }),
  // No reload in the app's menu; a beforeunload would silently cancel the close on quit.
  askBeforeUnload: () => () => undefined,
});
