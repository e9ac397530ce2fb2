// Builds window.api from the IPC contract's channel table: one named function per channel and
// one subscription per event. Raw ipcRenderer and IPC event objects never reach the page.
// Built as CommonJS (.cjs): sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_API_METHODS,
  IPC_CHANNELS,
  IPC_EVENT_SUBSCRIPTIONS,
  IPC_EVENTS,
  type IpcChannel,
  type IpcEvent,
} from '../../shared/ipc/channels';
import type { WindowApi } from '../../shared/ipc/contract';

const invoker =
  (channel: IpcChannel) =>
  (request: unknown): Promise<unknown> =>
    ipcRenderer.invoke(channel, request);

const subscriber =
  (event: IpcEvent) =>
  (listener: (payload: unknown) => void): (() => void) => {
    // The page gets the payload only, never the IpcRendererEvent (it exposes the sender).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  };

const invokers = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [IPC_API_METHODS[channel], invoker(channel)]),
);
const subscriptions = Object.fromEntries(
  IPC_EVENTS.map((event) => [IPC_EVENT_SUBSCRIPTIONS[event], subscriber(event)]),
);

// The main process validates every request and response against the contract, and the
// renderer parses every event payload; the typed shape here is what the renderer sees.
const api = Object.freeze({ ...invokers, ...subscriptions }) as unknown as WindowApi;

contextBridge.exposeInMainWorld('api', api);
