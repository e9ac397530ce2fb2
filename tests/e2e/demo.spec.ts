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
