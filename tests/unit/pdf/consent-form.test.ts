import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  makeFormId,
  renderConsentForms,
  type ConsentTemplate,
} from '@shared/pdf/index';
import {
  TEST_INSTITUTION,
  inkIn,
  loadTestFonts,
  normalize,
  pdfFonts,
  pdfText,
  pdfWords,
  qpdfCheck,
  renderGray,
  run,
  tempDir,
  writePdf,
  removeTempDirs,
} from './pdf-tools';

afterAll(removeTempDirs);

// The seed's form text (seed 004, "Veidlapa Nr. 1"), sentence by sentence, with only the
// corrections listed in the template's `corrections` applied and whitespace normalised.
const SEED_SENTENCES = [
  'Veidlapa Nr. 1',
  'Likumiskā pārstāvja ATĻAUJA',
  'sava bērna fotogrāfiju un/vai filmēšanas ierakstu, vārda un uzvārda apstrādei',
  'ar mērķi popularizēt Pirmsskolas izglītības iestādes aktivitātes, veicināt Pirmsskolas atpazīstamību un tās prestižu',
  'Es,',
  '(izglītojamā likumiskā pārstāvja vārds, uzvārds)',
  'piekrītu mana dēla / meitas',
  '(vārds, uzvārds)',
  'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) fotogrāfiju un filmēšanas ierakstu veikšanai, kā arī to izvietošanai Pirmsskolas telpās.',
  'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) fotogrāfiju un filmēšanas ierakstu publicēšanai Pirmsskolas dokumentos, t.sk. informatīvajos materiālos, gadagrāmatās, publikācijām, interneta mājas lapā.',
  'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) vārda, uzvārda publicēšanai Pirmsskolas dokumentos, t.sk. informatīvajos materiālos, gadagrāmatās, publikācijām, interneta mājas lapā.',
  'Es apzinos, ka piekrišana ir brīvi atsaucama un šāds atsaukums neietekmēs personas datu, fotogrāfiju un filmēšanas ierakstu izmantošanas likumību, kas pamatojas uz sniegto piekrišanu pirms atsaukuma.',
  'Personas datu operators:',
  'Pārzinis:',
  'Iespējamie personu datu saņēmēji:',
  '(datums, paraksts, atšifrējums)',
];

const fonts = loadTestFonts();
const template = loadBundledTemplates().get('lv-veidlapa-1', 1) as ConsentTemplate;
const formId = (seed: number) => makeFormId(Uint8Array.from([seed >> 8, seed & 255, 7, 11, 13]));
const render = (entries: Parameters<typeof renderConsentForms>[0]['entries']) =>
  renderConsentForms({
    template,
    institution: TEST_INSTITUTION,
    entries,
    fonts,
    generatedOn: '2025-09-01',
  });

describe('renderConsentForms (Veidlapa Nr. 1)', () => {
  const dir = tempDir();
  let blank = '';
  beforeAll(async () => {
    blank = writePdf(dir, 'blank.pdf', await render([{ formId: formId(1) }]));
  });

  it('prints every sentence of the seed form in a blank form', () => {
    const text = pdfText(blank);
    for (const sentence of SEED_SENTENCES) expect(text).toContain(sentence);
    expect(text).toContain(TEST_INSTITUTION.name);
    expect(text).toContain(`Personas datu operators: ${TEST_INSTITUTION.operatorName}`);
    expect(text).toContain(`Pārzinis: ${TEST_INSTITUTION.controllerName}`);
    expect(text).toContain(TEST_INSTITUTION.recipients);
    expect(text).toContain('lv-veidlapa-1 v1');
    expect(text).toContain('01.09.2025');
  });

  it('prints the two tick-box labels for each of the three items', () => {
    const words = pdfWords(blank)[0]?.words.map((word) => word.text) ?? [];
    expect(words.filter((word) => word === 'Nepiekrītu')).toHaveLength(3);
    // Three box labels plus the three items' own "Piekrītu / nepiekrītu" wording.
    expect(words.filter((word) => word === 'Piekrītu')).toHaveLength(6);
  });

  it('embeds each font once, subset, and passes qpdf --check', () => {
    const rows = pdfFonts(blank);
    expect(rows.map((row) => row.name).sort()).toEqual([
      'PRKAAA+DejaVuSans',
      'PRKABA+DejaVuSans-Bold',
    ]);
    expect(rows.every((row) => row.embedded && row.subset)).toBe(true);
    expect(qpdfCheck(blank)).toContain('No syntax or stream encoding errors');
  });

  it('prints the form ID under a drawn QR code', () => {
    const id = formId(1);
    expect(pdfText(blank)).toContain(id);
    const word = pdfWords(blank)[0]?.words.find((entry) => entry.text === id);
    expect(word).toBeDefined();
    const gray = renderGray(blank, 1, 100);
    // The QR square sits right above the ID: 62 pt wide, right-aligned to the margin.
    const qr = { x: 595.28 - 56 - 62, y: 841.89 - (word?.yMin ?? 0) + 2, width: 62, height: 62 };
    const ink = inkIn(gray, 100, qr);
    const area = (62 * 100) / 72;
    expect(ink / (area * area)).toBeGreaterThan(0.3);
    expect(ink / (area * area)).toBeLessThan(0.75);
  });

  it('prints prefilled names on their lines', async () => {
    const file = writePdf(
      dir,
      'filled.pdf',
      await render([
        { formId: formId(2), childName: 'Jānis Ozoliņš', representativeName: 'Līga Ozoliņa' },
      ]),
    );
    const text = pdfText(file);
    expect(text).toContain('Es, Līga Ozoliņa');
    expect(text).toContain('piekrītu mana dēla / meitas Jānis Ozoliņš');
  });

  it('wraps long names inside the margins instead of clipping them', async () => {
    const child =
      'Anna-Marija Kristīne Elizabete Ģertrūde Jaunzeme-Bērziņa-Ozoliņa-Kalniņa-Ūdre-Ķēniņa';
    const parent = 'Pārsimtdivdesmitburtuvārdsbezatstarpēm'.repeat(4);
    const file = writePdf(
      dir,
      'long.pdf',
      await render([{ formId: formId(3), childName: child, representativeName: parent }]),
    );
    const compact = pdfText(file).replace(/\s/g, '');
    expect(compact).toContain(child.replace(/\s/g, ''));
    expect(compact).toContain(parent);
    for (const page of pdfWords(file)) {
      for (const word of page.words) {
        expect(word.xMin).toBeGreaterThanOrEqual(56 - 0.5);
        expect(word.xMax).toBeLessThanOrEqual(page.width - 56 + 0.5);
        expect(word.yMin).toBeGreaterThanOrEqual(0);
        expect(word.yMax).toBeLessThanOrEqual(page.height - 20);
      }
    }
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  });

  it('mixes layouts in one batch: each page shows its own names and ID', async () => {
    const long =
      'Anna-Marija Kristīne Elizabete Ģertrūde Jaunzeme-Bērziņa-Ozoliņa-Kalniņa-Ūdre-Ķēniņa';
    const entries = [
      { formId: formId(20), childName: 'Jānis Ozoliņš', representativeName: 'Inga Ozoliņa' },
      { formId: formId(21), childName: long, representativeName: 'Pēteris Kalniņš' },
      { formId: formId(22), childName: 'Līga Bērziņa' },
      { formId: formId(23), childName: 'Toms Vītols', representativeName: 'Andris Vītols' },
    ];
    const file = writePdf(dir, 'mixed.pdf', await render(entries));
    entries.forEach((entry, index) => {
      const page = normalize(
        run('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-']),
      );
      expect(page).toContain(`Veidlapas ID ${entry.formId} · lapa 1/1`);
      expect(page.replace(/\s/g, '')).toContain(entry.childName.replace(/\s/g, ''));
      if (entry.representativeName) expect(page).toContain(`Es, ${entry.representativeName}`);
      else expect(page).toMatch(/Es, \(izglītojamā/);
      for (const sentence of SEED_SENTENCES) expect(page).toContain(sentence);
    });
  });

  it('continues on a second page with the form ID when the institution text is very long', async () => {
    const institution = {
      ...TEST_INSTITUTION,
      recipients: 'grupu skolotājas un citi darbinieki. '.repeat(120),
    };
    const bytes = await renderConsentForms({
      template,
      institution,
      entries: [{ formId: formId(4) }],
      fonts,
    });
    const file = writePdf(dir, 'overflow.pdf', bytes);
    expect(run('qpdf', ['--show-npages', file]).trim()).toBe('2');
    expect(normalize(run('pdftotext', ['-f', '2', '-l', '2', file, '-']))).toContain(
      `Veidlapas ID ${formId(4)} · lapa 2/2`,
    );
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const entries = [{ formId: formId(5), childName: 'Elīza Zariņa' }];
    expect(Buffer.from(await render(entries)).equals(Buffer.from(await render(entries)))).toBe(
      true,
    );
  });

  it('rejects malformed or repeated form IDs', async () => {
    await expect(render([{ formId: 'F-1234' }])).rejects.toMatchObject({ code: 'validation' });
    await expect(render([{ formId: formId(6) }, { formId: formId(6) }])).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(render([])).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('renderConsentForms batches', () => {
  const dir = tempDir();
  const batch = (count: number) =>
    render(
      Array.from({ length: count }, (_, index) => ({
        formId: formId(index + 100),
        childName: `Bērns Nr ${index} Ēriks Āboliņš`,
        representativeName: `Vecāks ${index} Ģirts Ķēniņš`,
      })),
    );

  it(
    'puts 300 forms in one PDF with one font program per font, growing by a constant per page',
    { timeout: 120_000 },
    async () => {
      const sizes: number[] = [];
      let file = '';
      for (const count of [100, 200, 300]) {
        const bytes = await batch(count);
        sizes.push(bytes.length);
        file = writePdf(dir, `batch-${count}.pdf`, bytes);
      }
      expect(run('qpdf', ['--show-npages', file]).trim()).toBe('300');
      const rows = pdfFonts(file);
      expect(rows).toHaveLength(2);
      expect(rows.every((row) => row.embedded && row.subset)).toBe(true);
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
      const [s100 = 0, s200 = 0, s300 = 0] = sizes;
      const perPageA = (s200 - s100) / 100;
      const perPageB = (s300 - s200) / 100;
      expect(Math.abs(perPageA - perPageB) / perPageA).toBeLessThan(0.05);
      // A page is the shared body (one XObject), a QR code, names and a footer; a re-embedded
      // font or a re-drawn body would blow this up.
      expect(perPageA).toBeLessThan(2500);
      expect(s100 - 100 * perPageA).toBeLessThan(120_000);
    },
  );
});
