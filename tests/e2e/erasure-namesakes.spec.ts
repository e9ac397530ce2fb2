// Issue 9 remainder (g): two leavers with the same name are told apart on "Dzēšamie": the
// "Termiņš beidzies" list puts the birth date beside each namesake (the group has its own
// column), and the proposal waiting for the head and the approval dialog name the person with
// the birth date, so the head never erases the wrong one of two. Sākums counts the people due
// (remainder b).
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/text/dates';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { setupVault, signInToApp } from './support/journey';
import { rigaDay, rigaInstant } from './support/riga-time';

const BORN = ['03.05.2021', '21.01.2021'] as const;

const addLeaver = async (page: Page, born: string): Promise<void> => {
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': 'Anna', Uzvārds: 'Bērziņa', 'Dzimšanas datums': born });
  await form.selectGroup('Saulītes');
  await form.save();
  await expect(page.getByRole('heading', { name: 'Anna Bērziņa', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  const leaving = page.getByRole('dialog', { name: 'Atskaitīt bērnu' });
  await leaving.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(leaving).toHaveCount(0);
};

test('namesakes due for erasure are told apart by birth date, up to the approval', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  const started = new Date();
  await page.clock.install({ time: started });
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Saulītes', '2021');
  for (const born of BORN) await addLeaver(page, born);
  await page.getByRole('link', { name: 'Sākums' }).click();
  await expect(page.getByTestId('home-erasures')).toContainText(
    'Personas, kuru datu glabāšanas termiņš beidzies: 0.',
  );

  // Thirteen months later the records are due (kindergarten default: a year after leaving).
  await page.clock.pauseAt(rigaInstant(addDays(rigaDay(started), 400), '09:00'));
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
  await signInToApp(page, owner.username, owner.password);
  // Sākums counts them for the head (remainder b) and leads to the list.
  const count = page.getByTestId('home-erasures');
  await expect(count).toContainText('Personas, kuru datu glabāšanas termiņš beidzies: 2.');
  await screenshot(page, 'home-erasures-due.png');
  await count.getByRole('button', { name: 'Atvērt sadaļu „Dzēšamie”' }).click();
  await expect(page.getByRole('heading', { name: 'Dzēšamie', level: 1 })).toBeVisible();
  const due = page.getByRole('table', { name: 'Termiņš beidzies' });
  const rows = due.getByRole('row').filter({ hasText: 'Anna Bērziņa' });
  await expect(rows).toHaveCount(2, { timeout: 30_000 });
  const first = rows.filter({ hasText: `dz. ${BORN[0]}` });
  await expect(first).toHaveCount(1);
  await expect(rows.filter({ hasText: `dz. ${BORN[1]}` })).toHaveCount(1);
  await expect(first).toContainText('Saulītes');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'erasures-namesakes-due.png');

  await first.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
  await expect(page.getByRole('heading', { name: 'Ierosināt dzēšanu', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Iesniegt priekšlikumu' }).click();
  const waiting = page.getByRole('table', { name: 'Gaida apstiprinājumu' });
  const proposal = waiting.getByRole('row').filter({ hasText: 'Anna Bērziņa' });
  await expect(proposal).toContainText(`dz. ${BORN[0]}`);
  await proposal.getByRole('button', { name: 'Apstiprināt…' }).click();
  const approve = page.getByRole('alertdialog', { name: 'Apstiprināt dzēšanu' });
  await expect(approve).toContainText(`Anna Bērziņa (dz. ${BORN[0]})`);
  await screenshot(page, 'erasures-namesakes-approve.png');
  expect(app.consoleErrors).toEqual([]);
});
