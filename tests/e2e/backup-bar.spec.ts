// The backup's bar in Settings → "Rezerves kopijas" when backups follow each other (issue 10):
// Ctrl+S pressed while the button's verified backup is still shown at 100 % makes a second
// backup; the bar follows it and ends at 100 %. It used to end at "0 %" until the first one's
// moment at 100 % was over (the section showed 0 % whenever its own backup was "busy" and none
// was running), a stale bar that fell from 100 % after a backup that had verified.
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';
import { watchProgressBars } from './support/progress-watch';

test('a backup started while the last one shows 100 % ends at 100 %, never at 0 %', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await setupVault(page);
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  const make = page.getByRole('button', { name: 'Izveidot rezerves kopiju' });
  await expect(make).toBeVisible();
  const seen = await watchProgressBars(page, 'backup-progress');
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await make.click();
  const bar = page.getByRole('progressbar', {
    name: /^Veido un pārbauda rezerves kopiju… 100 %$/u,
  });
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  // Within the moment at 100 % (a second): a second backup, small enough to end within it.
  await page.keyboard.press('Control+s');
  await expect.poll(() => downloads, { timeout: 60_000 }).toBe(2);
  await expect(make).toBeVisible({ timeout: 60_000 });
  const values = await seen();
  // The second backup rose from 0 again, and the last value shown was its 100 %.
  expect(values.filter((v) => v === 100).length).toBeGreaterThanOrEqual(2);
  expect(values.at(-1)).toBe(100);
});
