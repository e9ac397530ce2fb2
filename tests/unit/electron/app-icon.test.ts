// The app icon (resources/windows/icon.ico, drawn by scripts/make-icon.mjs) as electron-builder
// and Windows read it: accepted by app-builder-lib's own icon check on the real config, and each
// size a real image of that size (taskbar 24/32/48, title bar 16/20, Start menu and Explorer up
// to 256, installer and uninstaller the same file).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type ConvertIcon = (options: {
  sources: string[];
  fallbackSources: string[];
  roots: string[];
  format: 'ico';
  outDir: string;
}) => Promise<{ icons: { file: string; size: number }[]; isFallback: boolean }>;

const require = createRequire(import.meta.url);
const { convertIcon } = require('app-builder-lib/out/util/iconConverter.js') as {
  convertIcon: ConvertIcon;
};

const ROOT = path.resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  readonly directories: { readonly buildResources: string };
  readonly win: { readonly icon: string };
  readonly nsis: Readonly<Record<string, unknown>>;
};
const ICON = path.join(ROOT, config.win.icon);

const tmp = mkdtempSync(path.join(tmpdir(), 'app-icon-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * The ICO directory and, for each entry, its image as Windows reads it: a 32-bit DIB
 * (BITMAPINFOHEADER; height counts the colour and the mask rows) with an alpha channel.
 */
const icoImages = (ico: Buffer) =>
  Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt8(at) === 0 ? 256 : ico.readUInt8(at);
    const offset = ico.readUInt32LE(at + 12);
    const image = ico.subarray(offset, offset + ico.readUInt32LE(at + 8));
    const pixels = image.subarray(40, 40 + size * size * 4);
    let opaque = 0;
    for (let p = 3; p < pixels.length; p += 4) if ((pixels[p] ?? 0) > 0) opaque += 1;
    return {
      size,
      header: {
        headerBytes: image.readUInt32LE(0),
        width: image.readInt32LE(4),
        height: image.readInt32LE(8),
        bitsPerPixel: image.readUInt16LE(14),
        compression: image.readUInt32LE(16),
      },
      complete: pixels.length === size * size * 4,
      // Bottom-up rows: the first pixel is the bottom-left corner, rounded off (transparent).
      cornerAlpha: pixels[3],
      opaqueShare: opaque / (size * size),
    };
  });

describe('the Windows app icon', () => {
  it("passes app-builder-lib's own icon check for win.icon (an ICO of at least 256 px)", async () => {
    const result = await convertIcon({
      sources: [config.win.icon],
      fallbackSources: [],
      roots: [path.join(ROOT, config.directories.buildResources), ROOT],
      format: 'ico',
      outDir: tmp,
    });
    expect(result.isFallback).toBe(false);
    expect(result.icons).toEqual([{ file: ICON, size: 256 }]);
  });

  it('holds a drawn 32-bit image with transparency in every size the shell asks for', () => {
    const images = icoImages(readFileSync(ICON));
    expect(images.map((image) => image.size)).toEqual([16, 20, 24, 32, 40, 48, 64, 96, 128, 256]);
    for (const image of images) {
      const label = `${String(image.size)} px`;
      expect(image.header, label).toEqual({
        headerBytes: 40,
        width: image.size,
        height: 2 * image.size,
        bitsPerPixel: 32,
        compression: 0,
      });
      expect(image.complete, label).toBe(true);
      expect(image.cornerAlpha, label).toBe(0);
      // Mostly the drawing, not an empty or a fully filled square.
      expect(image.opaqueShare, label).toBeGreaterThan(0.6);
      expect(image.opaqueShare, label).toBeLessThan(1);
    }
  });

  it('is also the installer and uninstaller icon (no other icon configured for NSIS)', () => {
    // app-builder-lib (NsisTarget) falls back to the app icon when these are not set.
    for (const key of ['installerIcon', 'uninstallerIcon', 'installerHeaderIcon']) {
      expect(config.nsis, key).not.toHaveProperty(key);
    }
  });
});
