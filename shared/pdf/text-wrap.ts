import type { PDFFont } from 'pdf-lib';

// Strips what a font cannot draw as text (control characters); keeps every letter.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export const cleanText = (text: string): string => text.replace(CONTROL, '').replace(/\t/g, ' ');

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Splits a word that is wider than the line into pieces that fit (names without spaces), between
 * letters as the reader sees them: a combining mark stays with its base letter.
 */
const splitLongWord = (word: string, font: PDFFont, size: number, width: number): string[] => {
  const pieces: string[] = [];
  let current = '';
  for (const { segment: char } of graphemes.segment(word)) {
    if (current && font.widthOfTextAtSize(current + char, size) > width) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current) pieces.push(current);
  return pieces;
};

export type WrapOptions = {
  font: PDFFont;
  size: number;
  width: number;
  /** A narrower first line, e.g. when a label precedes the text on the same line. */
  firstLineWidth?: number;
};

/**
 * Greedy word wrap measured with the real font. Hard line breaks are kept; a word wider than a
 * line is broken between characters, so nothing is ever clipped at the margin.
 */
export const wrapText = (text: string, options: WrapOptions): string[] => {
  const { font, size, width } = options;
  const lines: string[] = [];
  const limit = (): number =>
    lines.length === 0 && options.firstLineWidth !== undefined ? options.firstLineWidth : width;
  // Widths are summed per word (shaping never crosses a space), so each word is measured once.
  const space = font.widthOfTextAtSize(' ', size);
  for (const paragraph of cleanText(text).normalize('NFC').split(/\r?\n/)) {
    let current = '';
    let currentWidth = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const wordWidth = font.widthOfTextAtSize(word, size);
      const candidateWidth = current ? currentWidth + space + wordWidth : wordWidth;
      if (candidateWidth <= limit()) {
        current = current ? `${current} ${word}` : word;
        currentWidth = candidateWidth;
        continue;
      }
      if (current) lines.push(current);
      if (wordWidth <= limit()) {
        current = word;
        currentWidth = wordWidth;
        continue;
      }
      const pieces = splitLongWord(word, font, size, limit());
      current = pieces.pop() ?? '';
      currentWidth = font.widthOfTextAtSize(current, size);
      lines.push(...pieces);
    }
    lines.push(current);
  }
  return lines;
};
