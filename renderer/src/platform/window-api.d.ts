// window.api exists only under Electron (exposed by electron/preload); absent in plain Chromium.
import type { WindowApi } from '@shared/ipc';

declare global {
  // A global augmentation must be an interface: a type alias cannot merge with Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    readonly api?: WindowApi;
  }
}

export {};
