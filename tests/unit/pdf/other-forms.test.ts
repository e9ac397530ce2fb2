import { afterAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderConsentForms,
  renderGroupSheet,
  renderRecoverySheet,
  renderWithdrawalForm,
  templatePurposes,
  type ConsentTemplate,
  type GroupSheetRow,
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
  removeTempDirs,
} from './pdf-tools';

afterAll(removeTempDirs);

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
        language: 'lv',
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
        language: 'lv',
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

  it('prints the birth date beside the rows that carry one (namesakes, issue 14 defect 11)', async () => {
    const states = {
      'photo-premises': 'granted',
      'photo-publish': 'refused',
      'name-publish': 'granted',
    } as const;
    const file = writePdf(
      dir,
      'group-namesakes.pdf',
      await renderGroupSheet({
        institution: TEST_INSTITUTION,
        groupName: 'Zvaniņi',
        onDate: '2025-09-01',
        purposes: templatePurposes(lv),
        rows: [
          { name: 'Anna Bērziņa', birthDate: '2021-05-03', states },
          { name: 'Anna Bērziņa', birthDate: '2020-11-14', states },
          { name: 'Elza Ķēniņa', states },
        ],
        fonts,
        language: 'lv',
      }),
    );
    const text = pdfText(file);
    expect(text).toContain(
      '✗ Foto un video publicēšana: Anna Bērziņa (dz. 03.05.2021), Anna Bērziņa (dz. 14.11.2020), Elza Ķēniņa',
    );
    // Twice in the "must not" line, twice in the table.
    expect(text.match(/Anna Bērziņa \(dz\. \d\d\.\d\d\.\d{4}\)/g)?.length).toBe(4);
    expect(text).not.toContain('Ķēniņa (dz.');
  });
});

// A Lithuanian institution gets its staff-room list and recovery sheet in Lithuanian (review
// #21): no Latvian word of either sheet may remain, and dates follow the Lithuanian YYYY-MM-DD.
const LATVIAN_SHEET_WORDS = [
  'NEDRĪKST',
  'drīkst',
  'ATSAUKTA',
  'NAV ATBILDES',
  'Vārds, uzvārds',
  'Grupa:',
  'Konfidenciāli',
  'lapa ',
  'Atkopšanas',
  'seifā',
  'Izveidota',
  'atšifrējums',
  '01.09.2025',
];

describe('sheets in the institution language', () => {
  const sheetRows: GroupSheetRow[] = [
    { name: 'Ąžuolas Šimkus', states: { 'photo-premises': 'granted' } },
    { name: 'Ūla Žemaitytė', states: { 'photo-premises': 'refused' } },
    { name: 'Gabija Čiurlionytė', states: { 'photo-premises': 'withdrawn' } },
    { name: 'Jonas Petraitis', states: {} },
  ];
  const lt = templates.get('lt-sutikimas-1', 1) as ConsentTemplate;

  it('prints the Lithuanian group sheet without a Latvian word', async () => {
    const file = writePdf(
      dir,
      'group-lt.pdf',
      await renderGroupSheet({
        institution: { name: 'Lopšelis-darželis „Saulutė“' },
        groupName: 'Boružėlės',
        onDate: '2025-09-01',
        purposes: templatePurposes(lt),
        rows: sheetRows,
        fonts,
        language: 'lt',
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Grupė: Boružėlės');
    expect(text).toContain('2025-09-01 duomenimis');
    expect(text).toContain('Šiems vaikams NEGALIMA:');
    expect(text).toContain('Vardas, pavardė');
    for (const state of ['✓ galima', '✗ NEGALIMA', '⊘ ATŠAUKTAS', '? NĖRA ATSAKYMO'])
      expect(text).toContain(state);
    expect(LATVIAN_SHEET_WORDS.filter((word) => text.includes(word))).toEqual([]);
    expect(qpdfCheck(file)).toContain(OK);
  });

  it('prints the Lithuanian recovery sheet without a Latvian word, on one page', async () => {
    const file = writePdf(
      dir,
      'recovery-lt.pdf',
      await renderRecoverySheet({
        institutionName: 'Lopšelis-darželis „Saulutė“',
        recoveryCode: 'K7QD-2MXF-9TZB-4HWA-PR3N-6YVC-8JEG-5SXM',
        createdOn: '2025-09-01',
        fonts,
        language: 'lt',
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('Atkūrimo raktas');
    expect(text).toContain('Sukurtas 2025-09-01');
    expect(text).toContain('„Atverti atkūrimo raktu“');
    expect(LATVIAN_SHEET_WORDS.filter((word) => text.includes(word))).toEqual([]);
    expect(run('qpdf', ['--show-npages', file]).trim()).toBe('1');
  });

  it('prints both sheets in English too', async () => {
    const group = pdfText(
      writePdf(
        dir,
        'group-en.pdf',
        await renderGroupSheet({
          institution: { name: 'Example kindergarten' },
          groupName: 'Owls',
          onDate: '2025-09-01',
          purposes: templatePurposes(lv),
          rows: sheetRows,
          fonts,
          language: 'en',
        }),
      ),
    );
    expect(group).toContain('Group: Owls');
    expect(group).toContain('as of 01/09/2025');
    expect(group).toContain('✗ NOT ALLOWED');
    const recovery = pdfText(
      writePdf(
        dir,
        'recovery-en.pdf',
        await renderRecoverySheet({
          institutionName: 'Example kindergarten',
          recoveryCode: 'K7QD-2MXF-9TZB-4HWA',
          createdOn: '2025-09-01',
          fonts,
          language: 'en',
        }),
      ),
    );
    expect(recovery).toContain('Recovery key');
    expect(recovery).toContain('Created 01/09/2025');
    expect(recovery).not.toMatch(/Atkopšanas|seifā/);
  });
});
