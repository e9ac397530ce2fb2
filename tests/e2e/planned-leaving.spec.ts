// Planned leavings (issue 9) in real Chromium with Playwright's clock: the head records a leaving
// date three days ahead; the child stays in the everyday list, her page says the leaving is
// planned and the list's "Plānotās atskaitīšanas" names her. The evening before the date a
// sign-in changes nothing; the first sign-in on the date itself turns her 'left' (out of the
// everyday list, into "Arhīvs", with that date and reason). A second planned leaving is cancelled.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/text/dates';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { lockApp, setupVault, signInToApp } from './support/journey';
import { rigaDay, rigaInstant } from './support/riga-time';

/** A folder for screenshots of the screens this journey shows (looked at by a person), if set. */
const SHOTS = process.env.E2E_SCREENSHOTS;

const shot = async (page: Page, name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

const lv = (iso: string): string => iso.split('-').reverse().join('.');

test('a planned leaving waits for its date, then the first sign-in that day turns the child left', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const { page } = app;
  const started = rigaInstant(rigaDay(new Date()), '10:00');
  await page.clock.install({ time: started });
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Saulītes', '2021');
  const list = new SubjectsListModel(page);
  await list.addChildrenTo('Saulītes', [
    ['Anna', 'Bērziņa'],
    ['Roberts', 'Palicējs'],
  ]);

  // The head plans Anna's leaving three days ahead, with a reason.
  const leavesOn = addDays(rigaDay(started), 3);
  await list.open();
  await list.row('Bērziņa, Anna').click();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Atskaitīt bērnu' });
  await expect(
    dialog.getByText('Ja datums vēl nav pienācis, atskaitīšana tiek ieplānota'),
  ).toBeVisible();
  await dialog.getByRole('textbox', { name: /Atskaitīšanas datums/ }).fill(lv(leavesOn));
  await dialog
    .getByRole('combobox', { name: 'Iemesls' })
    .selectOption({ label: 'Sāk mācības skolā' });
  await dialog.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page
      .getByText(`Atskaitīšana ieplānota ${lv(leavesOn)}; līdz tam bērns paliek sarakstos.`)
      .first(),
  ).toBeVisible();
  const notice = page.getByText('Plānota atskaitīšana', { exact: true });
  await expect(notice).toBeVisible();
  await expect(
    page.getByText(`Bērns tiks atskaitīts ${lv(leavesOn)} (iemesls: Sāk mācības skolā).`),
  ).toBeVisible();
  await expect(page.getByText('Arhīvā', { exact: true })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'planned-leaving-page');

  // Roberts's planned leaving is cancelled from his page.
  await list.open();
  await list.row('Palicējs, Roberts').click();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  await dialog
    .getByRole('textbox', { name: /Atskaitīšanas datums/ })
    .fill(lv(addDays(leavesOn, 7)));
  await dialog.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Atcelt plānoto atskaitīšanu' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Atcelt plānoto atskaitīšanu' })
    .click();
  await expect(page.getByText('Plānotā atskaitīšana atcelta.').first()).toBeVisible();
  await expect(notice).toHaveCount(0);

  // The list: both still attend; "Plānotās atskaitīšanas" names Anna only.
  await list.open();
  await expect(list.row('Bērziņa, Anna')).toBeVisible();
  await expect(list.row('Palicējs, Roberts')).toBeVisible();
  const planned = page.getByRole('list', { name: 'Plānotās atskaitīšanas' });
  await expect(planned.getByRole('listitem')).toHaveCount(1);
  await expect(planned).toContainText(`Anna Bērziņa — ${lv(leavesOn)} (Saulītes)`);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'planned-leavings-list');

  // The evening before the date (the jump is a night away: the app locked itself): nothing yet.
  await page.clock.pauseAt(rigaInstant(addDays(leavesOn, -1), '23:55'));
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
  await signInToApp(page, owner.username, owner.password);
  await list.open();
  await expect(list.row('Bērziņa, Anna')).toBeVisible();
  await expect(planned).toContainText('Anna Bērziņa');

  // Past midnight, the first sign-in on the date itself turns her left with that date and reason.
  await lockApp(page);
  await page.clock.pauseAt(rigaInstant(leavesOn, '00:10'));
  await page.clock.resume();
  await signInToApp(page, owner.username, owner.password);
  await list.open();
  await expect(list.row('Palicējs, Roberts')).toBeVisible();
  await expect(list.row('Bērziņa, Anna')).toHaveCount(0);
  await expect(planned).toHaveCount(0);
  await page
    .getByRole('combobox', { name: 'Statuss' })
    .selectOption({ label: 'Arhīvs (atskaitītie)' });
  await expect(list.row('Bērziņa, Anna')).toContainText('Atskaitīts');
  await list.row('Bērziņa, Anna').click();
  await expect(page.getByText(`Atskaitīts ${lv(leavesOn)}.`, { exact: false })).toBeVisible();
  await expect(page.getByText('Sāk mācības skolā')).toBeVisible();
  await expect(notice).toHaveCount(0);
  await shot(page, 'planned-leaving-turned');
  expect(app.consoleErrors).toEqual([]);
});
