import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe('app shell', () => {
  test('loads in Latvian with no console errors and no serious accessibility violations', async ({ app }) => {
    const { page } = app;
    await page.goto('./');
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page.getByText(/Šodien: \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('switches language and remembers it after a restart', async ({ app }) => {
    await app.page.goto('./');
    await app.page.getByRole('combobox', { name: 'Valoda' }).selectOption('en');
    await expect(app.page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    const again = await app.reopen();
    await again.page.goto('./');
    await expect(again.page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await again.page.getByRole('combobox', { name: 'Language' }).selectOption('lt');
    await expect(again.page.getByRole('navigation', { name: 'Pagrindinė navigacija' })).toBeVisible();
    await again.close();
  });
});
