// Issue 14, defect 11 ("small ones") not covered by their own journeys: each test here failed
// before its fix.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportWizardModel } from './pages/records-import';
import { SubjectsListModel } from './pages/records-subjects';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

// Screenshots of the changed screens, only when asked for (E2E_SCREENSHOTS=<folder>).
const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe('small everyday defects', () => {
  test("the file chooser is the app's own button in the app's language, not Chromium's English", async ({
    app,
  }) => {
    const { page } = app;
    const dir = await mkdtemp(join(tmpdir(), 'small-defects-e2e-'));
    try {
      const csv = join(dir, 'saraksts.csv');
      await writeFile(csv, 'Vārds;Uzvārds;Grupa\nAnna;Kalniņa;Saulītes\n');
      await setupVault(page);
      await new SubjectsListModel(page).open();
      await new ImportWizardModel(page).open();
      // Chromium's input ("Choose File", "No file chosen") is not on screen; the app's line is.
      await expect(page.locator('input[type=file]')).toBeHidden();
      await expect(page.getByText('Fails nav izvēlēts', { exact: true })).toBeVisible();
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-file-picker.png') });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Izvēlēties failu…' }).click();
      await (await chooser).setFiles(csv);
      await expect(page.getByRole('heading', { name: 'Kuras kolonnas ko satur' })).toBeVisible();
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
