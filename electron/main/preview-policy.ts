// Which subframes a print-preview window may load. Since Electron 41 Chromium's PDF viewer runs
// in out-of-process subframes of the window that loads the PDF (Electron's breaking changes,
// "PDFs no longer create a separate WebContents"): the viewer extension's frame, which then
// loads the PDF itself in a frame of its own (via a stream URL of the extension that Chromium
// maps back to the PDF's URL). Every other window keeps denying all subframe navigation.
import { PRINT_HOST, APP_SCHEME } from './constants';

/** Chromium's built-in PDF viewer extension (extension_misc::kPdfExtensionId). */
export const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';
export const PDF_VIEWER_ORIGIN = `chrome-extension://${PDF_VIEWER_EXTENSION_ID}`;

/** How long a preview may take to show the PDF before it counts as failed, in milliseconds. */
export const PREVIEW_LOAD_DEADLINE_MS = 15_000;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** A frame of the PDF viewer extension (its page or its stream URL), nothing else. */
export const isPdfViewerFrameUrl = (url: string): boolean => {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'chrome-extension:' &&
    parsed.host === PDF_VIEWER_EXTENSION_ID &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
};

/**
 * May a subframe of the preview window showing `printUrl` navigate to `url`? Only the viewer's
 * extension frames and that window's own one-time PDF URL (exactly, as handed out).
 */
export const isAllowedPreviewSubframe = (url: string, printUrl: string): boolean => {
  if (isPdfViewerFrameUrl(url)) return true;
  const parsed = parse(printUrl);
  const isPrintUrl =
    parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === PRINT_HOST;
  return isPrintUrl && url === printUrl;
};
