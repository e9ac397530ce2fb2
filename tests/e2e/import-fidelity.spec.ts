// Import fidelity in real Chromium: the example files of issue 12. error-cells.xlsx shows its
// Excel errors in the preview and stores nothing; month-first-dates.csv is read month-first as a
// column (1 February, not 2 January); an ambiguous file asks, with rows read both ways; a PDF
// renamed .csv is named for what it is. Ends with the at-rest probe.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { GroupsPageModel } from './pages/records-groups';
import { ImportWizardModel } from './pages/records-import';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expectNothingReadable } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe('import fidelity', () => {
  test.use({ actionTimeout: 20_000 });

  test('error cells and month-first dates show in the preview and nothing wrong is stored', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'import-fidelity-'));
    try {
      await setupVault(page);
      const groups = new GroupsPageModel(page);
      await groups.open();
      await groups.add('Zīlītes', '2020');
      const list = new SubjectsListModel(page);
      const wizard = new ImportWizardModel(page);

      // A PDF with a .csv name is named for what it is.
      const fake = join(tmp, 'saraksts.csv');
      await writeFile(fake, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
      await list.open();
      await wizard.open();
      await wizard.chooseRefusedFile(fake);
      await expect(wizard.alert).toContainText('Šis ir PDF dokuments, nevis tabula');
      // An empty file, a program and a picture named as spreadsheets say exactly what they are.
      const notTables = [
        ['tukss.csv', Buffer.alloc(0), 'Fails ir tukšs'],
        [
          'programma.csv',
          Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
          'satur binārus datus',
        ],
        [
          'bilde.xlsx',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          'Šis ir attēls, nevis tabula',
        ],
      ] as const;
      for (const [name, bytes, message] of notTables) {
        await writeFile(join(tmp, name), bytes);
        await wizard.chooseRefusedFile(join(tmp, name));
        await expect(wizard.alert).toContainText(message);
      }

      // error-cells.xlsx: #N/A in the code and the group. Row 2 (the spreadsheet's number),
      // named by the child's name, refused; nothing can be imported.
      await wizard.chooseFile(fixture('error-cells.xlsx'));
      await wizard.checkRows();
      const row2 = wizard.previewRow(2);
      await expect(row2).toContainText('Kļūda');
      await expect(row2).toContainText('Anna Bērziņa');
      await expect(row2).toContainText('Personas kods: šūnā ir Excel kļūda #N/A, nevis vērtība');
      await expect(row2).toContainText('Grupa: šūnā ir Excel kļūda #N/A, nevis vērtība');
      await expect(page.getByRole('button', { name: /^Importēt 0 derīg/ })).toBeDisabled();
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'import-error-cells.png'), fullPage: true });
      await wizard.importNothing();
      await expect(list.table).toHaveCount(0);

      // month-first-dates.csv: the column is month-first; no question, every row adjusted.
      await wizard.open();
      await wizard.chooseFile(fixture('month-first-dates.csv'));
      await expect(wizard.dateQuestion).toHaveCount(0);
      await wizard.checkRows();
      await expect(page.getByText('2 rindās vērtības pielāgotas')).toBeVisible();
      await expect(wizard.previewRow(3)).toContainText('Derīga');
      await expect(wizard.previewRow(3)).toContainText('datums nolasīts kā mēnesis/diena/gads');
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'import-month-first.png'), fullPage: true });
      await wizard.importValid(2);
      await expect(page.getByText('2 importētajās rindās vērtības tika pielāgotas.')).toBeVisible();
      await page.getByRole('button', { name: 'Uz sarakstu' }).click();
      await expect(list.table).toHaveAttribute('aria-rowcount', '3');
      await list.row('Kalniņš, Jānis').click();
      await expect(page.getByText('01.02.2021')).toBeVisible();
      await expect(page.getByText('01.09.2023')).toBeVisible();
      await list.open();
      await list.row('Bērziņa, Anna').click();
      await expect(page.getByText('15.03.2020')).toBeVisible();
      // The refused first import left no code and no group behind.
      await expect(page.getByText('Bez grupas')).toBeVisible();

      // No proof in the file: the mapping step asks, with rows read both ways.
      const ambiguous = join(tmp, 'datumi.csv');
      await writeFile(
        ambiguous,
        'Vārds,Uzvārds,Dzimšanas datums\r\nMarta,Liepiņa,2/1/2021\r\nToms,Ozoliņš,4/5/2021\r\nEva,Zariņa,3/14/20\r\n',
      );
      await list.open();
      await wizard.open();
      await wizard.chooseFile(ambiguous);
      await expect(wizard.dateQuestion).toBeVisible();
      await expect(page.getByText('2. rinda, Dzimšanas datums: „2/1/2021”')).toBeVisible();
      await expect(wizard.checkRowsButton).toBeDisabled();
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'import-date-question.png'), fullPage: true });
      await wizard.chooseDateOrder(/^mēnesis, diena, gads/);
      await wizard.checkRows();
      await expect(wizard.previewRow(4)).toContainText('Kļūda');
      await expect(wizard.previewRow(4)).toContainText('Eva Zariņa');
      await wizard.importValid(2);
      await expect(wizard.refusedRow(4)).toContainText('Eva Zariņa');
      await expect(wizard.refusedRow(4)).toContainText('nav derīgs datums');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-summary.png'), fullPage: true });
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Lejupielādēt labošanai (CSV)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^importa-kludas-\d{4}-\d{2}-\d{2}\.csv$/u);
      // The file holds the refused row as the user's file had it, and what to correct.
      const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/u, '');
      const [header = '', ...rows] = csv.trim().split('\r\n');
      expect(header).toBe('Vārds;Uzvārds;Dzimšanas datums;Importa kļūdas');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^Eva;Zariņa;3\/14\/20;.*nav derīgs datums/u);
      const xlsx = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Lejupielādēt labošanai (XLSX)' }).click();
      const sheet = await readSheet(await (await xlsx).path());
      expect(sheet[0]).toEqual(['Vārds', 'Uzvārds', 'Dzimšanas datums', 'Importa kļūdas']);
      expect(sheet.slice(1).map((r) => r.slice(0, 3))).toEqual([['Eva', 'Zariņa', '3/14/20']]);
      await page.getByRole('button', { name: 'Uz sarakstu' }).click();
      await list.row('Liepiņa, Marta').click();
      await expect(page.getByText('01.02.2021')).toBeVisible();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }

    await expectNothingReadable(app, [
      'Bērziņa',
      'Kalniņš',
      'Liepiņa',
      'Ozoliņš',
      'Zariņa',
      'Anna Bērziņa',
      'Jānis Kalniņš',
    ]);
  });
});
