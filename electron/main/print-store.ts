// PDFs to print hold personal data, so they never touch the disk: the bytes wait in memory
// under a random URL (app://print/<uuid>.pdf) that lives as long as its preview window, which
// releases it on close (Chromium's PDF viewer may fetch more than once). Forgotten entries
// expire after a time-to-live.
import { APP_SCHEME, PRINT_HOST } from './constants';

export type PrintStoreOptions = {
  readonly ttlMs: number;
  readonly now: () => number;
  readonly randomId: () => string;
};

export type PrintStore = {
  /** Keeps the bytes and returns the URL that serves them. */
  readonly put: (bytes: Uint8Array) => string;
  /** The bytes for a live URL; undefined for unknown, released or expired ones. */
  readonly get: (url: string) => Uint8Array | undefined;
  /** Forgets the bytes; the URL is dead from now on. */
  readonly release: (url: string) => void;
  /** Forgets every PDF held (on lock); every URL handed out is dead from now on. */
  readonly clear: () => void;
  readonly size: () => number;
};

const PRINT_PATH = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/;

export const printUrlFor = (id: string): string => `${APP_SCHEME}://${PRINT_HOST}/${id}.pdf`;

const idFromUrl = (url: string): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Only the exact URL handed out: no query, nothing that URL parsing had to normalise.
  const exact =
    parsed.href === url &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === PRINT_HOST &&
    parsed.search === '';
  return exact ? PRINT_PATH.exec(parsed.pathname)?.[1] : undefined;
};

export const createPrintStore = (options: PrintStoreOptions): PrintStore => {
  const entries = new Map<string, { bytes: Uint8Array; expiresAt: number }>();
  const sweep = (): void => {
    const now = options.now();
    for (const [id, entry] of entries) {
      if (entry.expiresAt <= now) entries.delete(id);
    }
  };
  return {
    put: (bytes) => {
      sweep();
      const id = options.randomId();
      if (idFromUrl(printUrlFor(id)) !== id) throw new Error('print id must be a UUID');
      entries.set(id, { bytes, expiresAt: options.now() + options.ttlMs });
      return printUrlFor(id);
    },
    get: (url) => {
      sweep();
      const id = idFromUrl(url);
      return id === undefined ? undefined : entries.get(id)?.bytes;
    },
    release: (url) => {
      const id = idFromUrl(url);
      if (id !== undefined) entries.delete(id);
    },
    clear: () => {
      entries.clear();
    },
    size: () => {
      sweep();
      return entries.size;
    },
  };
};

/** Response headers for the PDF: no caching, no sniffing. No CSP: it breaks the PDF viewer. */
export const PDF_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/pdf',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};
