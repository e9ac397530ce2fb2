// The records journey: groups, a child with two parents, search without diacritics, editing,
// an XLSX import with bad rows, a teacher who sees only her group and no personal codes, and
// the at-rest probe over everything typed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { makeValidLvCode } from '../../shared/personal-code/generate';
import { GroupsPageModel } from './pages/records-groups';
import { ImportWizardModel } from './pages/records-import';
import { SubjectFormModel, SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expectNothingReadable } from './support/at-rest';
import { expect, test } from './support/fixtures';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
} from './support/journey';

const CHILD_CODE = makeValidLvCode('2021-03-15', 123);
const CHILD_CODE_TYPED = `${CHILD_CODE.slice(0, 6)}-${CHILD_CODE.slice(6)}`;
const IMPORT_CODE_1 = makeValidLvCode('2021-06-02', 456);
const IMPORT_CODE_2 = makeValidLvCode('2020-11-20', 789);

const writeImportFile = async (dir: string): Promise<string> => {
  const path = join(dir, 'saraksts.xlsx');
  const header = [
    'Vārds',
    'Uzvārds',
    'Personas kods',
    'Grupa',
    'Mātes vārds, uzvārds',
    'Mātes tālrunis',
  ];
  const rows = [
    ['Pēteris', 'Kalniņš', IMPORT_CODE_1, 'Saulītes', 'Anna Kalniņa', '+371 27111222'],
    ['Marta', 'Bērziņa', IMPORT_CODE_2, 'Mākonīši', '', ''],
    ['Kārlis', 'Ozoliņš', '150321-12345', 'Saulītes', '', ''],
    ['Elza', 'Liepiņa', '', 'Nezināmā grupa', '', ''],
    ['', 'Bezvārdiņa', '', 'Saulītes', '', ''],
  ];
  const cell = (value: string) => (value === '' ? null : { value, type: String });
  await writeXlsxFile([header.map(cell), ...rows.map((r) => r.map(cell))]).toFile(path);
  return path;
};

test.describe('records', () => {
  test.use({ actionTimeout: 20_000 });

  test("groups, a child with parents, search, edit, import, a teacher's view, nothing readable at rest", async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'records-import-'));
    try {
      await setupVault(page);
      const groups = new GroupsPageModel(page);
      await groups.open();
      await groups.add('Saulītes', '2021');
      await groups.add('Mākonīši', '2020');

      const list = new SubjectsListModel(page);
      await list.open();
      const form = await list.addChild();
      expect(await seriousViolations(page)).toEqual([]);

      // Bad input: the message lands on the field and nothing typed is lost.
      const longName = 'A'.repeat(101);
      await form.fill({
        'Vārds (vārdi)': longName,
        Uzvārds: '  Ūzuliņa  ',
        'Personas kods': '150321-12340',
      });
      await form.fill({ Uzņemts: '01.09.2020' });
      await form.save();
      await expect(form.field('Vārds (vārdi)')).toHaveAttribute('aria-invalid', 'true');
      await expect(form.field('Personas kods')).toHaveAttribute('aria-invalid', 'true');
      await expect(form.field('Vārds (vārdi)')).toHaveValue(longName);
      await expect(form.field('Uzvārds')).toHaveValue('  Ūzuliņa  ');
      await expect(
        page.getByRole('alert').filter({ hasText: 'nekas no ievadītā nav zudis' }),
      ).toBeVisible();

      // Once the fields are valid on their own, the cross-field rule speaks: enrolled before birth
      // (the birth date comes from the code). Leaving is recorded on the child's page instead.
      await form.fill({ 'Vārds (vārdi)': 'Ūna', 'Personas kods': CHILD_CODE_TYPED });
      await form.save();
      await expect(form.field('Uzņemts')).toHaveAttribute('aria-invalid', 'true');
      await expect(form.field('Vārds (vārdi)')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(form.field('Atskaitīts')).toHaveCount(0);
      await form.fill({ Uzņemts: '01.09.2023' });
      // An old-format code carries the birth date.
      await expect(form.field('Dzimšanas datums')).toHaveValue('15.03.2021');
      await form.selectGroup('Saulītes');
      await form.addRepresentative(1, {
        relation: 'Māte',
        givenNames: 'Līga',
        familyName: 'Ūzuliņa',
        phone: '+371 29123456',
        email: 'liga.uzulina@example.lv',
      });
      await form.addRepresentative(2, {
        relation: 'Tēvs',
        givenNames: 'Jānis',
        familyName: 'Ūzuliņš',
        phone: '+371 26543210',
        email: 'janis.uzulins@example.lv',
      });
      expect(await seriousViolations(page)).toEqual([]);
      await form.save();
      await expect(page.getByRole('heading', { name: 'Ūna Ūzuliņa', level: 1 })).toBeVisible();
      await expect(page.getByText(CHILD_CODE_TYPED)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Līga Ūzuliņa — Māte' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Jānis Ūzuliņš — Tēvs' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Piekrišanas' })).toBeVisible();

      // Found by typing without diacritics; Enter opens the row.
      await list.open();
      await page.keyboard.press('Control+f');
      await expect(list.searchBox).toBeFocused();
      await page.keyboard.type('uzulina');
      await expect(list.row('Ūzuliņa, Ūna')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await list.row('Ūzuliņa, Ūna').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Ūna Ūzuliņa', level: 1 })).toBeVisible();

      // Edit.
      await page.getByRole('button', { name: 'Labot' }).click();
      await expect(form.field('Vārds (vārdi)')).toHaveValue('Ūna');
      await form.field('Vārds (vārdi)').fill('Ūna Marta');
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(
        page.getByRole('heading', { name: 'Ūna Marta Ūzuliņa', level: 1 }),
      ).toBeVisible();

      // Import an XLSX with bad rows.
      await list.open();
      const wizard = new ImportWizardModel(page);
      await wizard.open();
      await wizard.chooseFile(await writeImportFile(tmp));
      await wizard.checkRows();
      // Spreadsheet row numbers: the header is row 1.
      await expect(wizard.previewRow(4)).toContainText('nederīgs personas kods');
      await expect(wizard.previewRow(4)).toContainText('Kārlis Ozoliņš');
      await expect(wizard.previewRow(5)).toContainText('tādas grupas reģistrā nav');
      await expect(wizard.previewRow(6)).toContainText('nav norādīts');
      await expect(wizard.previewRow(2)).toContainText('Derīga');
      await wizard.importValid(2);
      await expect(page.getByText('Importēti 2 ieraksti.')).toBeVisible();
      await page.getByRole('button', { name: 'Uz sarakstu' }).click();
      await expect(list.row('Kalniņš, Pēteris')).toBeVisible();
      await expect(list.row('Bērziņa, Marta')).toBeVisible();
      await expect(list.row('Ozoliņš')).toHaveCount(0);

      // A duplicate personal code is caught by the service's blind index and shown on the field.
      const dup = await list.addChild();
      await dup.fill({
        'Vārds (vārdi)': 'Pēteris',
        Uzvārds: 'Otrais',
        'Personas kods': IMPORT_CODE_1,
      });
      await dup.save();
      await expect(dup.field('Personas kods')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText('Reģistrā jau ir ieraksts ar šo personas kodu.')).toBeVisible();
      await expect(dup.field('Uzvārds')).toHaveValue('Otrais');
      await page.getByRole('button', { name: 'Atcelt' }).click();

      // A teacher for Saulītes only.
      await createStaffMember(page, {
        displayName: 'Skolotāja Rasa',
        username: 'rasa',
        roleLabel: 'Skolotāja',
        password: 'Sākuma parole 2026',
      });
      await groups.open();
      await groups.setTeachers('Saulītes', ['Skolotāja Rasa']);
      await expect(page.getByRole('row').filter({ hasText: 'Saulītes' })).toContainText(
        'Skolotāja Rasa',
      );
      await lockApp(page);
      await signIn(page, 'rasa', 'Sākuma parole 2026');
      await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
      await list.open();
      await expect(list.row('Ūzuliņa, Ūna Marta')).toBeVisible();
      await expect(list.row('Kalniņš, Pēteris')).toBeVisible();
      await expect(list.row('Bērziņa, Marta')).toHaveCount(0);
      await expect(page.getByLabel('Meklēt pēc vārda vai uzvārda')).toBeVisible();
      await list.search(CHILD_CODE.slice(0, 6));
      await expect(list.table).toHaveCount(0);
      await list.search('');
      await list.row('Ūzuliņa, Ūna Marta').click();
      await expect(
        page.getByRole('heading', { name: 'Ūna Marta Ūzuliņa', level: 1 }),
      ).toBeVisible();
      await expect(page.getByText('Personas kods')).toHaveCount(0);
      await expect(page.getByText(CHILD_CODE_TYPED)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Labot' })).toHaveCount(0);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }

    const needles = [
      'Ūzuliņa',
      'Ūzuliņš',
      'Ūna Marta',
      'Līga',
      'Jānis',
      '29123456',
      '26543210',
      'liga.uzulina@example.lv',
      'janis.uzulins@example.lv',
      CHILD_CODE,
      CHILD_CODE_TYPED,
      'Kalniņš',
      'Bērziņa',
      'Anna Kalniņa',
      'Otrais',
      '27111222',
      IMPORT_CODE_1,
      IMPORT_CODE_2,
    ];
    await expectNothingReadable(app, needles);
  });

  test('a long list stays virtualised, Ctrl+N adds, a restricted record is flagged, the list exports to CSV', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'records-bulk-'));
    try {
      await setupVault(page);
      const groups = new GroupsPageModel(page);
      await groups.open();
      await groups.add('Saulītes', '2021');
      const path = join(tmp, 'daudz.xlsx');
      const given = ['Anna', 'Elza', 'Emīls', 'Kārlis', 'Marta', 'Roberts', 'Sofija', 'Toms'];
      const family = [
        'Bērziņš',
        'Kalniņš',
        'Ozoliņš',
        'Liepiņš',
        'Krūmiņš',
        'Zariņš',
        'Jansons',
        'Vītols',
        'Kļaviņš',
        'Ābele',
      ];
      const rows = Array.from({ length: 80 }, (_, i) => [
        given[i % 8] ?? 'Anna',
        family[Math.floor(i / 8)] ?? 'Ābele',
        'Saulītes',
      ]);
      const text = (value: string) => ({ value, type: String });
      await writeXlsxFile([
        ['Vārds', 'Uzvārds', 'Grupa'].map(text),
        ...rows.map((r) => r.map(text)),
      ]).toFile(path);
      const list = new SubjectsListModel(page);
      await list.open();
      const wizard = new ImportWizardModel(page);
      await wizard.open();
      await wizard.chooseFile(path);
      await wizard.checkRows();
      expect(await seriousViolations(page)).toEqual([]);
      await wizard.importValid(80);
      await page.getByRole('button', { name: 'Uz sarakstu' }).click();
      await expect(list.table).toHaveAttribute('aria-rowcount', '81');
      // Only the rows in view are in the DOM.
      const rendered = await list.table.getByRole('row').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(60);
      // Latvian order: Ābele before Bērziņš, Kļaviņš after Kalniņš.
      await expect(list.table.getByRole('row').nth(1)).toContainText('Ābele');
      await list.table.getByRole('row').nth(1).focus();
      await page.keyboard.press('End');
      await expect(list.row('Zariņš, Toms')).toBeFocused();

      // Ctrl+N: a new child, restricted (GDPR art. 18) by the head.
      await page.keyboard.press('Control+n');
      await expect(page.getByRole('heading', { name: 'Pievienot bērnu' })).toBeVisible();
      const form = new SubjectFormModel(page);
      await form.fill({ 'Vārds (vārdi)': 'Ilze', Uzvārds: 'Ierobežotā' });
      await page.getByRole('checkbox', { name: 'Apstrāde ierobežota' }).check();
      await form.save();
      await expect(form.field('Ierobežošanas iemesls')).toHaveAttribute('aria-invalid', 'true');
      await form.fill({
        'Ierobežošanas iemesls': 'Pieprasījums par apstrādes ierobežošanu',
        'Ierobežots kopš': '01.10.2026',
      });
      await form.save();
      // The saved record's page (the form's own checkbox has the same words, so wait for the
      // heading: a click on 'Bērni' while the save is still running is overtaken by it).
      await expect(page.getByRole('heading', { name: 'Ilze Ierobežotā', level: 1 })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Apstrāde ierobežota' })).toBeVisible();
      await list.open();
      await list.search('ierobezota');
      await expect(list.row('Ierobežotā, Ilze')).toContainText('Ierobežots');
      await expect(page.getByText(/redzami arī ierobežotas apstrādes ieraksti/)).toBeVisible();

      // Export of the visible list: a file name without personal data, the columns the head may see.
      await list.search('');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksportēt CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^saraksts-\d{4}-\d{2}-\d{2}\.csv$/u);
      const csv = await readFile(await file.path(), 'utf8');
      expect(csv.split('\r\n')[0]).toContain('Uzvārds;Vārds;Personas kods');
      expect(csv).toContain('Ābele;Anna');
      expect(csv.trim().split('\r\n')).toHaveLength(82);
      // Coded values in the UI language in the CSV; machine codes only in the JSON export.
      expect(csv).toContain(';Aktīvs;');
      expect(csv).not.toContain(';active;');
      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Eksportēt JSON' }).click();
      const jsonFile = await jsonDownload;
      expect(jsonFile.suggestedFilename()).toMatch(/^saraksts-\d{4}-\d{2}-\d{2}\.json$/u);
      const exported = JSON.parse(await readFile(await jsonFile.path(), 'utf8')) as {
        subjects: { status: string; familyName: string }[];
      };
      expect(exported.subjects).toHaveLength(81);
      expect(new Set(exported.subjects.map((x) => x.status))).toEqual(new Set(['active']));

      // All 80 imported names and the restricted child are unreadable on disk.
      await expectNothingReadable(app, [
        ...family,
        ...rows.map(([g, f]) => `${f ?? ''}, ${g ?? ''}`),
        ...rows.map(([g, f]) => `${g ?? ''} ${f ?? ''}`),
        'Ierobežotā',
        'Pieprasījums par apstrādes ierobežošanu',
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
