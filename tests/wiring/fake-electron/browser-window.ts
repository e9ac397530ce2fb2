// BrowserWindow: the options each window was created with, its state, and 'closed' on destroy.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { Emitter } from './emitter';
import { FakeWebContents } from './web-contents';
import { readyOnly, record, world } from './world';

type BrowserWindowSurface = Pick<
  BrowserWindow,
  | 'on'
  | 'once'
  | 'off'
  | 'show'
  | 'focus'
  | 'restore'
  | 'maximize'
  | 'destroy'
  | 'isDestroyed'
  | 'isVisible'
  | 'isMinimized'
  | 'isMaximized'
  | 'getNormalBounds'
  | 'setMenuBarVisibility'
  | 'loadURL'
>;

/** Every window created, in order, and the app's listeners for new web contents. */
export const windows: FakeBrowserWindow[] = [];
export const appEvents = new Emitter();

export class FakeBrowserWindow extends Emitter<BrowserWindow> implements BrowserWindowSurface {
  readonly webContents = new FakeWebContents();
  visible = false;
  maximized = false;
  destroyed = false;
  bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    readyOnly('new BrowserWindow()');
    record('new BrowserWindow', options);
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    windows.push(this);
    // Electron emits this synchronously while the window is being built.
    appEvents.emit('web-contents-created', {}, this.webContents);
  }

  show(): void {
    this.visible = true;
  }
  focus(): void {
    record('window.focus');
  }
  restore(): void {
    this.visible = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rectangle {
    return this.bounds;
  }
  setMenuBarVisibility(visible: boolean): void {
    record('window.setMenuBarVisibility', visible);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }

  /** Whether the main process prevented the last close (it still goes on here, as before). */
  closePrevented = false;

  /** The user closes the window: 'close', then 'closed'. */
  close(): void {
    this.closePrevented = false;
    this.emit('close', {
      preventDefault: () => {
        this.closePrevented = true;
      },
    });
    this.destroy();
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    if (url.startsWith('app://renderer/') && world.options.paints !== false) {
      setImmediate(() => this.emit('ready-to-show'));
    }
  }
}
