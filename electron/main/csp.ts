// The Content-Security-Policy sent with every page of the app:// origin.
//
// - script-src 'self' 'wasm-unsafe-eval': Argon2id (hash-wasm) compiles WebAssembly; no eval,
//   no inline scripts.
// - style-src 'self' 'unsafe-inline': Fluent UI's Griffel inserts <style> elements at run time
//   and some components set style attributes. Style injection cannot run code; the script
//   policy is what protects the data. See docs/electron-security.md.
// - connect-src/frame-src/worker-src allow only the app itself and local blob:/data: URLs
//   (generated PDFs and files); the app is offline and nothing may leave the machine.
// Kept in step with the <meta> policy in renderer/index.html; both apply, so the stricter wins.

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'self'", 'blob:'],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const buildCsp = (directives: Readonly<Record<string, readonly string[]>>): string =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY = buildCsp(CSP_DIRECTIVES);

/** Headers for every response of the app origin. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
