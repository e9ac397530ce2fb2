// Issue 14, the everyday defects not covered by their own journeys: a new sign-in starts at home
// (defect 13).
import { expect, test } from './support/fixtures';
import { lockApp, setupVault, signInToApp } from './support/journey';

test.describe('everyday use', () => {
  test('a new sign-in starts at "Sākums", not on the screen the previous user left open', async ({
    app,
  }) => {
    const { page } = app;
    const owner = await setupVault(page);
    await page.getByRole('link', { name: 'Darbinieki' }).click();
    await expect(page.getByRole('heading', { name: 'Darbinieki', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/#\/staff$/);
    await lockApp(page);
    await signInToApp(page, owner.username, owner.password);
    await expect(page.getByRole('heading', { name: 'Laipni lūdzam', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Darbinieki', level: 1 })).toHaveCount(0);
    await expect(page).not.toHaveURL(/staff/);
    expect(app.consoleErrors).toEqual([]);
  });
});
