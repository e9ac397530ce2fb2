// The head's wording tools: an item's text edited becomes version 2, new forms print it, a form
// printed before the edit reprints in its own wording; a custom purpose appears on a child's
// page and takes an answer; a teacher cannot open the screen.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { TemplatesPageModel } from './pages/templates-pages';
import { expectNothingReadable } from './support/at-rest';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
} from './support/journey';

const OLD_TEXT =
  'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) fotogrāfiju un filmēšanas ierakstu veikšanai, kā arī to izvietošanai Pirmsskolas telpās.';
const NEW_TEXT =
  'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) fotogrāfiju un filmēšanas ierakstu veikšanai pārgājienos un ekskursijās, kā arī to izvietošanai Pirmsskolas telpās.';
const SURVEY = 'Dalība pētījuma aptaujā';
const CHILD = 'Marta Ozoliņa';

const pdfText = async (dir: string, name: string, pdf: Buffer): Promise<string> => {
  const file = join(dir, name);
  await writeFile(file, pdf);
  // The tick-box column ("☐ Piekrītu / ☐ Nepiekrītu") sits beside each item's first lines;
  // dropping its capitalised "Nepiekrītu" leaves the item's wording as one run of text.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .replaceAll(' Nepiekrītu ', ' ');
};

const screenViolations = async (page: Page): Promise<string[]> => {
  await expect(page.locator('.fui-Toast')).toHaveCount(0, { timeout: 20_000 });
  return seriousViolations(page);
};

test.describe('form wording and purposes', () => {
  test.use({ actionTimeout: 30_000 });
  test('edit wording as a new version, print and reprint, add a purpose, teacher kept out', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'templates-e2e-'));
    try {
      await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+02:00'));
      await setupVault(page);
      const groups = new GroupsPageModel(page);
      await groups.open();
      await groups.add('Zīļuki', '2021');
      await createStaffMember(page, {
        displayName: 'Skolotāja Baiba',
        username: 'baiba',
        roleLabel: 'Skolotāja',
        password: 'Sākuma parole 2026',
      });
      const list = new SubjectsListModel(page);
      await list.open();
      const child = await list.addChild();
      await child.fill({ 'Vārds (vārdi)': 'Marta', Uzvārds: 'Ozoliņa' });
      await child.selectGroup('Zīļuki');
      await child.addRepresentative(1, {
        relation: 'Māte',
        givenNames: 'Inese',
        familyName: 'Ozoliņa',
        phone: '+371 29000111',
      });
      await child.save();
      await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();

      // A form printed in the bundled wording (version 2, the latest shipped).
      const forms = new FormsPageModel(page);
      await forms.open();
      const [oldFormId = ''] = await forms.prepareForGroup('Zīļuki', 'first');
      expect(
        await pdfText(
          tmp,
          'v2.pdf',
          await capturePrintedPdf(page, () => forms.printButton.click()),
        ),
      ).toContain(OLD_TEXT);

      // The head edits item 1 of Veidlapa Nr. 1, previews it, saves version 3.
      const templates = new TemplatesPageModel(page);
      await templates.open();
      await expect(templates.versionRow('lv-veidlapa-1', 1)).toContainText('Piegādāta ar lietotni');
      await expect(templates.versionRow('lv-veidlapa-1', 2)).toContainText('Piegādāta ar lietotni');
      await expect(templates.versionRow('lt-atsaukimas-1', 2)).toContainText('Sutikimo atšaukimas');
      expect(await screenViolations(page)).toEqual([]);
      await templates.openVersion('Veidlapa Nr. 1', 'lv-veidlapa-1', 2);
      const itemText = templates.field('1. punkts: teksts (photo-premises)');
      await expect(itemText).toHaveValue(OLD_TEXT);
      await itemText.fill(NEW_TEXT);
      const preview = await pdfText(
        tmp,
        'preview.pdf',
        await capturePrintedPdf(page, () =>
          page.getByRole('button', { name: 'PDF priekšskatījums' }).click(),
        ),
      );
      expect(preview).toContain(NEW_TEXT);
      expect(preview).toContain('F-0000-0000');
      await page.getByRole('button', { name: 'Saglabāt kā versiju 3' }).click();
      await expect(templates.versionRow('lv-veidlapa-1', 3)).toContainText('Rediģējusi iestāde');
      await expect(templates.versionRow('lv-veidlapa-1', 3)).toContainText('02.03.2026');
      await expect(templates.versionRow('lv-veidlapa-1', 2)).toContainText('Piegādāta ar lietotni');
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'templates-editor.png');

      // A custom purpose with all three labels.
      await templates.addPurpose({
        lv: SURVEY,
        lt: 'Dalyvavimas tyrimo apklausoje',
        en: 'Taking part in a research survey',
      });
      expect(await screenViolations(page)).toEqual([]);

      // New forms print version 3 by default; the footer names it.
      await forms.open();
      await expect(page.getByLabel('Veidlapas veidne')).toContainText('versija 3');
      await forms.prepareForGroup('Zīļuki', 'first');
      const v3 = await pdfText(
        tmp,
        'v3.pdf',
        await capturePrintedPdf(page, () => forms.printButton.click()),
      );
      expect(v3).toContain(NEW_TEXT);
      expect(v3).not.toContain(OLD_TEXT);
      expect(v3).toContain('lv-veidlapa-1 v3');

      // The form printed before the edit reprints in the wording the parent got.
      const overview = new ConsentsOverviewModel(page);
      await overview.open();
      await expect(overview.matrix.getByRole('columnheader', { name: SURVEY })).toBeVisible();
      const childPage = await overview.openChild(CHILD);
      const reprint = await pdfText(
        tmp,
        'reprint.pdf',
        await capturePrintedPdf(page, () =>
          page
            .getByRole('listitem')
            .filter({ hasText: oldFormId })
            .getByRole('button', { name: 'Drukāt atkārtoti' })
            .click(),
        ),
      );
      expect(reprint).toContain(OLD_TEXT);
      expect(reprint).not.toContain(NEW_TEXT);
      expect(reprint).toContain('lv-veidlapa-1 v2');

      // The custom purpose on the child's page: no answer yet, then the mother's written yes.
      await expect(childPage.purpose(SURVEY)).toContainText('Nav atbildes');
      await page.getByRole('button', { name: `Reģistrēt atbildi: ${SURVEY}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Piekrīt', exact: true }).check();
      await dialog.getByLabel('Atbildes datums (DD.MM.GGGG)').fill('02.03.2026');
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(childPage.purpose(SURVEY)).toContainText('Piekrišana dota');
      await screenshot(page, 'templates-child.png');

      // A teacher has no way in: no Forms section at all, and the address opens no tools.
      await lockApp(page);
      await signIn(page, 'baiba', 'Sākuma parole 2026');
      await changeInitialPassword(page, 'Sākuma parole 2026', 'Kļavas lapas rudenī 9');
      await expect(
        page
          .getByRole('navigation', { name: 'Galvenā navigācija' })
          .getByRole('link', { name: 'Piekrišanas' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Veidlapas' })).toHaveCount(0);
      await page.evaluate(() => {
        window.location.hash = '#/forms/templates';
      });
      await expect(page.getByRole('heading', { name: 'Laipni lūdzam', level: 1 })).toBeVisible();
      await expect(templates.heading).toHaveCount(0);
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Atvērt/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Pievienot mērķi' })).toHaveCount(0);

      await expectNothingReadable(app, [
        CHILD,
        'Ozoliņa',
        'Inese',
        '29000111',
        'Skolotāja Baiba',
        'Sākuma parole 2026',
        'Kļavas lapas rudenī 9',
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
