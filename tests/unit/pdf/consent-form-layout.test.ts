// Veidlapa Nr. 1's layout and refusals, measured on the rendered PDF: each item's two empty tick
// boxes and their labels beside its first line, the item's height (at least the two choice rows),
// a batch sharing one drawn body, a form too long for a page continued with its ID, the cover
// page, and the exact error of each refused input. Written from the mutation run of
// shared/pdf/consent-form.ts (issue 15, part 4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderConsentForms,
  type ConsentTemplate,
  type RenderConsentFormsInput,
} from '@shared/pdf/index';
import { MARGIN } from '@shared/pdf/flow';
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
const veidlapa = loadBundledTemplates().get('lv-veidlapa-1', 1) as ConsentTemplate;
const dir = tempDir();
const PAGE_HEIGHT = 841.89;
const DPI = 144;

const render = async (input: Partial<RenderConsentFormsInput>, name: string): Promise<string> =>
  writePdf(
    dir,
    name,
    await renderConsentForms({
      template: veidlapa,
      institution: TEST_INSTITUTION,
      entries: [{ formId: 'F-1111-2222' }],
      fonts,
      ...input,
    }),
  );

const refusal = (input: Partial<RenderConsentFormsInput>) =>
  renderConsentForms({
    template: veidlapa,
    institution: TEST_INSTITUTION,
    entries: [{ formId: 'F-1111-2222' }],
    fonts,
    ...input,
  }).then(
    () => null,
    (error: unknown) => error,
  );

/** The first word tagged `tag` on a page (the top-left of its item). */
const firstTagged = (words: readonly Word[], tag: string): Word | undefined =>
  words.find((word) => word.text === `${tag}0`);

describe('the consent items on the page', () => {
  const template: ConsentTemplate = {
    ...veidlapa,
    items: [taggedItem('Alfa', 3), taggedItem('Beta', 70), taggedItem('Gamma', 3)],
  };

  it('gives each item the height of its lines, at least the two choice rows, and 14 pt after it', async () => {
    const file = await render({ template }, 'items.pdf');
    const [page] = pdfWords(file);
    const words = page?.words ?? [];
    const [alfa, beta, gamma] = ['Alfa', 'Beta', 'Gamma'].map((tag) => firstTagged(words, tag));
    const betaLines = new Set(
      words.filter((word) => /^Beta\d+$/.test(word.text)).map((word) => Math.round(word.yMin)),
    ).size;
    expect(betaLines).toBeGreaterThanOrEqual(3);
    // One line of text still takes the two choice rows (36 pt); more lines take 15 pt each.
    expect((beta?.yMin ?? 0) - (alfa?.yMin ?? 0)).toBeCloseTo(36 + 14, 1);
    expect((gamma?.yMin ?? 0) - (beta?.yMin ?? 0)).toBeCloseTo(betaLines * 15 + 14, 1);
  });

  it('puts "yes" beside the first line and "no" 18 pt under it, each after an empty box', async () => {
    const file = await render({ template }, 'choices.pdf');
    const [page] = pdfWords(file);
    const words = page?.words ?? [];
    const alfa = firstTagged(words, 'Alfa');
    const below = (label: string) =>
      words
        .filter((word) => word.text === label && word.yMin >= (alfa?.yMin ?? 0) - 3)
        .sort((a, b) => a.yMin - b.yMin)[0];
    const yes = below(veidlapa.choices.yes.split(' ')[0] ?? '');
    const no = below(veidlapa.choices.no.split(' ')[0] ?? '');
    expect(yes?.xMin).toBeCloseTo(MARGIN.left + 16, 0);
    expect(no?.xMin).toBeCloseTo(MARGIN.left + 16, 0);
    expect(Math.abs((yes?.yMin ?? 0) - (alfa?.yMin ?? 0))).toBeLessThan(2);
    expect((no?.yMin ?? 0) - (yes?.yMin ?? 0)).toBeCloseTo(18, 1);
    const gray = renderGray(file, 1, DPI);
    for (const label of [yes, no]) {
      const row = { y: PAGE_HEIGHT - (label?.yMax ?? 0) - 1, height: 12 };
      // The box's left border is at the margin, level with its label; its inside is empty.
      expect(inkIn(gray, DPI, { x: MARGIN.left - 1, width: 2, ...row })).toBeGreaterThan(0);
      expect(
        inkIn(gray, DPI, { x: MARGIN.left + 2.5, width: 5, y: row.y + 3, height: row.height - 6 }),
      ).toBe(0);
    }
  });
});

describe('a batch of forms', () => {
  it('draws the shared wording once, as one Form XObject every page of the batch shows', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => ({
      formId: `F-1111-${String(2200 + i)}`,
      childName: `Bērns Nr ${String(i)}`,
    }));
    const file = await render({ entries }, 'twenty.pdf');
    const expanded = join(dir, 'twenty-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, expanded]);
    const objects = readFileSync(expanded, 'latin1');
    expect(objects.match(/\/Subtype \/Form/g)).toHaveLength(1);
    expect(objects.match(/\/Type \/Page\b/g)).toHaveLength(20);
    const text = pdfText(file);
    expect(text.split(veidlapa.statement.slice(0, 40)).length - 1).toBe(20);
    for (const { childName } of entries) expect(text).toContain(childName);
  });

  it('continues a form too long for one page under a header with its ID', async () => {
    const long: ConsentTemplate = {
      ...veidlapa,
      items: Array.from({ length: 14 }, (_, i) =>
        taggedItem(`It${String.fromCharCode(65 + i)}x`, 30),
      ),
    };
    const file = await render({ template: long, entries: [{ formId: 'F-5555-6666' }] }, 'long.pdf');
    expect(Number(run('qpdf', ['--show-npages', file]).trim())).toBeGreaterThan(1);
    expect(run('pdftotext', ['-f', '2', '-l', '2', file, '-'])).toContain(
      `${veidlapa.formLabel} · ${veidlapa.labels.formId} F-5555-6666`,
    );
  });

  it('starts with the cover page when asked, and none otherwise', async () => {
    const entries = [{ formId: 'F-1111-2222' }, { formId: 'F-1111-2223' }];
    const withCover = await render(
      { entries, cover: { groupName: 'Saulīte', formCount: 2 } },
      'cover.pdf',
    );
    expect(run('qpdf', ['--show-npages', withCover]).trim()).toBe('3');
    const first = run('pdftotext', ['-f', '1', '-l', '1', withCover, '-']);
    expect(first).toContain('Veidlapu komplekts');
    expect(first).toContain('Saulīte');
    const plain = await render({ entries }, 'no-cover.pdf');
    expect(run('qpdf', ['--show-npages', plain]).trim()).toBe('2');
    expect(pdfText(plain)).not.toContain('Veidlapu komplekts');
  });

  it('writes the generation day as the creation date', async () => {
    const file = await render({ generatedOn: '2025-09-01' }, 'dated.pdf');
    expect(run('pdfinfo', ['-isodates', file])).toMatch(/CreationDate:\s+2025-09-01T00:00:00/);
  });
});

describe('what the consent form refuses', () => {
  it('names the exact refusal of each bad input, with the entry it is in', async () => {
    expect(await refusal({ entries: [] })).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.noEntries',
    });
    const good = { formId: 'F-1111-2222', childName: 'Anna Ozola' };
    expect(
      await refusal({ entries: [good, { formId: 'F-1111-2223', childName: 'Anna 漢字' }] }),
    ).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.unprintableText',
      details: { field: 'childName', index: 1 },
    });
    expect(
      await refusal({
        entries: [good, { formId: 'F-1111-2223', representativeName: 'Jānis 漢字' }],
      }),
    ).toMatchObject({
      code: 'validation',
      i18nKey: 'errors.pdf.unprintableText',
      details: { field: 'representativeName', index: 1 },
    });
  });
});
