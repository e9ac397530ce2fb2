import {
  beginText,
  endText,
  moveText,
  setFillingColor,
  setFontAndSize,
  showText,
  type Color,
  type PDFFont,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';

// pdf-lib's page.drawText registers the font in the page's resources under a NEW name on every
// call, so a form page carried ~40 font entries and a 300-form batch grew by ~1.5 KiB a page for
// nothing. Here each font gets one resource name per page, and a line is five short operators.

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

const fontKey = (page: PDFPage, font: PDFFont): PDFName => {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (!key) {
    key = page.node.newFontDictionary(`F${keys.size + 1}`, font.ref);
    keys.set(font, key);
  }
  return key;
};

const round = (value: number): number => Math.round(value * 100) / 100;

/** Draws one line of (already cleaned, NFC) text with its baseline at (x, y). */
export const drawTextLine = (
  page: PDFPage,
  text: string,
  options: { x: number; y: number; font: PDFFont; size: number; color: Color },
): void => {
  if (!text) return;
  page.pushOperators(
    beginText(),
    setFontAndSize(fontKey(page, options.font), options.size),
    setFillingColor(options.color),
    moveText(round(options.x), round(options.y)),
    showText(options.font.encodeText(text)),
    endText(),
  );
};
