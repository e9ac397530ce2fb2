// The withdrawal (atsaukums) form's layout and refusals, measured on the rendered PDF: where each
// withdrawn item's lines and tick box fall (pdftotext -bbox, pdftoppm ink), that an item is never
// split over a page or drawn into the bottom margin, and the exact error of each refused input.
// Written from the mutation run of shared/pdf/withdrawal-form.ts (issue 15, part 4).
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderWithdrawalForm,
  type WithdrawalTemplate,
} from '@shared/pdf/index';
import { CONTENT_WIDTH, MARGIN } from '@shared/pdf/flow';
import {
  TEST_INSTITUTION,
  inkIn,
  loadTestFonts,
  pdfText,
  pdfWords,
  renderGray,
  run,
  taggedItem,
  tempDir,
  writePdf,
  removeTempDirs,
  type Word,
} from './pdf-tools';

afterAll(removeTempDirs);

const fonts = loadTestFonts();
const withdrawal = loadBundledTemplates().get('lv-atsaukums-1', 1) as WithdrawalTemplate;
const dir = tempDir();
const PAGE_HEIGHT = 841.89;
const DPI = 144;

const render = async (
  template: WithdrawalTemplate,
  entry: Partial<Parameters<typeof renderWithdrawalForm>[0]['entry']> = {},
  name = 'w.pdf',
) =>
  writePdf(
    dir,
    name,
    await renderWithdrawalForm({
      template,
      institution: TEST_INSTITUTION,
      entry: { formId: 'F-3333-4444', purposeIds: [], ...entry },
      fonts,
    }),
  );

/** The lines (top y, first word) of every word tagged `tag`, per page, top to bottom. */
const taggedLines = (pages: ReturnType<typeof pdfWords>, tag: string) =>
  pages.flatMap((page, pageIndex) => {
    const words = page.words.filter((word) => new RegExp(`^${tag}\\d+$`).test(word.text));
    const tops = [...new Set(words.map((word) => Math.round(word.yMin * 10) / 10))].sort(
      (a, b) => a - b,
    );
    return tops.map((top) => {
      const line = words.filter((word) => Math.abs(word.yMin - top) < 0.2);
      const first = line.reduce((a, b) => (b.xMin < a.xMin ? b : a));
      return { page: pageIndex, top, first, words: line };
    });
  });

describe('the withdrawn items on the page', () => {
  const template: WithdrawalTemplate = {
    ...withdrawal,
    items: [taggedItem('Alfa', 60), taggedItem('Beta', 8), taggedItem('Gamma', 8)],
  };

  it('wraps each item in the text column beside its box, 14 pt apart, 8 pt between items', async () => {
    const file = await render(template, { purposeIds: ['alfa', 'beta'] });
    const pages = pdfWords(file);
    const alfa = taggedLines(pages, 'Alfa');
    const beta = taggedLines(pages, 'Beta');
    expect(alfa.length).toBeGreaterThanOrEqual(3);
    expect(beta).toHaveLength(1);
    expect(taggedLines(pages, 'Gamma')).toEqual([]);
    for (const line of [...alfa, ...beta]) {
      expect(line.first.xMin).toBeCloseTo(MARGIN.left + 24, 0);
      for (const word of line.words)
        expect(word.xMax).toBeLessThanOrEqual(MARGIN.left + CONTENT_WIDTH);
    }
    alfa.slice(1).forEach((line, index) => {
      expect(line.top - (alfa[index]?.top ?? 0)).toBeCloseTo(14, 1);
    });
    expect((beta[0]?.top ?? 0) - (alfa.at(-1)?.top ?? 0)).toBeCloseTo(14 + 8, 1);
  });

  it('draws a ticked box beside the first line of each withdrawn item, an empty one on a blank form', async () => {
    const ticked = await render(template, { purposeIds: ['alfa', 'beta'] }, 'ticked.pdf');
    const blank = await render(template, {}, 'blank.pdf');
    const boxInk = (file: string) => {
      const gray = renderGray(file, 1, DPI);
      return taggedLines(pdfWords(file), 'Beta').map(({ first }: { first: Word }) => {
        // The box's column beside the line (its left border), and its inside (where a tick goes).
        const line = { y: PAGE_HEIGHT - first.yMax - 2, height: first.yMax - first.yMin + 4 };
        return {
          border: inkIn(gray, DPI, { x: MARGIN.left - 1, width: 2, ...line }),
          inside: inkIn(gray, DPI, {
            x: MARGIN.left + 2,
            width: 6,
            y: line.y + 3,
            height: line.height - 6,
          }),
        };
      });
    };
    const [withTick] = boxInk(ticked);
    const [empty] = boxInk(blank);
    expect(withTick?.border).toBeGreaterThan(0);
    expect(empty?.border).toBeGreaterThan(0);
    expect(withTick?.inside).toBeGreaterThan((empty?.inside ?? 0) + 5);
  });

  it('keeps every item whole on one page and out of the bottom margin, with a continuation header', async () => {
    const many: WithdrawalTemplate = {
      ...withdrawal,
      items: Array.from({ length: 24 }, (_, i) =>
        taggedItem(`It${String.fromCharCode(65 + i)}x`, 20 + (i % 3) * 14),
      ),
    };
    const file = await render(many, { purposeIds: many.items.map((item) => item.id) }, 'many.pdf');
    const pages = pdfWords(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const item of many.items) {
      const lines = taggedLines(pages, item.shortLabel);
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map((line) => line.page)).size).toBe(1);
      for (const line of lines)
        for (const word of line.words)
          expect(word.yMax).toBeLessThanOrEqual(PAGE_HEIGHT - MARGIN.bottom + 3);
    }
    const second = run('pdftotext', ['-f', '2', '-l', '2', file, '-']);
    expect(second).toContain(`${withdrawal.formLabel} · ${withdrawal.labels.formId} F-3333-4444`);
  });
});

describe('what the withdrawal form says and refuses', () => {
  it('leaves a line for the original form when none is known, and names no recipients', async () => {
    const text = pdfText(await render(withdrawal, {}, 'no-original.pdf'));
    expect(text).toContain(`${withdrawal.originalFormLabel} ____________`);
    expect(withdrawal.labels.recipients.length).toBeGreaterThan(0);
    expect(text).not.toContain(withdrawal.labels.recipients);
  });

  it('writes the generation day as the creation date, and none without it', async () => {
    const dated = writePdf(
      dir,
      'dated.pdf',
      await renderWithdrawalForm({
        template: withdrawal,
        institution: TEST_INSTITUTION,
        entry: { formId: 'F-3333-4444', purposeIds: [] },
        fonts,
        generatedOn: '2025-10-02',
      }),
    );
    expect(run('pdfinfo', ['-isodates', dated])).toMatch(/CreationDate:\s+2025-10-02T00:00:00/);
    expect(run('pdfinfo', [await render(withdrawal, {}, 'undated.pdf')])).not.toMatch(
      /CreationDate/,
    );
  });

  const refusal = (entry: Parameters<typeof render>[1]) =>
    renderWithdrawalForm({
      template: withdrawal,
      institution: TEST_INSTITUTION,
      entry: { formId: 'F-3333-4444', purposeIds: [], ...entry },
      fonts,
    }).then(
      () => null,
      (error: unknown) => error,
    );

  it('names the exact refusal of each bad input', async () => {
    expect(await refusal({ purposeIds: ['health'] })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.purposeUnknown',
      details: { template: withdrawal.id },
    });
    expect(await refusal({ formId: 'F-12' })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.formIdInvalid',
      details: { index: 0 },
    });
    expect(await refusal({ originalFormId: 'nav-veidlapa' })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.formIdInvalid',
      details: { field: 'originalFormId' },
    });
    expect(await refusal({ childName: 'Anna 漢字' })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.unprintableText',
      details: { field: 'childName', index: 0 },
    });
    expect(await refusal({ representativeName: 'Jānis 漢字' })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.unprintableText',
      details: { field: 'representativeName', index: 0 },
    });
  });
});
