import { describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderConsentForms,
  renderGroupSheet,
  renderRecoverySheet,
  renderWithdrawalForm,
  templatePurposes,
  type ConsentTemplate,
  type WithdrawalTemplate,
} from '@shared/pdf/index';
import {
  TEST_INSTITUTION,
  loadTestFonts,
  pdfFonts,
  pdfText,
  pdfWords,
  qpdfCheck,
  run,
  tempDir,
  writePdf,
} from './pdf-tools';

const fonts = loadTestFonts();
const templates = loadBundledTemplates();
const lv = templates.get('lv-veidlapa-1', 1) as ConsentTemplate;
const withdrawal = templates.get('lv-atsaukums-1', 1) as WithdrawalTemplate;
const dir = tempDir();
const OK = 'No syntax or stream encoding errors';

describe('renderConsentForms (Lithuanian)', () => {
  it('renders the Sutikimas form with its own wording', async () => {
    const template = templates.get('lt-sutikimas-1', 1) as ConsentTemplate;
    const file = writePdf(
      dir,
      'lt.pdf',
      await renderConsentForms({
        template,
        institution: TEST_INSTITUTION,
        entries: [{ formId: 'F-1111-2222', childName: 'Ąžuolas Šimkus' }],
        fonts,
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Teisėto atstovo SUTIKIMAS');
    expect(text).toContain('sutinku, kad mano sūnaus / dukters Ąžuolas Šimkus');
    for (const item of template.items) expect(text).toContain(item.text);
    expect(text).toContain(template.statement);
    expect(qpdfCheck(file)).toContain(OK);
  });
});

describe('renderWithdrawalForm', () => {
  it('names only the withdrawn items, with the original form', async () => {
    const file = writePdf(
      dir,
      'withdrawal.pdf',
      await renderWithdrawalForm({
        template: withdrawal,
        institution: TEST_INSTITUTION,
        entry: {
          formId: 'F-3333-4444',
          childName: 'Elīza Zariņa',
          representativeName: 'Ieva Zariņa',
          purposeIds: ['name-publish'],
          originalFormId: 'F-1111-2222',
        },
        fonts,
        generatedOn: '2025-10-02',
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Piekrišanas atsaukums');
    expect(text).toContain('Es, Ieva Zariņa');
    expect(text).toContain('Elīza Zariņa');
    expect(text).toContain('vārda, uzvārda publicēšana');
    expect(text).not.toContain('izvietošana Pirmsskolas telpās');
    expect(text).toContain('Atsauktā piekrišana dota veidlapā: F-1111-2222');
    expect(text).toContain('02.10.2025');
    expect(qpdfCheck(file)).toContain(OK);
  });

  it('lists every item to tick when blank, and refuses unknown purposes', async () => {
    const entry = { formId: 'F-3333-4445', purposeIds: [] as string[] };
    const file = writePdf(
      dir,
      'withdrawal-blank.pdf',
      await renderWithdrawalForm({
        template: withdrawal,
        institution: TEST_INSTITUTION,
        entry,
        fonts,
      }),
    );
    const text = pdfText(file);
    for (const item of withdrawal.items) expect(text).toContain(item.text);
    expect(text).toContain('(atzīmēt atsaucamos)');
    await expect(
      renderWithdrawalForm({
        template: withdrawal,
        institution: TEST_INSTITUTION,
        entry: { ...entry, purposeIds: ['health'] },
        fonts,
      }),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('renderRecoverySheet', () => {
  it('prints the grouped code in the mono font on one page', async () => {
    const file = writePdf(
      dir,
      'recovery.pdf',
      await renderRecoverySheet({
        institutionName: TEST_INSTITUTION.name,
        recoveryCode: 'K7QD-2MXF-9TZB-4HWA-PR3N-6YVC-8JEG-5SXM',
        createdOn: '2025-09-01',
        fonts,
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Atkopšanas atslēga');
    expect(text).toContain('K7QD 2MXF 9TZB 4HWA');
    expect(text).toContain('PR3N 6YVC 8JEG 5SXM');
    expect(text).toContain('01.09.2025');
    expect(text).toMatch(/seif/);
    expect(run('qpdf', ['--show-npages', file]).trim()).toBe('1');
    expect(pdfFonts(file).map((row) => row.name)).toContain('PRKACA+DejaVuSansMono');
    expect(pdfFonts(file).every((row) => row.embedded && row.subset)).toBe(true);
    expect(qpdfCheck(file)).toContain(OK);
  });
});

describe('renderGroupSheet', () => {
  it('lists who must not, and every state in words and symbols, over pages', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => ({
      name: `Bērns ${String(index + 1).padStart(2, '0')} Ozoliņš`,
      states: {
        'photo-premises': 'granted',
        'photo-publish': index === 3 ? 'refused' : 'granted',
        'name-publish': index === 5 ? 'withdrawn' : index === 7 ? 'none' : 'granted',
      } as const,
    }));
    const file = writePdf(
      dir,
      'group.pdf',
      await renderGroupSheet({
        institution: TEST_INSTITUTION,
        groupName: 'Zvaniņi',
        onDate: '2025-09-01',
        purposes: templatePurposes(lv),
        rows,
        fonts,
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Grupa: Zvaniņi');
    expect(text).toContain('stāvoklis uz 01.09.2025');
    expect(text).toContain('✗ Foto un video telpās: — (visi drīkst)');
    expect(text).toContain('✗ Foto un video publicēšana: Bērns 04 Ozoliņš');
    expect(text).toContain('✗ Vārda, uzvārda publicēšana: Bērns 06 Ozoliņš, Bērns 08 Ozoliņš');
    for (const state of ['✓ drīkst', '✗ NEDRĪKST', '⊘ ATSAUKTA', '? NAV ATBILDES'])
      expect(text).toContain(state);
    const pages = pdfWords(file);
    expect(pages.length).toBeGreaterThan(1);
    // The table header repeats on each page, and every child is listed once.
    for (const page of pages) expect(page.words.some((word) => word.text === 'Nr.')).toBe(true);
    expect(text.match(/Bērns \d\d Ozoliņš/g)?.length).toBe(40 + 3);
    expect(qpdfCheck(file)).toContain(OK);
  });
});
