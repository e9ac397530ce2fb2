// Resolves app:// requests to files under out/renderer. Anything that could leave the root is
// refused: ".." and "." segments (also percent-encoded), encoded separators, backslashes, NUL,
// drive letters, other hosts, credentials, ports.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './constants';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export type ResolvedAsset = { readonly filePath: string; readonly mimeType: string };

// Encoded "/", "\" and NUL have no business in an asset URL.
const ENCODED_DANGER = /%(2f|5c|00)/i;

const decodedSegments = (pathname: string): string[] | null => {
  if (ENCODED_DANGER.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return segments;
};

const parseAppUrl = (requestUrl: string): URL | null => {
  // Refuse before URL parsing normalises them away: a dot segment in a request is never ours.
  if (/(^|\/)(\.|%2e){1,2}(\/|$|\?|#)/i.test(requestUrl.replace(/^[a-z]+:\/\/[^/]*/i, ''))) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const ok =
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === '';
  return ok ? url : null;
};

/**
 * Maps an app:// URL to a file inside rootDir, or null when it must be refused. Paths without
 * an extension fall back to index.html (client-side routes).
 */
export const resolveAppAsset = (requestUrl: string, rootDir: string): ResolvedAsset | null => {
  const url = parseAppUrl(requestUrl);
  if (url === null) return null;
  const segments = decodedSegments(url.pathname);
  if (segments === null) return null;
  const last = segments.at(-1) ?? '';
  const relative = last.includes('.') ? segments : ['index.html'];
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...relative);
  if (!filePath.startsWith(root + path.sep)) return null;
  const mimeType = MIME_TYPES[path.extname(filePath).toLowerCase()];
  return mimeType === undefined ? null : { filePath, mimeType };
};
