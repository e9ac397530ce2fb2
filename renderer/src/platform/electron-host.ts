// The Electron implementation of Host, over window.api (built by electron/preload). Every reply
// and event is parsed with the IPC contract before use; an error envelope becomes an AppError.
import { AppError } from '@shared/errors/app-error';
import type { IpcChannel, IpcResponse, WindowApi } from '@shared/ipc';
import { ipcContract, ipcEventContract, ipcResultSchema } from '@shared/ipc';
import type { Host } from './host';

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

export const createElectronHost = (api: WindowApi = windowApi()): Host => ({
  kind: 'electron',
  saveFile: async (request) => unwrap('file:save', await api.saveFile({ ...request })),
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
  openExternal: async (url) => {
    unwrap('shell:openExternal', await api.openExternal({ url }));
  },
  onLockRequest: (listener) =>
    api.onPowerLock(() => {
      listener();
    }),
  appInfo: async () => unwrap('app:info', await api.appInfo({})),
});
