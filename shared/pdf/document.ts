import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFFont } from 'pdf-lib';
import type { PdfFonts } from './types';

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export type PdfContext = {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
  /** Embedded on first use only, so documents without a code carry no mono font. */
  mono(): Promise<PDFFont>;
  /** Fonts embedded on demand (mono), so savePdf can name their subsets. */
  readonly extraFonts: PDFFont[];
};

export type PdfMetadata = {
  title: string;
  language: 'lv' | 'lt' | 'en';
  /** ISO date; when given it becomes the creation date, otherwise none is written. */
  createdOn?: string;
};

/**
 * fontkit shapes every string (GSUB/GPOS lookups) each time pdf-lib measures or encodes it, and
 * that was ~90% of render time. In a batch the same template lines recur on every form, so both
 * results are cached per font per string. Safe: encoding a string registers its glyphs in the
 * subset on the first call, and the cached hex string is immutable.
 */
// pdf-lib draws glyph ids and sums advance widths; it ignores every glyph position fontkit
// computes (kerning, mark placement). With the shaping features off, fontkit maps each code
// point to its glyph through the cmap alone, so a string's glyphs are its characters' glyphs.
// NFC-normalised Latvian and Lithuanian text needs no substitution feature.
const PLAIN_FEATURES = {
  kern: false,
  liga: false,
  clig: false,
  calt: false,
  mark: false,
  mkmk: false,
  ccmp: false,
  locl: false,
};
const EMBED_OPTIONS = { subset: true, features: PLAIN_FEATURES } as const;

/**
 * fontkit lays out every string pdf-lib measures or encodes (~1-2 ms a call), which made a
 * 300-form batch take seconds; each form's ID and names are new strings. Because layout is
 * per character here (see PLAIN_FEATURES), widths and glyph codes are cached per code point and
 * composed. Encoding a character the first time still goes through pdf-lib, which registers its
 * glyph in the subset.
 */
const composeShaping = (font: PDFFont): PDFFont => {
  const encode = font.encodeText.bind(font);
  const measure = font.widthOfTextAtSize.bind(font);
  const hexByChar = new Map<string, string>();
  const widthByChar = new Map<string, number>();
  font.encodeText = (text: string) => {
    let hex = '';
    for (const char of text) {
      let code = hexByChar.get(char);
      if (code === undefined) {
        code = encode(char).toString().slice(1, -1);
        hexByChar.set(char, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
  font.widthOfTextAtSize = (text: string, size: number) => {
    let total = 0;
    for (const char of text) {
      let width = widthByChar.get(char);
      if (width === undefined) {
        width = measure(char, 1000);
        widthByChar.set(char, width);
      }
      total += width;
    }
    return (total * size) / 1000;
  };
  return font;
};

const PDF_LANGUAGE_TAGS: Readonly<Record<PdfMetadata['language'], string>> = {
  lv: 'lv-LV',
  lt: 'lt-LT',
  en: 'en-GB',
};

/**
 * Opens a document with its fonts embedded once. Every page of a batch reuses these PDFFont
 * objects, so each font program is written (subset to the glyphs used) exactly once.
 * Metadata is set explicitly (updateMetadata: false) so output is deterministic and never
 * carries personal data.
 */
export const createPdfContext = async (fonts: PdfFonts, meta: PdfMetadata): Promise<PdfContext> => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title);
  doc.setLanguage(PDF_LANGUAGE_TAGS[meta.language]);
  doc.setCreator('Piekrišanu reģistrs');
  doc.setProducer('pdf-lib');
  if (meta.createdOn) doc.setCreationDate(new Date(`${meta.createdOn.slice(0, 10)}T00:00:00Z`));
  const regular = composeShaping(await doc.embedFont(fonts.regular, EMBED_OPTIONS));
  const bold = fonts.bold
    ? composeShaping(await doc.embedFont(fonts.bold, EMBED_OPTIONS))
    : regular;
  let monoFont: PDFFont | undefined;
  const extraFonts: PDFFont[] = [];
  const mono = async (): Promise<PDFFont> => {
    if (!monoFont) {
      monoFont = fonts.mono
        ? composeShaping(await doc.embedFont(fonts.mono, EMBED_OPTIONS))
        : regular;
      extraFonts.push(monoFont);
    }
    return monoFont;
  };
  return { doc, regular, bold, mono, extraFonts };
};

const subsetTag = (index: number): string =>
  `PRK${String.fromCharCode(65 + (Math.floor(index / 26) % 26))}${String.fromCharCode(65 + (index % 26))}A`;

/**
 * pdf-lib subsets the font program but names it "DejaVuSans-1234" (a random suffix). PDF 32000
 * 9.6.4 wants a subset named with a six-letter tag, "ABCDEF+DejaVuSans": viewers and checkers
 * (pdffonts' "sub" column) rely on it, and a fixed tag makes the output deterministic.
 */
const tagSubsetFonts = (ctx: PdfContext, fonts: readonly PDFFont[]): void => {
  fonts.forEach((font, index) => {
    const name = PDFName.of(`${subsetTag(index)}+${font.name}`);
    const type0 = ctx.doc.context.lookup(font.ref, PDFDict);
    type0.set(PDFName.of('BaseFont'), name);
    const descendants = type0.lookup(PDFName.of('DescendantFonts'), PDFArray);
    const cidFont = descendants.lookup(0, PDFDict);
    cidFont.set(PDFName.of('BaseFont'), name);
    cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), name);
  });
};

/** Saves without object streams: plainer output that every checker and printer reads. */
export const savePdf = async (ctx: PdfContext): Promise<Uint8Array> => {
  await ctx.doc.flush();
  tagSubsetFonts(ctx, [...new Set([ctx.regular, ctx.bold, ...ctx.extraFonts])]);
  return ctx.doc.save({ useObjectStreams: true });
};
