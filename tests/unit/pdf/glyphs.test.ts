import { afterAll, describe, expect, it } from 'vitest';
import { createPdfContext, savePdf } from '@shared/pdf/document';
import { PageFlow } from '@shared/pdf/flow';
import { loadBundledTemplates, renderConsentForms, type ConsentTemplate } from '@shared/pdf/index';
import {
  TEST_INSTITUTION,
  inkIn,
  loadTestFonts,
  renderGray,
  tempDir,
  writePdf,
  removeTempDirs,
  type Gray,
} from './pdf-tools';

afterAll(removeTempDirs);

// Text extraction cannot see a lost glyph (the ToUnicode map survives), so these tests render
// pages with pdftoppm and look at the pixels.
const LETTERS = 'ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž ą ę ė į ų Ą Ę Ė Į Ų'.split(' ');
const SYMBOLS = '✓ ✗ ⊘ « » „ “'.split(' ');
const NOTDEF = '\uE000'; // private use: not in DejaVu Sans, so it draws the .notdef box
const base = (letter: string): string => letter.normalize('NFD').replace(/\p{M}/gu, '');

const DPI = 72;
const CELL = { width: 50, height: 60 };
const cellOf = (index: number) => ({
  x: 40 + (index % 10) * CELL.width,
  y: 780 - Math.floor(index / 10) * CELL.height,
});

const grid = [...LETTERS, ...LETTERS.map(base), ...SYMBOLS, NOTDEF];

const renderGrid = async (): Promise<string> => {
  const fonts = loadTestFonts();
  const ctx = await createPdfContext(fonts, { title: 'glyphs', language: 'lv' });
  for (const font of [ctx.regular, ctx.bold]) {
    const flow = new PageFlow(ctx);
    grid.forEach((glyph, index) => {
      const cell = cellOf(index);
      flow.line(glyph, cell.x + 8, { font, size: 36 }, cell.y + CELL.height - 8);
    });
  }
  return writePdf(tempDir(), 'glyphs.pdf', await savePdf(ctx));
};

const bitmap = (gray: Gray, index: number): boolean[] => {
  const cell = cellOf(index);
  const bits: boolean[] = [];
  for (let y = 0; y < CELL.height; y += 1) {
    for (let x = 0; x < CELL.width; x += 1) {
      const px = Math.floor(cell.x + x);
      const py = Math.floor(841.89 - (cell.y + CELL.height) + y);
      bits.push((gray.pixels[py * gray.width + px] ?? 255) < 128);
    }
  }
  return bits;
};
const ink = (bits: readonly boolean[]) => bits.filter(Boolean).length;
const difference = (a: readonly boolean[], b: readonly boolean[]) =>
  a.filter((bit, i) => bit !== b[i]).length;

describe('embedded DejaVu Sans subset', () => {
  it('really draws every Latvian and Lithuanian letter and symbol, in regular and bold', async () => {
    const file = await renderGrid();
    for (const page of [1, 2]) {
      const gray = renderGray(file, page, DPI);
      const notdef = bitmap(gray, grid.indexOf(NOTDEF));
      expect(ink(notdef)).toBeGreaterThan(20);
      grid.forEach((glyph, index) => {
        if (glyph === NOTDEF) return;
        const bits = bitmap(gray, index);
        expect(ink(bits), `ink of ${glyph}`).toBeGreaterThan(20);
        expect(difference(bits, notdef), `${glyph} is not the .notdef box`).toBeGreaterThan(20);
      });
      for (const letter of LETTERS) {
        const diacritic = difference(
          bitmap(gray, grid.indexOf(letter)),
          bitmap(gray, grid.indexOf(base(letter))),
        );
        expect(diacritic, `${letter} differs from ${base(letter)}`).toBeGreaterThan(6);
      }
    }
  });

  it('draws the diacritics of names on a real Lithuanian form', async () => {
    const fonts = loadTestFonts();
    const template = loadBundledTemplates().get('lt-sutikimas-1', 1) as ConsentTemplate;
    const withMarks = 'ĄČĘĖĮŠŲŪŽ ąčęėįšųūž ĀĒĢĪĶĻŅ āēģīķļņ';
    const render = (name: string) =>
      renderConsentForms({
        template,
        institution: TEST_INSTITUTION,
        entries: [{ formId: 'F-0000-0001', childName: name, representativeName: name }],
        fonts,
      });
    const dir = tempDir();
    const page = (bytes: Uint8Array, name: string) =>
      renderGray(writePdf(dir, name, bytes), 1, DPI);
    const whole = { x: 0, y: 0, width: 595, height: 842 };
    const marked = inkIn(page(await render(withMarks), 'marks.pdf'), DPI, whole);
    const plain = inkIn(
      page(await render(base(withMarks).normalize('NFC')), 'plain.pdf'),
      DPI,
      whole,
    );
    // 2 names x 32 marked letters: each mark adds a few dark pixels even at 72 dpi.
    expect(marked - plain).toBeGreaterThan(64);
  });
});
