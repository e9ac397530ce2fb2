import { describe, expect, it } from 'vitest';
import {
  createMainWindowOptions,
  createPdfWindowOptions,
} from '../../../electron/main/window-options';

const PRELOAD = '/app/out/preload/index.cjs';

describe('createMainWindowOptions', () => {
  const { webPreferences: prefs, show } = createMainWindowOptions(PRELOAD, false);

  it('isolates the preload context from the page', () => {
    expect(prefs.contextIsolation).toBe(true);
  });
  it('runs the renderer in the OS sandbox', () => {
    expect(prefs.sandbox).toBe(true);
  });
  it('gives the page no Node.js', () => {
    expect(prefs.nodeIntegration).toBe(false);
  });
  it('gives workers no Node.js', () => {
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });
  it('gives subframes no Node.js', () => {
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps the same-origin policy', () => {
    expect(prefs.webSecurity).toBe(true);
  });
  it('refuses insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('disables the <webview> tag', () => {
    expect(prefs.webviewTag).toBe(false);
  });
  it('disables experimental Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });
  it('does not navigate to dropped files', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
  it('disables spellcheck so typed names never reach a dictionary service', () => {
    expect(prefs.spellcheck).toBe(false);
  });
  it('disables plugins in the main window', () => {
    expect(prefs.plugins).toBe(false);
  });
  it('disables middle-click (auxclick) link opening', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });
  it('disables WebSQL', () => {
    expect(prefs.enableWebSQL).toBe(false);
  });
  it('disables devtools when asked (packaged builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(createMainWindowOptions(PRELOAD, true).webPreferences.devTools).toBe(true);
  });
  it('sets no unexpected web preference', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'autoplayPolicy',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'enableWebSQL',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'plugins',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
  it('uses the CommonJS preload build and refuses any other', () => {
    expect(prefs.preload).toBe(PRELOAD);
    expect(() => createMainWindowOptions('/app/out/preload/index.mjs', false)).toThrow();
    expect(() => createMainWindowOptions('/app/out/preload/index.js', false)).toThrow();
  });
  it('stays hidden until ready to show', () => {
    expect(show).toBe(false);
  });
});

describe('createPdfWindowOptions', () => {
  const { webPreferences: prefs } = createPdfWindowOptions('Veidlapa');

  it('has no preload, so the PDF page can never reach IPC', () => {
    expect(prefs.preload).toBeUndefined();
  });
  it('keeps every isolation flag of the main window', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.devTools).toBe(false);
  });
  it('enables plugins only for Chromium PDF viewer', () => {
    expect(prefs.plugins).toBe(true);
  });
});
