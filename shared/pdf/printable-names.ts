// The renderer refuses to produce a form it cannot print correctly: a name with a character the
// embedded font lacks (it would print as an empty box) or in a script pdf-lib cannot lay out
// (right-to-left, or letters that join or reorder) stops the whole document. Entry and import
// check the same rule earlier (shared/text/printable.ts); this is the last line.
import type { PDFFont } from 'pdf-lib';
import { AppError } from '../errors/app-error';
import { unprintableReason } from '../text/printable';
import type { PdfContext } from './document';

type FontkitFont = { hasGlyphForCodePoint(codePoint: number): boolean };

/** The fontkit font behind an embedded custom font (pdf-lib keeps it on its embedder). */
export const fontkitOf = (font: PDFFont): FontkitFont | undefined => {
  // pdf-lib 1.17 keeps the fontkit font on a private embedder; read, never written.
  const embedder = (font as unknown as { embedder?: { font?: FontkitFont } }).embedder;
  return typeof embedder?.font?.hasGlyphForCodePoint === 'function' ? embedder.font : undefined;
};

/** Whether the document's embedded fonts (regular and bold) both have a glyph for a code point. */
export const glyphCheck = (ctx: PdfContext): ((cp: number) => boolean) => {
  const fonts = [ctx.regular, ctx.bold].map(fontkitOf);
  return (cp) => fonts.every((f) => f === undefined || f.hasGlyphForCodePoint(cp));
};

/** One variable text to check, named by field and position, never by value. */
export type NamedText = { readonly field: string; readonly index: number; readonly text?: string };

/**
 * Throws AppError('validation', i18nKey, { field, index, reason }) for the first text the
 * document's fonts cannot print as it is. The default key speaks of a name on a form; letters
 * and reports, whose texts are free text, pass 'errors.pdf.unprintableLetterText'.
 */
export const assertPrintable = (
  ctx: PdfContext,
  texts: readonly NamedText[],
  i18nKey = 'errors.pdf.unprintableText',
): void => {
  const hasGlyph = glyphCheck(ctx);
  for (const { field, index, text } of texts) {
    if (text === undefined || text === '') continue;
    const reason = unprintableReason(text, hasGlyph);
    if (reason !== null) throw new AppError('validation', i18nKey, { field, index, reason });
  }
};
