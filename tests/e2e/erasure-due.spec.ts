// Issue 9 "Done when" (b) in real Chromium: a child who left appears in "Dzēšamie" under
// "Termiņš beidzies" once the retention period ends (Playwright's clock jumps a year and then
// crosses midnight with the page open), the secretary proposes the erasure pre-filled from the
// due categories, the head approves, the deletion certificate PDF is saved, read with pdftotext
// and rendered to PNG, and the child is gone from every list: children (every filter), search,
// consents, the group sheet, the forms batch and the request register's person picker.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, addMonths } from '../../shared/text/dates';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { RequestsListModel } from './pages/requests-pages';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
  signInToApp,
} from './support/journey';
import { pdfTextOf, pdfToPng } from './support/pdf';
import { rigaDay, rigaInstant } from './support/riga-time';

/** A folder for screenshots of the screens this journey shows (looked at by a person), if set. */
const SHOTS = process.env.E2E_SCREENSHOTS;

const shot = async (page: Page, name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

const openErasures = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Dzēšamie' }).click();
  await expect(page.getByRole('heading', { name: 'Dzēšamie', level: 1 })).toBeVisible();
};

const SECRETARY = {
  displayName: 'Lietvede Dace',
  username: 'dace',
  roleLabel: 'Lietvede (personas datu operators)',
  password: 'Sākuma parole 2026',
} as const;
const SECRETARY_PASSWORD = 'Rīta kafija ar pienu 8';

test('a leaver is due after the retention period; proposed, approved, certified and gone from every list', async ({
  app,
}) => {
  test.setTimeout(420_000);
  const { page } = app;
  const started = new Date();
  await page.clock.install({ time: started });
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Saulītes', '2021');
  const list = new SubjectsListModel(page);
  await list.addChildrenTo('Saulītes', [['Roberts', 'Palicējs']]);
  // Elza has a health note and a mother with a phone: only stored data falls due (nothing to
  // erase otherwise); she has no personal code, so that category never does.
  const form = await list.addChild();
  await form.fill({
    'Vārds (vārdi)': 'Elza',
    Uzvārds: 'Aizgājēja',
    'Veselības piezīmes': 'Alerģija pret zemesriekstiem',
  });
  await form.selectGroup('Saulītes');
  await form.addRepresentative(1, {
    relation: 'Māte',
    givenNames: 'Inese',
    familyName: 'Aizgājēja',
    phone: '+371 20000001',
  });
  await form.save();
  await expect(page.getByRole('heading', { name: 'Elza Aizgājēja', level: 1 })).toBeVisible();
  await createStaffMember(page, SECRETARY);

  // Elza leaves today; nothing is due yet.
  const leftOn = rigaDay(started);
  await list.open();
  await list.row('Aizgājēja, Elza').click();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  const leaving = page.getByRole('dialog', { name: 'Atskaitīt bērnu' });
  await leaving.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(leaving).toHaveCount(0);
  await openErasures(page);
  const due = page.getByRole('table', { name: 'Termiņš beidzies' });
  await expect(page.getByText('Nevienai personai glabāšanas termiņš nav beidzies.')).toBeVisible();
  await shot(page, 'erasures-empty');

  // A year later, the evening before the record's own period ends (kindergarten default: one
  // year after leaving): the health notes and contacts are due, the record not yet. The jump is
  // like a night away: the app locked itself.
  const recordDue = addMonths(leftOn, 12);
  const evening = rigaInstant(addDays(recordDue, -1), '23:58');
  await page.clock.pauseAt(evening);
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
  await signIn(page, SECRETARY.username, SECRETARY.password);
  await changeInitialPassword(page, SECRETARY.password, SECRETARY_PASSWORD);
  await openErasures(page);
  const elza = due.getByRole('row').filter({ hasText: 'Elza Aizgājēja' });
  await expect(elza).toBeVisible({ timeout: 30_000 });
  await expect(elza).toContainText('Saulītes');
  await expect(elza).toContainText('Veselības piezīmes');
  await expect(elza).toContainText('Pārstāvju kontakti');
  await expect(elza).not.toContainText('Ieraksts (vārdi, datumi, piezīmes)');
  await expect(elza).not.toContainText('Personas kods');
  await expect(due.getByRole('row').filter({ hasText: 'Palicējs' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'erasures-due-evening');

  // Proposing the whole record tonight would take the record itself a day early: the form says
  // so, with the day its period ends (issue 9). A partial erasure (the prefill) takes nothing early.
  const [y, m, d] = recordDue.split('-');
  await elza.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
  await expect(page.getByRole('radio', { name: 'tikai daļa datu' })).toBeChecked();
  const early = page.getByText('Vēl nav beidzies glabāšanas termiņš');
  await expect(early).toHaveCount(0);
  await page.getByRole('radio', { name: 'viss ieraksts ar visiem datiem' }).check();
  await expect(early).toHaveText(
    'Dzēšot visu ierakstu, tiks dzēsti arī dati, kuri vēl būtu jāglabā. ' +
      `Vēl nav beidzies glabāšanas termiņš: ieraksta pamatdati (līdz ${d}.${m}.${y}).`,
  );
  await shot(page, 'erasures-propose-whole-early');
  await page.getByRole('button', { name: 'Atcelt' }).click();
  await expect(elza).toBeVisible();

  // Midnight passes with the page open: the list follows the date by itself.
  await page.clock.runFor('03:00');
  await expect(elza).toContainText('Ieraksts (vārdi, datumi, piezīmes)', { timeout: 30_000 });
  await expect(elza).toContainText(`Ieraksts (vārdi, datumi, piezīmes) — kopš ${d}.${m}.${y}`);

  // The secretary proposes: the form opens pre-filled from the due categories (whole record).
  await elza.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
  await expect(page.getByRole('heading', { name: 'Ierosināt dzēšanu', level: 1 })).toBeVisible();
  await expect(page.getByText('Persona: Elza Aizgājēja')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'viss ieraksts ar visiem datiem' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Iemesls/ })).toHaveValue(
    new RegExp(`^Beidzies glabāšanas termiņš \\(kopš \\d\\d\\.\\d\\d\\.\\d{4}\\): Ieraksts`),
  );
  await expect(page.getByRole('textbox', { name: /Tiesiskais pamats/ })).toHaveValue(
    /VDAR 5\. panta 1\. punkta e\) apakšpunkts/,
  );
  await shot(page, 'erasures-propose-prefilled');
  await page.getByRole('button', { name: 'Iesniegt priekšlikumu' }).click();
  await expect(page.getByRole('heading', { name: 'Dzēšamie', level: 1 })).toBeVisible();
  await expect(elza).toContainText('Priekšlikums jau iesniegts');
  const waiting = page.getByRole('table', { name: 'Gaida apstiprinājumu' });
  await expect(waiting.getByRole('row').filter({ hasText: 'Elza Aizgājēja' })).toContainText(
    'Gaida vadītājas lēmumu',
  );
  await shot(page, 'erasures-proposed');

  // The head approves; the certificate (with the name, as she ticks) is saved as a PDF.
  await lockApp(page);
  await signInToApp(page, owner.username, owner.password);
  await openErasures(page);
  await waiting
    .getByRole('row')
    .filter({ hasText: 'Elza Aizgājēja' })
    .getByRole('button', { name: 'Apstiprināt…' })
    .click();
  const approve = page.getByRole('alertdialog', { name: 'Apstiprināt dzēšanu' });
  // Everything Elza has is due now: nothing is taken early, and the dialog says nothing of it.
  await expect(approve.getByText('Dzēšot visu ierakstu')).toHaveCount(0);
  await approve.getByRole('checkbox', { name: 'Norādīt personas vārdu dzēšanas aktā' }).check();
  await shot(page, 'erasures-approve-dialog');
  const download = page.waitForEvent('download');
  await approve.getByRole('button', { name: 'Dzēst neatgriezeniski' }).click();
  const certificate = await readFile(await (await download).path());
  await expect(approve).toHaveCount(0);
  const text = await pdfTextOf(certificate);
  expect(text).toContain('Dzēšanas akts');
  expect(text).toContain('Elza Aizgājēja');
  expect(text).toContain('Beidzies glabāšanas termiņš');
  expect(text).toContain('Ilze Testa');
  expect(text).toContain('Lietvede Dace');
  const pngDir = SHOTS ?? (await mkdtemp(join(tmpdir(), 'erasure-due-')));
  expect(await pdfToPng(certificate, pngDir, 'erasure-certificate')).toBeGreaterThan(0);
  if (!SHOTS) await rm(pngDir, { recursive: true, force: true });

  // Gone: the due list, the decided list says so without her name.
  await expect(page.getByText('Nevienai personai glabāšanas termiņš nav beidzies.')).toBeVisible();
  const decided = page.getByRole('table', { name: 'Pieņemtie lēmumi' });
  await expect(decided.getByRole('row').filter({ hasText: 'Dzēsts' })).toHaveCount(1);
  await expect(page.getByText('Elza')).toHaveCount(0);
  await shot(page, 'erasures-done');

  // Children: every filter and the search.
  await list.open();
  for (const filter of ['Aktīvie', 'Arhīvs (atskaitītie)', 'Visi']) {
    await page.getByRole('combobox', { name: 'Statuss' }).selectOption({ label: filter });
    await expect(list.table.getByRole('row').filter({ hasText: 'Aizgājēja' })).toHaveCount(0);
  }
  await expect(list.row('Palicējs, Roberts')).toBeVisible();
  await list.search('Aizgāj');
  await expect(list.table.getByRole('row').filter({ hasText: 'Aizgājēja' })).toHaveCount(0);
  await list.search('');

  // Consents and the group sheet.
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  await expect(overview.row('Palicējs')).toBeVisible({ timeout: 60_000 });
  await expect(overview.row('Aizgājēja')).toHaveCount(0);
  const sheet = await pdfTextOf(
    await capturePrintedPdf(page, () =>
      page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
    ),
  );
  expect(sheet).toContain('Palicējs');
  expect(sheet).not.toContain('Aizgājēja');

  // The forms batch for the group: one form, Roberts's.
  const forms = new FormsPageModel(page);
  await forms.open();
  expect(await forms.prepareForGroup('Saulītes', 'first')).toHaveLength(1);

  // The request register offers only Roberts.
  const requests = new RequestsListModel(page);
  await requests.open();
  await requests.register();
  const person = page.getByRole('combobox', { name: 'Bērns vai klients' });
  await person.click();
  await person.pressSequentially('Aizg');
  await expect(page.getByRole('option', { name: /Aizgājēja/ })).toHaveCount(0);
  await person.fill('');
  await person.pressSequentially('Pali');
  await expect(page.getByRole('option', { name: /Palicējs/ })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
