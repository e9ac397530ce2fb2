import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

test('the demo register fills a fictional kindergarten a new user can look around in', async ({
  app,
}) => {
  const { page } = app;
  await setupVault(page, { demo: true });
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
});
