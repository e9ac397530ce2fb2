import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

test.describe('app shell', () => {
  test('first start opens the setup wizard in Latvian with no console errors and no serious accessibility violations', async ({
    app,
  }) => {
    const { page } = app;
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Reģistra izveide' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    expect(await page.title()).toBe('Piekrišanu reģistrs');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('the signed-in shell shows Latvian dates, its sections, keyboard navigation and no violations', async ({
    app,
  }) => {
    const { page } = app;
    await setupVault(page);
    await expect(page.getByText(/Šodien: \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The last section to be built, the request register, opens empty.
    await page.getByRole('link', { name: 'Pieprasījumi' }).click();
    await expect(page.getByRole('heading', { name: 'Datu subjektu pieprasījumi' })).toBeVisible();
    await expect(page.getByText('Pieprasījumu nav.')).toBeVisible();
    // Alt+1 goes home.
    await page.keyboard.press('Alt+1');
    await expect(page.getByRole('heading', { name: 'Laipni lūdzam' })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });

  test('switches language and remembers it after a restart', async ({ app }) => {
    await app.page.goto('./');
    await app.page.getByRole('combobox', { name: 'Valoda' }).selectOption('en');
    await expect(app.page.getByRole('heading', { name: 'Create the register' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    const again = await app.reopen();
    await again.page.goto('./');
    await expect(again.page.getByRole('heading', { name: 'Create the register' })).toBeVisible();
    await again.page.getByRole('combobox', { name: 'Language' }).selectOption('lt');
    await expect(again.page.getByRole('heading', { name: 'Registro sukūrimas' })).toBeVisible();
    await again.close();
  });
});
