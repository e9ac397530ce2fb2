// The retention schedule in Settings (issue 9 item 3) in real Chromium: the head edits it with
// messages on the cells, every save is a version, an earlier version can be viewed, and the
// secretary reads it without being able to change it.
import { join } from 'node:path';
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

test('the head edits the retention schedule in versions; the secretary reads it', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await setupVault(page);
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  const section = page.getByRole('region', { name: 'Glabāšanas termiņi' });
  await expect(section).toBeVisible();
  const amount = section.getByRole('textbox', {
    name: 'Ieraksts (vārdi, datumi, piezīmes): glabāšanas termiņš',
  });
  await expect(amount).toHaveValue('1');
  const versions = section.getByRole('combobox', { name: 'Skatīt versiju' });
  await expect(versions.locator('option')).toHaveText(['Noklusējuma termiņi (nav mainīti)']);

  // Bad input: the message is on the cell and what was typed stays.
  await amount.fill('0');
  await section.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('Termiņam jābūt vismaz 1.')).toBeVisible();
  await expect(amount).toHaveValue('0');
  await amount.fill('pusgads');
  await section.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
  await expect(section.getByText('Ievadiet veselu skaitli (piemēram, 3).')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'retention-errors.png'), fullPage: true });

  // Version 1, then version 2.
  await amount.fill('2');
  await section
    .getByRole('textbox', { name: 'Ieraksts (vārdi, datumi, piezīmes): piezīme' })
    .fill('Vadītājas rīkojums Nr. 7');
  await section.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
  await expect(page.getByText('Glabāšanas termiņi saglabāti (versija 1).').first()).toBeVisible();
  await amount.fill('3');
  await section.getByRole('button', { name: 'Saglabāt jaunu versiju' }).click();
  await expect(page.getByText('Glabāšanas termiņi saglabāti (versija 2).').first()).toBeVisible();
  await expect(amount).toHaveValue('3');

  // The earlier version, read-only.
  await expect(versions.locator('option')).toHaveCount(2);
  await expect(versions.locator('option').first()).toContainText('(spēkā)');
  await versions.selectOption({ index: 1 });
  await expect(
    section.getByText('Jūs skatāt iepriekšējo versiju. Spēkā ir jaunākā.'),
  ).toBeVisible();
  const recordRow = section.getByRole('row', { name: /Ieraksts \(vārdi, datumi, piezīmes\)/ });
  await expect(recordRow).toContainText('2 gadi');
  await expect(recordRow).toContainText('Vadītājas rīkojums Nr. 7');
  await expect(section.getByRole('button', { name: 'Saglabāt jaunu versiju' })).toHaveCount(0);
  if (SHOTS)
    await page.screenshot({ path: join(SHOTS, 'retention-old-version.png'), fullPage: true });

  // The secretary reads the schedule in force and cannot change it.
  await createStaffMember(page, {
    displayName: 'Lietvede Dace',
    username: 'dace',
    roleLabel: 'Lietvede (personas datu operators)',
    password: 'Sākuma parole 2026',
  });
  await lockApp(page);
  await signIn(page, 'dace', 'Sākuma parole 2026');
  await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await expect(
    section.getByText('Glabāšanas termiņus nosaka vadītāja; jūs tos varat skatīt.'),
  ).toBeVisible();
  await expect(recordRow).toContainText('3 gadi');
  await expect(section.getByRole('row', { name: /Personas kods/ })).toContainText('1 gads');
  await expect(section.getByRole('row', { name: /Veselības piezīmes/ })).toContainText('1 mēnesis');
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Saglabāt jaunu versiju' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS)
    await page.screenshot({ path: join(SHOTS, 'retention-secretary.png'), fullPage: true });
});
