// Issue 14, defect 11 ("small ones") not covered by their own journeys: each test here failed
// before its fix.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormsPageModel } from './pages/consents-pages';
import { ImportWizardModel } from './pages/records-import';
import { SubjectsListModel } from './pages/records-subjects';
import { expect, test } from './support/fixtures';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
} from './support/journey';

// Screenshots of the changed screens, only when asked for (E2E_SCREENSHOTS=<folder>).
const SHOTS = process.env.E2E_SCREENSHOTS;
const REQUIRED = 'Šis lauks ir obligāts.';

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

  test("the toolbar names who is signed in and the role, without a gendered participle; a teacher's Settings open without an error", async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await setupVault(page, { headName: 'Ilze Testa' });
    await expect(page.getByText('Konts: Ilze Testa (Vadītāja)', { exact: true })).toBeVisible();
    // The head's Settings show the institution as saved, not empty boxes.
    await page.getByRole('link', { name: 'Iestatījumi' }).click();
    await expect(page.getByLabel('Iestādes nosaukums')).toHaveValue('PII «Cīrulītis»');
    await createStaffMember(page, {
      displayName: 'Rasa Skolotāja',
      username: 'rasa',
      roleLabel: 'Skolotāja',
      password: 'Sākuma parole 2026',
    });
    await lockApp(page);
    await signIn(page, 'rasa', 'Sākuma parole 2026');
    await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
    const who = page.getByText('Konts: Rasa Skolotāja (Skolotāja)', { exact: true });
    await expect(who).toBeVisible();
    await expect(page.getByText(/Pieteic|Pieteik/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Iestatījumi' }).click();
    await expect(page.getByRole('heading', { name: 'Iestatījumi', level: 1 })).toBeVisible();
    // Its reads have settled: the idle-lock minutes are shown (read-only for a teacher).
    await expect(page.getByLabel(/Automātiski bloķēt/)).not.toHaveValue('');
    await page.waitForTimeout(1_000);
    await expect(page.locator('.fui-Toast')).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'teacher-settings.png') });
    expect(app.consoleErrors).toEqual([]);
  });

  test('returned forms recorded one after another: the Forms page stays, says what was saved and puts the cursor in the ID field', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    const forms = new FormsPageModel(page);
    await forms.open();
    const group = await page
      .getByLabel('Grupa', { exact: true })
      .locator('option:checked')
      .innerText();
    const [first = '', second = ''] = await forms.prepareForGroup(group, 'first');
    const id = page.getByLabel('Veidlapas ID (piem., F-7KQ2-9MXD)');
    for (const formId of [first, second]) {
      await id.fill(formId);
      await id.press('Enter');
      const found = page.getByRole('form', { name: `Veidlapa ${formId}` });
      await found
        .getByRole('radiogroup')
        .nth(1)
        .getByRole('radio', { name: 'Piekrītu', exact: true })
        .check();
      await found.getByRole('button', { name: 'Saglabāt atbildes' }).click();
      await expect(page.getByRole('heading', { name: 'Veidlapas', level: 1 })).toBeVisible();
      await expect(
        page.getByRole('status').filter({ hasText: `Atbildes saglabātas: ${formId}` }),
      ).toBeVisible();
      // The status line says it once: no toast repeating it.
      await expect(page.getByText('Atbildes reģistrētas')).toHaveCount(0);
      await expect(id).toBeFocused();
      await expect(id).toHaveValue('');
    }
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'forms-recorded-next.png') });
    // The child is one click away.
    await page.getByRole('button', { name: /^Atvērt piekrišanas: / }).click();
    await expect(page.getByRole('heading', { name: /^Piekrišanas: /, level: 1 })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });

  test('the demo setup enforces the same required fields as a real one', async ({ app }) => {
    const { page } = app;
    await page.goto('./');
    await page.getByRole('button', { name: 'Izveidot demonstrācijas reģistru' }).click();
    const name = page.getByLabel('Iestādes nosaukums');
    await expect(name).toHaveValue('Pirmsskolas izglītības iestāde «Saulīte»');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'demo-institution.png'), fullPage: true });
    await name.fill('');
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await expect(page.getByText(REQUIRED).first()).toBeVisible();
    await expect(page.getByLabel('Vadītājas vārds un uzvārds')).toHaveCount(0);
    await name.fill('PII «Parauga»');
    await page.getByRole('button', { name: 'Tālāk' }).click();
    // The head's step: nothing filled in, nothing goes on.
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await expect(page.getByText(REQUIRED).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Atkopšanas atslēga' })).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
