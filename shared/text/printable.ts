// Can the consent form print this name? pdf-lib draws glyphs one after another, left to right:
// it cannot shape (join Arabic letters, reorder Indic vowel signs) or lay out right-to-left
// text, and a character the font lacks prints as an empty box. So a name is printable when
// every character is in the font that prints it and none belongs to a script that needs
// shaping or right-to-left layout, even where DejaVu Sans has that script's glyphs (Arabic,
// Hebrew). Combining marks are fine: NFC composes what it can and the renderer places the rest
// on their base letter (shared/pdf/text-ops.ts).
import { FONT_COVERAGE } from './font-coverage';

/** 'script': needs shaping or right-to-left layout; 'glyph': the font has no glyph for it. */
export type UnprintableReason = 'script' | 'glyph';

/**
 * Scripts written right to left, or whose letters change shape or order when joined: pdf-lib
 * would print them wrong (reversed, unjoined, vowel signs misplaced).
 */
const NEEDS_LAYOUT = new RegExp(
  `[${[
    'Arabic',
    'Hebrew',
    'Syriac',
    'Thaana',
    'Nko',
    'Samaritan',
    'Mandaic',
    'Adlam',
    'Hanifi_Rohingya',
    'Devanagari',
    'Bengali',
    'Gurmukhi',
    'Gujarati',
    'Oriya',
    'Tamil',
    'Telugu',
    'Kannada',
    'Malayalam',
    'Sinhala',
    'Thai',
    'Lao',
    'Tibetan',
    'Myanmar',
    'Khmer',
    'Mongolian',
    'Balinese',
    'Javanese',
    'Tifinagh',
  ]
    .map((s) => `\\p{Script=${s}}`)
    .join('')}\\u200f\\u061c]`,
  'u',
);

type Ranges = readonly (readonly [number, number])[];

const decode = (encoded: string): Ranges =>
  encoded.split(',').map((part) => {
    const [from, to] = part.split('-');
    const a = parseInt(from ?? '', 36);
    return [a, to === undefined ? a : parseInt(to, 36)] as const;
  });

let coverage: Ranges | undefined;

const covered = (cp: number): boolean => {
  coverage ??= decode(FONT_COVERAGE);
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = coverage[mid] ?? [0, -1];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
};

/** Whitespace prints as space whatever the font says; control characters are refused elsewhere. */
const isSpace = (ch: string): boolean => /[\s\p{Cc}]/u.test(ch);

/**
 * Why `text` cannot be printed on the form (NFC first), or null when it can. `hasGlyph` defaults
 * to the generated coverage of DejaVu Sans; the PDF renderer passes its embedded font's cmap.
 */
export const unprintableReason = (
  text: string,
  hasGlyph: (codePoint: number) => boolean = covered,
): UnprintableReason | null => {
  const nfc = text.normalize('NFC');
  if (NEEDS_LAYOUT.test(nfc)) return 'script';
  for (const ch of nfc) {
    if (isSpace(ch)) continue;
    if (!hasGlyph(ch.codePointAt(0) ?? 0)) return 'glyph';
  }
  return null;
};

/** True when the form can print `text` as it is. */
export const isPrintable = (text: string): boolean => unprintableReason(text) === null;

const codePointLabel = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` (NFC) with every run of characters a document cannot print as it is (no glyph, or a
 * script that needs layout) written as their Unicode code points in square brackets:
 * 'Wang Fang 王芳' → 'Wang Fang [U+738B U+82B3]'. For free text that must be given in full
 * (the GDPR Art. 15 access report lists a person's notes, where the app tells users to keep the
 * original spelling of a name): nothing is dropped and nothing prints as an empty box. Names are
 * never escaped: they are refused (`unprintableReason`).
 */
export const escapeUnprintable = (
  text: string,
  hasGlyph: (codePoint: number) => boolean = covered,
): string => {
  let out = '';
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out += `[${run.join(' ')}]`;
    run = [];
  };
  for (const ch of text.normalize('NFC')) {
    const bad = !isSpace(ch) && (NEEDS_LAYOUT.test(ch) || !hasGlyph(ch.codePointAt(0) ?? 0));
    if (bad) run.push(codePointLabel(ch));
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
};
