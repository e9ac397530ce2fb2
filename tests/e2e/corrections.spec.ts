// Issue 14: correcting a mistaken answer (defect 2), withdrawals by any representative with the
// original form named and a "Close" button once saved (defect 6), and no PDF left on screen
// after a lock (defect 3).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  capturePrintedPdf,
  ConsentsOverviewModel,
  FormsPageModel,
  pdfViewer,
} from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault, signInToApp, type VaultOwner } from './support/journey';

// Screenshots of the changed screens, only when asked for (E2E_SCREENSHOTS=<folder>).
const SHOTS = process.env.E2E_SCREENSHOTS;

const DAY_1 = new Date('2026-03-02T09:00:00+02:00');
const DAY_4 = new Date('2026-03-05T09:00:00+02:00');
const PUBLISH =
  'Fotogrāfiju un filmēšanas ierakstu publicēšana (dokumenti, gadagrāmatas, mājas lapa)';
const CHILD = 'Anniņa Ūdriņa';
const REASON = 'Ievadot atzīmēts nepareizais lodziņš; uz papīra māte piekrīt';

const pdfText = async (dir: string, pdf: Buffer): Promise<string> => {
  const file = join(dir, 'doc.pdf');
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/** A group with one child and two parents, and the group's forms prepared (one per parent). */
const prepare = async (page: Page): Promise<{ owner: VaultOwner; formIds: string[] }> => {
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Zīļuki', '2021');
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': 'Anniņa', Uzvārds: 'Ūdriņa' });
  await form.selectGroup('Zīļuki');
  await form.addRepresentative(1, { relation: 'Māte', givenNames: 'Ilona', familyName: 'Ūdriņa' });
  await form.addRepresentative(2, {
    relation: 'Tēvs',
    givenNames: 'Raimonds',
    familyName: 'Ūdriņš',
  });
  await form.save();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  const forms = new FormsPageModel(page);
  await forms.open();
  return { owner, formIds: await forms.prepareForGroup('Zīļuki', 'all') };
};

test.describe('corrections, withdrawals and PDFs after a lock', () => {
  test.use({ actionTimeout: 30_000 });

  test('a mistaken "Nepiekrītu" is corrected with a reason; the history keeps it struck through', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'corrections-e2e-'));
    try {
      await page.clock.install({ time: DAY_1 });
      const { formIds } = await prepare(page);
      const overview = new ConsentsOverviewModel(page);
      await overview.open();
      const child = await overview.openChild(CHILD);
      const [motherForm = ''] = await child.issuedFormIds();
      expect(formIds).toContain(motherForm);
      await child.recordForm(
        motherForm,
        ['Piekrītu', 'Nepiekrītu', 'Piekrītu'],
        undefined,
        'Ilona Ūdriņa',
      );
      await expect(child.purpose(PUBLISH)).toContainText('Atteikts');

      // Three days later the secretary notices the mistake and corrects it.
      await page.clock.setSystemTime(DAY_4);
      await page.reload();
      await signInToApp(page, 'vaditaja', 'Zaļā pļava pie upes 7');
      await overview.open();
      await overview.openChild(CHILD);
      await page.getByRole('button', { name: `Labot ierakstu: 02.03.2026, ${PUBLISH}` }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('nepiekrita (Ilona Ūdriņa)');
      await dialog.getByRole('radio', { name: 'Piekrīt (piekrišana dota)' }).check();
      await dialog.getByRole('button', { name: 'Saglabāt labojumu' }).click();
      // No reason, no correction: the message lands on the field and nothing is saved.
      await expect(dialog.getByText('Norādiet, kāpēc ieraksts ir kļūdains.')).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Iemesls' }).fill(REASON);
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'correction-dialog.png') });
      await dialog.getByRole('button', { name: 'Saglabāt labojumu' }).click();
      await expect(dialog).toBeHidden();

      await expect(child.purpose(PUBLISH)).toContainText('Piekrišana dota');
      const history = page.getByRole('table', { name: 'Vēsture' });
      const struck = history.locator('tr[data-corrected="true"]');
      await expect(struck).toHaveCount(1);
      await expect(struck).toContainText('Atteikts');
      await expect(struck).toContainText(`Labots 05.03.2026, Ilze Testa: ${REASON}`);
      await expect(struck.locator('td').first()).toHaveCSS('text-decoration-line', 'line-through');
      await expect(history).toContainText(`Labojums 05.03.2026, Ilze Testa: ${REASON}`);
      // The corrected entry offers no second correction; the correction itself can be corrected.
      await expect(struck.getByRole('button', { name: /^Labot ierakstu/ })).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'correction-history.png'), fullPage: true });

      // A date before the correction shows what the register said then, marked as corrected.
      await page.getByLabel('Datums (DD.MM.GGGG)').fill('03.03.2026');
      await expect(child.purpose(PUBLISH)).toContainText('Atteikts');
      await expect(child.purpose(PUBLISH)).toContainText(
        'Šajā datumā reģistrā bija šī atbilde; 05.03.2026 tā labota uz “Piekrišana dota”.',
      );
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'correction-before.png'), fullPage: true });
      await page.getByLabel('Datums (DD.MM.GGGG)').fill('05.03.2026');
      await expect(child.purpose(PUBLISH)).toContainText('Piekrišana dota');

      // Defect 6: the father, who signed nothing, withdraws; the form names the mother's form.
      await page.getByRole('button', { name: `Atsaukt: ${PUBLISH}` }).click();
      const withdraw = page.getByRole('dialog');
      const who = withdraw.getByLabel('Kurš likumiskais pārstāvis atsauc');
      await expect(who.locator('option')).toHaveText(['Ilona Ūdriņa', 'Raimonds Ūdriņš']);
      await who.selectOption({ label: 'Raimonds Ūdriņš' });
      await withdraw.getByLabel('Kā atsaukums saņemts').selectOption({ label: 'Klātienē' });
      await expect(withdraw.getByRole('button', { name: 'Atcelt' })).toBeVisible();
      await withdraw.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
      await expect(withdraw.getByRole('button', { name: 'Aizvērt' })).toBeVisible();
      await expect(withdraw.getByRole('button', { name: 'Atcelt' })).toHaveCount(0);
      const printed = await capturePrintedPdf(page, () =>
        withdraw.getByRole('button', { name: 'Drukāt atsaukuma veidlapu' }).click(),
      );
      const text = await pdfText(tmp, printed);
      expect(text).toContain(motherForm);
      expect(text).toContain('Raimonds Ūdriņš');
      await withdraw.getByRole('button', { name: 'Aizvērt' }).click();
      await expect(withdraw).toBeHidden();
      await expect(child.purpose(PUBLISH)).toContainText('Piekrišana atsaukta');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  test('a PDF on screen goes with Ctrl+L and with the idle lock; its URL no longer opens', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await page.clock.install({ time: DAY_1 });
    const { owner } = await prepare(page);
    const forms = new FormsPageModel(page);
    const viewer = pdfViewer(page);

    const openBatch = async (): Promise<string> => {
      await forms.printButton.click();
      await expect(viewer.frame).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
      await expect(viewer.dialog).toBeVisible();
      return (await viewer.frame.getAttribute('src')) ?? '';
    };
    const readable = (url: string): Promise<boolean> =>
      page.evaluate(async (u) => {
        try {
          return (await fetch(u)).ok;
        } catch {
          return false;
        }
      }, url);

    const first = await openBatch();
    expect(await readable(first)).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'pdf-viewer.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
    await expect(viewer.frame).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await readable(first)).toBe(false);
    expect(app.context.pages()).toHaveLength(1);

    await signInToApp(page, owner.username, owner.password);
    await forms.open();
    // The group's forms are still out: the warning (defect 5), then new ones anyway.
    await forms.prepareForGroup('Zīļuki', 'first', true);
    const second = await openBatch();
    await page.clock.fastForward('10:30');
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await readable(second)).toBe(false);
  });

  test('the group sheet and a new recovery sheet go with Ctrl+L too', async ({ app }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const { owner } = await prepare(page);
    const viewer = pdfViewer(page);
    const lockedAway = async (): Promise<void> => {
      await expect(viewer.frame).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
      const url = (await viewer.frame.getAttribute('src')) ?? '';
      await page.keyboard.press('Control+l');
      await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
      await expect(page.locator('iframe')).toHaveCount(0);
      const stillThere = await page.evaluate(async (u) => {
        try {
          return (await fetch(u)).ok;
        } catch {
          return false;
        }
      }, url);
      expect(stillThere).toBe(false);
      expect(app.context.pages()).toHaveLength(1);
    };

    // The staff-room sheet of a group: children's names and their consents.
    await new ConsentsOverviewModel(page).open();
    await page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click();
    await lockedAway();

    // A new recovery key's sheet: the key that opens the whole register.
    await signInToApp(page, owner.username, owner.password);
    await page.getByRole('link', { name: 'Iestatījumi' }).click();
    await page.getByRole('button', { name: 'Izveidot jaunu atkopšanas atslēgu' }).click();
    await page.getByRole('button', { name: 'Drukāt atkopšanas atslēgu' }).click();
    await lockedAway();
  });
});
