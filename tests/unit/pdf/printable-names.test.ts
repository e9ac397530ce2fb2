// A name the form cannot print is refused by the renderer itself, and a combining mark without
// a precomposed letter (M̂aria) is drawn on its base letter: checked on rendered pixels.
import fontkit from '@pdf-lib/fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdfContext, savePdf } from '@shared/pdf/document';
import { PageFlow } from '@shared/pdf/flow';
import {
  loadBundledTemplates,
  renderConsentForms,
  renderGroupSheet,
  renderWithdrawalForm,
  type ConsentTemplate,
  type WithdrawalTemplate,
} from '@shared/pdf/index';
import { FONT_COVERAGE } from '@shared/text/font-coverage';
import { isPrintable, unprintableReason } from '@shared/text/printable';
import {
  TEST_INSTITUTION,
  loadTestFonts,
  renderGray,
  tempDir,
  writePdf,
  removeTempDirs,
  type Gray,
} from './pdf-tools';

afterAll(removeTempDirs);

const templates = loadBundledTemplates();
const consent = templates.get('lv-veidlapa-1', 1) as ConsentTemplate;
const fonts = loadTestFonts();

describe('printable names', () => {
  it('the generated coverage is exactly what both DejaVu Sans faces draw (fontkit cmaps)', () => {
    const set = (bytes: Uint8Array) => new Set(fontkit.create(bytes).characterSet);
    const regular = set(fonts.regular);
    const bold = set(fonts.bold ?? fonts.regular);
    const both = [...regular].filter((cp) => bold.has(cp)).sort((a, b) => a - b);
    const decoded = FONT_COVERAGE.split(',').flatMap((part) => {
      const [a, b] = part.split('-').map((x) => parseInt(x, 36));
      const from = a ?? 0;
      return Array.from({ length: (b ?? from) - from + 1 }, (_, i) => from + i);
    });
    expect(decoded).toEqual(both);
  });

  it.each([
    ['Wang Fang 王芳', 'glyph'],
    ['김민준', 'glyph'],
    ['مريم', 'script'],
    ['Mariam مريم', 'script'],
    ['כהן', 'script'],
    ['आरव', 'script'],
    ['สมชาย', 'script'],
  ])('%s is refused (%s)', (name, reason) => {
    expect(unprintableReason(name)).toBe(reason);
  });

  it.each([
    'Ūna Šķēle',
    'Ąžuolas Ėglė',
    'M\u0302aria',
    'Zoë O’Konore-Ōta',
    'Ñuñez',
    'Дмитрий',
    'Σοφία',
    'Þórr Łukasz',
  ])('%s is printable', (name) => {
    expect(isPrintable(name)).toBe(true);
  });

  it('the consent, withdrawal and group-sheet renderers refuse, naming the field, never the value', async () => {
    const refused = { code: 'validation', i18nKey: 'errors.pdf.unprintableText' };
    await expect(
      renderConsentForms({
        template: consent,
        institution: TEST_INSTITUTION,
        entries: [
          { formId: 'F-0000-0001', childName: 'Anna Liepa' },
          { formId: 'F-0000-0002', childName: 'Ilze Liepa', representativeName: 'Wang Fang 王芳' },
        ],
        fonts,
      }),
    ).rejects.toMatchObject({
      ...refused,
      details: { field: 'representativeName', index: 1, reason: 'glyph' },
    });
    const withdrawal = templates.all.find((t) => t.kind === 'withdrawal') as WithdrawalTemplate;
    await expect(
      renderWithdrawalForm({
        template: withdrawal,
        institution: TEST_INSTITUTION,
        entry: { formId: 'F-0000-0003', childName: 'מרים', purposeIds: [] },
        fonts,
      }),
    ).rejects.toMatchObject({ ...refused, details: { field: 'childName', reason: 'script' } });
    await expect(
      renderGroupSheet({
        institution: TEST_INSTITUTION,
        groupName: 'Zīlītes',
        language: 'lv',
        onDate: '2026-11-24',
        purposes: [{ id: 'photo', label: 'Foto' }],
        rows: [{ name: 'آرش', states: {} }],
        fonts,
      }),
    ).rejects.toMatchObject({ ...refused, details: { field: 'name', index: 0 } });
  });
});

describe('combining marks sit on their base letter', () => {
  const render = async (text: string): Promise<Gray> => {
    const ctx = await createPdfContext(fonts, { title: 'marks', language: 'lv' });
    const flow = new PageFlow(ctx);
    flow.line(text, 40, { font: ctx.regular, size: 72 }, 700);
    return renderGray(writePdf(tempDir(), 'marks.pdf', await savePdf(ctx)), 1, 72);
  };
  const dark = (g: Gray, x: number, y: number) => (g.pixels[y * g.width + x] ?? 255) < 128;
  const inkBox = (g: Gray) => {
    const box = { minX: Infinity, maxX: -1, minY: Infinity, maxY: -1, count: 0 };
    for (let y = 0; y < g.height; y += 1)
      for (let x = 0; x < g.width; x += 1)
        if (dark(g, x, y)) {
          box.minX = Math.min(box.minX, x);
          box.maxX = Math.max(box.maxX, x);
          box.minY = Math.min(box.minY, y);
          box.maxY = Math.max(box.maxY, y);
          box.count += 1;
        }
    return box;
  };
  /** The pixels `b` has and `a` has not: what the mark added. */
  const added = (a: Gray, b: Gray): Gray => ({
    ...b,
    pixels: b.pixels.map((v, i) => ((a.pixels[i] ?? 255) < 128 ? 255 : v)),
  });

  it.each([
    ['M', '\u0302'],
    ['M', '\u030c'],
    ['H', '\u0308'],
  ])('%s + U+%s: the mark is above the letter and within its width', async (letter, mark) => {
    const plain = inkBox(await render(letter));
    const withMark = await render(letter + mark);
    const markBox = inkBox(added(await render(letter), withMark));
    expect(markBox.count).toBeGreaterThan(30);
    expect(markBox.maxY).toBeLessThan(plain.minY);
    expect(markBox.minX).toBeGreaterThanOrEqual(plain.minX);
    expect(markBox.maxX).toBeLessThanOrEqual(plain.maxX);
    // Centred over the letter, within a few points.
    const centre = (box: { minX: number; maxX: number }) => (box.minX + box.maxX) / 2;
    expect(Math.abs(centre(markBox) - centre(plain))).toBeLessThan(6);
  });

  it('the rest of the line does not move: M̂aria ends where Maria ends', async () => {
    expect(inkBox(await render('M\u0302aria')).maxX).toBe(inkBox(await render('Maria')).maxX);
  });
});
