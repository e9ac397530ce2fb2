import { describe, expect, it } from 'vitest';
import {
  PDF_VIEWER_ORIGIN,
  isAllowedPreviewSubframe,
  isPdfViewerFrameUrl,
} from '../../../electron/main/preview-policy';

const PRINT_URL = 'app://print/2b1f8c9e-4d3a-4e5f-8a6b-7c8d9e0f1a2b.pdf';

describe('isAllowedPreviewSubframe', () => {
  it.each([
    `${PDF_VIEWER_ORIGIN}/index.html`,
    `${PDF_VIEWER_ORIGIN}/0a1b2c3d-0000-4000-8000-000000000000`,
    PRINT_URL,
  ])('allows %s in the preview of that PDF', (url) => {
    expect(isAllowedPreviewSubframe(url, PRINT_URL)).toBe(true);
  });

  it.each([
    'app://print/00000000-0000-4000-8000-000000000000.pdf',
    `${PRINT_URL}?page=1`,
    `${PRINT_URL}#x`,
    'app://renderer/index.html',
    'https://evil.example/x.pdf',
    'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai.evil.example/',
    'chrome-extension://user@mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'chrome://pdf-viewer/index.html',
    'data:application/pdf;base64,JVBERi0=',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedPreviewSubframe(url, PRINT_URL)).toBe(false);
  });

  it('allows no print URL at all for a rule made with something else', () => {
    expect(isAllowedPreviewSubframe('app://renderer/x', 'app://renderer/x')).toBe(false);
  });
});

describe('isPdfViewerFrameUrl', () => {
  it('is the PDF viewer extension and nothing that only looks like it', () => {
    expect(isPdfViewerFrameUrl(`${PDF_VIEWER_ORIGIN}/index.html`)).toBe(true);
    expect(isPdfViewerFrameUrl('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai:1/')).toBe(
      false,
    );
    expect(isPdfViewerFrameUrl('https://mhjfbmdgcfjbbpaeojofohoefgiehjai/')).toBe(false);
  });
});
