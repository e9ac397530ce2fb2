import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSenderFrame,
} from '../../../electron/main/url-policy';

const FOREIGN_URLS = [
  'file:///C:/Program%20Files/app/out/renderer/index.html',
  'file:///etc/passwd',
  'http://127.0.0.1:5173/index.html',
  'http://localhost/',
  'https://evil.example/',
  'app://other-host/index.html',
  'app://print/00000000-0000-4000-8000-000000000000.pdf',
  'app://renderer.evil.example/index.html',
  'app://user:pass@renderer/index.html',
  'app://renderer:8080/index.html',
  'app:///index.html',
  'devtools://devtools/bundled/devtools_app.html',
  'chrome://settings',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
  'about:blank',
  'not a url',
  '',
];

describe('isAppUrl / isAllowedNavigation', () => {
  it.each([
    'app://renderer/index.html',
    'app://renderer/',
    'app://renderer/index.html#/children?q=1',
  ])('accepts the app origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(isAllowedNavigation(url)).toBe(true);
  });
  it.each(FOREIGN_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isTrustedSenderFrame', () => {
  it('trusts the app main frame only', () => {
    expect(isTrustedSenderFrame({ url: 'app://renderer/index.html', parent: null })).toBe(true);
  });
  it('refuses a subframe even of the app origin', () => {
    const parent = { url: 'app://renderer/index.html', parent: null };
    expect(isTrustedSenderFrame({ url: 'app://renderer/index.html', parent })).toBe(false);
  });
  it('refuses a missing (destroyed) frame', () => {
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
  });
  it.each(FOREIGN_URLS)('refuses a main frame at %s', (url) => {
    expect(isTrustedSenderFrame({ url, parent: null })).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.dvi.gov.lv/lv',
    'https://www.dvi.gov.lv/lv/sudzibas?x=1#a',
    'https://vdai.lrv.lt/',
    'https://likumi.lv/ta/id/300099',
    'https://WWW.DVI.GOV.LV/lv',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://www.dvi.gov.lv/',
    'https://www.dvi.gov.lv.evil.example/',
    'https://evil.example/www.dvi.gov.lv',
    'https://user@www.dvi.gov.lv/',
    'https://www.dvi.gov.lv:8443/',
    'https://sub.vdai.lrv.lt/',
    'https://evil.example/?https://vdai.lrv.lt',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'app://renderer/index.html',
    'https://example.com/',
    '//www.dvi.gov.lv/',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
