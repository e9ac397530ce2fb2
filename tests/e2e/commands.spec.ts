// The app's command keys in the browser host (under Electron the same commands come from the
// native menu's accelerators; tests/wiring covers that side): Ctrl+P prints what is on screen,
// F1 opens the help page, and no key press reaches the browser's own print or find.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

const pdfText = async (bytes: Buffer): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'commands-e2e-'));
  try {
    await writeFile(join(dir, 'x.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

test("Ctrl+P prints the group sheet or the child's form on screen, and says when there is none", async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await setupVault(page, { demo: true });

  // Home has nothing to print: a plain message, no browser print dialog.
  await page.keyboard.press('Control+p');
  // (Fluent repeats a toast's text in its live region for screen readers.)
  await expect(
    page.getByText('Šajā ekrānā nav ko drukāt.', { exact: false }).first(),
  ).toBeVisible();

  // The group sheet on the consents screen, the same PDF its button prints.
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  await expect(overview.matrix).toBeVisible({ timeout: 60_000 });
  const group = await page
    .getByLabel('Grupa', { exact: true })
    .locator('option:checked')
    .innerText();
  const sheet = await pdfText(
    await capturePrintedPdf(page, () => page.keyboard.press('Control+p')),
  );
  expect(sheet).toContain(group);
  const byButton = await pdfText(
    await capturePrintedPdf(page, () =>
      page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
    ),
  );
  expect(sheet).toBe(byButton);

  // A child's page prints the child's latest consent form, once there is one.
  const forms = new FormsPageModel(page);
  await forms.open();
  const formIds = await forms.prepareForGroup(group, 'first');
  await overview.open();
  const firstRow = overview.matrix.getByRole('row').nth(1);
  const child = (await firstRow.getByRole('cell').first().innerText()).trim();
  const childPage = await overview.openChild(child);
  const [formId] = await childPage.issuedFormIds();
  expect(formIds).toContain(formId);
  const form = await pdfText(await capturePrintedPdf(page, () => page.keyboard.press('Control+p')));
  expect(form).toContain(formId ?? '');
  expect(app.consoleErrors).toEqual([]);
});

test('F1 opens the help page and Ctrl+F still finds, from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await setupVault(page);
  await page.keyboard.press('F1');
  await expect(page).toHaveURL(/#\/help$/);
  // A short help page of its own, not the home page: the keys, printing, locking, password.
  const help = page.getByRole('region', { name: 'Palīdzība' });
  await expect(help.getByRole('heading', { name: 'Palīdzība', level: 1 })).toBeVisible();
  for (const key of ['Ctrl+P', 'Ctrl+F', 'Ctrl+L', 'F1']) {
    await expect(help.getByText(key, { exact: true })).toBeVisible();
  }
  for (const topic of ['Drukāšana', 'Bloķēšana', 'Aizmirsta parole', 'Kur glabājas dati']) {
    await expect(help.getByRole('heading', { name: topic, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Sākums' })).not.toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.screenshot({ path: test.info().outputPath('help.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Bērni' }).click();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('no Content-Security-Policy violation while the app starts and signs in', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await setupVault(page);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
