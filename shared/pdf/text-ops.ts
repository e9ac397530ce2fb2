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

type LineOptions = { x: number; y: number; font: PDFFont; size: number; color: Color };

const drawRun = (page: PDFPage, text: string, options: LineOptions): void => {
  page.pushOperators(
    beginText(),
    setFontAndSize(fontKey(page, options.font), options.size),
    setFillingColor(options.color),
    moveText(round(options.x), round(options.y)),
    showText(options.font.encodeText(text)),
    endText(),
  );
};

const MARK = /\p{M}/u;

type LayoutFont = {
  readonly unitsPerEm: number;
  layout(
    text: string,
    features: Record<string, boolean>,
  ): {
    glyphs: readonly { readonly codePoints: readonly number[] }[];
    positions: readonly {
      readonly xAdvance: number;
      readonly xOffset: number;
      readonly yOffset: number;
    }[];
  };
};

/** Only mark positioning: substitutions stay off, so each code point keeps its own glyph. */
const MARK_FEATURES = {
  kern: false,
  liga: false,
  clig: false,
  calt: false,
  ccmp: false,
  locl: false,
  mark: true,
  mkmk: true,
};

const layoutFontOf = (font: PDFFont): LayoutFont | undefined => {
  // pdf-lib 1.17 keeps the fontkit font on a private embedder; read, never written.
  const embedder = (font as unknown as { embedder?: { font?: LayoutFont } }).embedder;
  return typeof embedder?.font?.layout === 'function' ? embedder.font : undefined;
};

/**
 * Combining marks that NFC could not compose (M + U+0302 in 'M̂aria') would print where the
 * font's designer put them for an average lower-case letter, beside or inside a capital. The
 * letters are drawn as usual; each mark is drawn on its own at the place the font's mark
 * positioning (GPOS mark-to-base, mark-to-mark) gives it.
 */
const drawWithMarks = (page: PDFPage, text: string, options: LineOptions, font: LayoutFont) => {
  drawRun(page, text.replace(/\p{M}/gu, ''), options);
  const run = font.layout(text, MARK_FEATURES);
  const scale = options.size / font.unitsPerEm;
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    if (position === undefined) return;
    const cp = glyph.codePoints[0];
    const char = cp === undefined ? '' : String.fromCodePoint(cp);
    if (glyph.codePoints.length === 1 && MARK.test(char)) {
      drawRun(page, char, {
        ...options,
        x: options.x + (pen + position.xOffset) * scale,
        y: options.y + position.yOffset * scale,
      });
    }
    pen += position.xAdvance;
  });
};

/** Draws one line of (already cleaned, NFC) text with its baseline at (x, y). */
export const drawTextLine = (page: PDFPage, text: string, options: LineOptions): void => {
  if (!text) return;
  const layoutFont = MARK.test(text) ? layoutFontOf(options.font) : undefined;
  if (layoutFont) drawWithMarks(page, text, options, layoutFont);
  else drawRun(page, text, options);
};
