import { expectNothingReadable } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

test('the demo register fills a fictional kindergarten a new user can look around in', async ({
  app,
}) => {
  const { page } = app;
  const owner = await setupVault(page, { demo: true });
  await page.getByRole('link', { name: 'Bērni' }).click();
  const count = page.getByText(/^Atrast[si] \d+ ieraksti?\.$/);
  await expect(count).toBeVisible({ timeout: 60_000 });
  const total = Number(/\d+/.exec(await count.innerText())?.[0]);
  expect(total).toBeGreaterThanOrEqual(100);
  // The consent column is filled from the ledger (the demo register has no answers yet).
  await expect(page.getByText('Nav atbilžu').first()).toBeVisible();
  await page.getByRole('link', { name: 'Grupas' }).click();
  await expect(page.getByText('Zīlītes').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);

  // The generated names are combinations the app's code does not contain: search the first ones
  // seen on screen, plus the head's sign-in.
  await page.getByRole('link', { name: 'Bērni' }).click();
  // The list loads again on every visit: read its rows once it is there.
  await expect(count).toBeVisible({ timeout: 60_000 });
  const rows = await page.getByRole('table', { name: 'Bērni' }).getByRole('row').allInnerTexts();
  const shown = rows.flatMap((row) => /^\s*([^,\n\t]+, [^\n\t]+)/u.exec(row)?.[1] ?? []);
  expect(shown.length).toBeGreaterThan(5);
  await expectNothingReadable(app, [...shown, owner.username, owner.password, owner.recoveryCode]);
});

test('the social-office demo register fills a fictional office with clients and services', async ({
  app,
}) => {
  const { page } = app;
  const owner = await setupVault(page, { demo: 'socialOffice' });
  await page.getByRole('link', { name: 'Klienti' }).click();
  await expect(page.getByRole('heading', { name: 'Klienti', level: 1 })).toBeVisible();
  const count = page.getByText(/^Atrast[si] \d+ ieraksti?\.$/);
  await expect(count).toBeVisible({ timeout: 60_000 });
  expect(Number(/\d+/.exec(await count.innerText())?.[0])).toBeGreaterThanOrEqual(50);
  // No groups in a social office: no such section, no group column.
  await expect(page.getByRole('link', { name: 'Grupas' })).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Klienti' });
  await expect(table.getByRole('columnheader', { name: 'Grupa' })).toHaveCount(0);
  const first = table.getByRole('row').nth(1);
  const name = /^\s*([^,\n\t]+, [^\n\t]+)/u.exec(await first.innerText())?.[1] ?? '';
  expect(name).not.toBe('');
  await first.click();
  // A client of the demo has services from the office's list and her parts filled in.
  await expect(page.getByRole('heading', { name: 'Sociālie pakalpojumi' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sociālie pakalpojumi' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Finanšu dati' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
  await expectNothingReadable(app, [name, owner.username, owner.password, owner.recoveryCode]);
});
