// Builds window.api from the IPC contract's channel table: one named function per channel and
// one subscription per event. Raw ipcRenderer and IPC event objects never reach the page.
// Built as CommonJS (.cjs): sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_API_METHODS, IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/channels';
import type { PowerLockEvent, WindowApi } from '../../shared/ipc/contract';

const invoker =
  (channel: IpcChannel) =>
  (request: unknown): Promise<unknown> =>
    ipcRenderer.invoke(channel, request);

const onPowerLock = (listener: (event: PowerLockEvent) => void): (() => void) => {
  // The page gets the payload only, never the IpcRendererEvent (it exposes the sender).
  const forward = (_event: IpcRendererEvent, payload: PowerLockEvent): void => {
    listener(payload);
  };
  ipcRenderer.on('power:lock', forward);
  return () => {
    ipcRenderer.removeListener('power:lock', forward);
  };
};

const invokers = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [IPC_API_METHODS[channel], invoker(channel)]),
);

// The main process validates every request and response against the contract; the typed
// shape here is what the renderer sees.
const api = Object.freeze({ ...invokers, onPowerLock }) as unknown as WindowApi;

contextBridge.exposeInMainWorld('api', api);
