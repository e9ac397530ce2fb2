// Leavers (issue 9 item 2) in real Chromium: the head records that a child left ("atskaitīts")
// with a reason; the child leaves the everyday list and is found under "Arhīvs"; the group's
// teacher no longer sees the child; cancelling the leaving brings the child back.
import { join } from 'node:path';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
} from './support/journey';

/** A folder for screenshots of the screens this journey shows (looked at by a person), if set. */
const SHOTS = process.env.E2E_SCREENSHOTS;

test('a child who left moves to the Arhīvs filter and out of the teacher’s view', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Saulītes', '2021');
  const list = new SubjectsListModel(page);
  await list.addChildrenTo('Saulītes', [
    ['Ūna', 'Ūzuliņa'],
    ['Roberts', 'Šķēle'],
  ]);

  // The head records the leaving; "Cits iemesls" without a note is refused on the field.
  await list.row('Ūzuliņa, Ūna').click();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Atskaitīt bērnu' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('combobox', { name: 'Iemesls' }).selectOption({ label: 'Cits iemesls' });
  await dialog.getByRole('button', { name: 'Atskaitīt' }).click();
  const note = dialog.getByRole('textbox', { name: /Piezīme: kāds ir iemesls/ });
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await note.fill('Ģimene pārceļas uz Liepāju');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'leaver-dialog.png') });
  await dialog.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Bērns atskaitīts; ieraksts ir arhīvā.').first()).toBeVisible();
  await expect(page.getByText('Arhīvā', { exact: true })).toBeVisible();
  await expect(page.getByText('Cits iemesls: Ģimene pārceļas uz Liepāju')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'leaver-page.png'), fullPage: true });

  // Out of the everyday list, found under "Arhīvs".
  await list.open();
  await expect(list.row('Šķēle, Roberts')).toBeVisible();
  await expect(list.row('Ūzuliņa, Ūna')).toHaveCount(0);
  await page
    .getByRole('combobox', { name: 'Statuss' })
    .selectOption({ label: 'Arhīvs (atskaitītie)' });
  await expect(list.row('Ūzuliņa, Ūna')).toBeVisible();
  await expect(list.row('Ūzuliņa, Ūna')).toContainText('Atskaitīts');
  await expect(list.row('Šķēle, Roberts')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'leaver-archive-filter.png') });

  // The group's teacher sees Roberts, not Ūna.
  await createStaffMember(page, {
    displayName: 'Skolotāja Rasa',
    username: 'rasa',
    roleLabel: 'Skolotāja',
    password: 'Sākuma parole 2026',
  });
  await groups.open();
  await groups.setTeachers('Saulītes', ['Skolotāja Rasa']);
  await lockApp(page);
  await signIn(page, 'rasa', 'Sākuma parole 2026');
  await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
  await list.open();
  await expect(list.row('Šķēle, Roberts')).toBeVisible();
  await page.getByRole('combobox', { name: 'Statuss' }).selectOption({ label: 'Visi' });
  await expect(list.row('Šķēle, Roberts')).toBeVisible();
  await expect(list.row('Ūzuliņa, Ūna')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Atskaitīt' })).toHaveCount(0);

  // The head cancels the leaving: Ūna is active again.
  await lockApp(page);
  await signIn(page, owner.username, owner.password);
  await list.open();
  await page
    .getByRole('combobox', { name: 'Statuss' })
    .selectOption({ label: 'Arhīvs (atskaitītie)' });
  await list.row('Ūzuliņa, Ūna').click();
  await page.getByRole('button', { name: 'Atcelt atskaitīšanu' }).click();
  await page
    .getByRole('alertdialog', { name: 'Atcelt atskaitīšanu?' })
    .getByRole('button', { name: 'Atcelt atskaitīšanu' })
    .click();
  await expect(
    page.getByText('Atskaitīšana atcelta; ieraksts atkal ir aktīvs.').first(),
  ).toBeVisible();
  await expect(page.getByText('Arhīvā', { exact: true })).toHaveCount(0);
  await list.open();
  await expect(list.row('Ūzuliņa, Ūna')).toBeVisible();
});
