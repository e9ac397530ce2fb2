// Serves the built renderer (out/renderer) on 127.0.0.1 only: the browser host for tests and
// for `npm start` where Electron cannot run. Static files only; no data ever passes through it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// RENDERER_DIR lets a second build be served side by side (e.g. while another is being tested).
const ROOT = resolve(
  process.env.RENDERER_DIR ?? fileURLToPath(new URL('../out/renderer', import.meta.url)),
);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: data:; " +
  "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

const resolveRequestPath = (url) => {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (pathname.includes('\0')) return null;
  const candidate = resolve(join(ROOT, normalize(pathname)));
  if (candidate !== ROOT && !candidate.startsWith(ROOT + sep)) return null;
  return candidate;
};

export const startServer = (port = 0) =>
  new Promise((resolvePromise, reject) => {
    const server = createServer(async (request, response) => {
      try {
        let file = resolveRequestPath(request.url ?? '/');
        if (!file) {
          response.writeHead(400).end();
          return;
        }
        const info = await stat(file).catch(() => null);
        if (!info || info.isDirectory()) file = join(ROOT, 'index.html');
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        createReadStream(file).pipe(response);
      } catch {
        response.writeHead(500).end();
      }
    });
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;
  const server = await startServer(port);
  const address = server.address();
  console.log(`Serving the register on http://127.0.0.1:${address.port}/`);
}
