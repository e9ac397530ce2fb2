import { describe, expect, it } from 'vitest';
import {
  APP_RESPONSE_HEADERS,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
} from '../../../electron/main/csp';

const directive = (name: string): string[] => {
  const found = CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([head]) => head === name);
  if (found === undefined) throw new Error(`missing ${name}`);
  return found.slice(1);
};

describe('CONTENT_SECURITY_POLICY', () => {
  it('denies by default', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
  });
  it('runs only the app own scripts, plus WebAssembly compilation for Argon2id', () => {
    expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
  it('never allows eval or inline script anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
  });
  it('allows inline styles only (Fluent UI / Griffel), documented', () => {
    expect(directive('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
  it('names no network origin: nothing may leave the machine', () => {
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources) {
        expect(source).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });
  it('forbids plugins, framing by others, base and form targets', () => {
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(directive('form-action')).toEqual(["'none'"]);
  });
  it('is sent with nosniff and no referrer on every app response', () => {
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(APP_RESPONSE_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });
});
