import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/main/app-protocol';

const ROOT = path.resolve('/srv/app/out/renderer');

describe('resolveAppAsset', () => {
  it('serves files under the renderer root with their MIME type', () => {
    expect(resolveAppAsset('app://renderer/index.html', ROOT)).toEqual({
      filePath: path.join(ROOT, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppAsset('app://renderer/assets/index-abc.js?v=1', ROOT)?.filePath).toBe(
      path.join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveAppAsset('app://renderer/assets/argon2.wasm', ROOT)?.mimeType).toBe(
      'application/wasm',
    );
  });

  it('decodes ordinary percent-encoding (spaces, diacritics)', () => {
    expect(resolveAppAsset('app://renderer/assets/%C4%81%20b.png', ROOT)?.filePath).toBe(
      path.join(ROOT, 'assets', 'ā b.png'),
    );
  });

  it('falls back to index.html for client-side routes', () => {
    expect(resolveAppAsset('app://renderer/', ROOT)?.filePath).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppAsset('app://renderer/children/list', ROOT)?.filePath).toBe(
      path.join(ROOT, 'index.html'),
    );
  });

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/assets/../../secret.js',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/%2E%2E/x.js',
    'app://renderer/.%2e/x.js',
    'app://renderer/%2e./x.js',
    'app://renderer/./index.html',
    'app://renderer/assets/..%2f..%2fx.js',
    'app://renderer/..%2Fx.js',
    'app://renderer/%2e%2e%2fx.js',
    'app://renderer/%2e%2e%5cx.js',
    'app://renderer/..\\..\\x.js',
    'app://renderer/assets\\..\\..\\x.js',
    'app://renderer/%2fetc%2fpasswd.txt',
    'app://renderer/C:/Windows/win.ini.txt',
    'app://renderer/C%3A%5CWindows%5Cwin.ini',
    'app://renderer/index.html%00.png',
    'app://renderer/index%00.html',
    'app://renderer/%E0%A4%A.js',
    'app:///etc/passwd.txt',
    'app://other-host/index.html',
    'app://print/00000000-0000-4000-8000-000000000000.pdf',
    'app://user@renderer/index.html',
    'app://renderer:81/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1/index.html',
    'app://renderer/assets/evil.exe',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, ROOT)).toBeNull();
  });

  it('never resolves outside the root, whatever the input', () => {
    const inputs = ['..', '%2e%2e', '.%2E', '%2E.', '...', '....//', '..;', '%252e%252e'];
    for (const a of inputs) {
      for (const b of inputs) {
        const resolved = resolveAppAsset(`app://renderer/${a}/${b}/x.js`, ROOT);
        if (resolved !== null) expect(resolved.filePath.startsWith(ROOT + path.sep)).toBe(true);
      }
    }
  });
});
