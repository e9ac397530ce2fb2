// Issue 14, defect 11: two children with the same name are told apart everywhere one is shown or
// chosen. Three "Dārta Ezerkalne": two in Zīlītes, one in Mārītes. Pickers (forms child by child,
// a blank returned form, the photo check, a request's subject) always show the birth date and
// group; lists (children, group overview, printed group sheet, forms not returned, the audit
// log) show the birth date beside the namesakes; a child's page, a returned form and the
// withdrawal dialog name the child with birth date and group.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { RequestsListModel } from './pages/requests-pages';
import { SubjectsListModel } from './pages/records-subjects';
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

const NAME = 'Dārta Ezerkalne';
const TWINS = [
  { born: '03.05.2023', group: 'Zīlītes', mother: 'Una' },
  { born: '21.01.2023', group: 'Zīlītes', mother: 'Ilga' },
  { born: '14.11.2022', group: 'Mārītes', mother: 'Vija' },
] as const;
/** The one in Mārītes: named with both birth date and group wherever she is picked. */
const OTHER = `${NAME} (dz. 14.11.2022, Mārītes)`;

const addTwins = async (page: Page): Promise<void> => {
  const list = new SubjectsListModel(page);
  for (const twin of TWINS) {
    await list.open();
    const form = await list.addChild();
    await form.fill({
      'Vārds (vārdi)': 'Dārta',
      Uzvārds: 'Ezerkalne',
      'Dzimšanas datums': twin.born,
    });
    await form.selectGroup(twin.group);
    await form.addRepresentative(1, {
      relation: 'Māte',
      givenNames: twin.mother,
      familyName: 'Ezerkalne',
    });
    await form.save();
    await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  }
};

const pdfText = async (pdf: Buffer): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'namesakes-e2e-'));
  try {
    await writeFile(join(dir, 'sheet.pdf'), pdf);
    // A long name wraps in its cell: compare with the line breaks as spaces.
    return execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/gu,
      ' ',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

test.describe('namesakes', () => {
  test.use({ actionTimeout: 30_000 });

  test('two children with the same name are told apart by birth date and group on every screen', async ({
    app,
  }) => {
    test.setTimeout(420_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    await addTwins(page);

    // The children list: the group column, and the birth date beside each namesake.
    const list = new SubjectsListModel(page);
    await list.open();
    await list.search('ezerkalne');
    await expect(list.table.getByRole('row')).toHaveCount(4);
    await expect(list.row('Ezerkalne, Dārta (dz. 14.11.2022)')).toContainText('Mārītes');
    await expect(list.row('Ezerkalne, Dārta (dz. 03.05.2023)')).toContainText('Zīlītes');
    await expect(list.row('Ezerkalne, Dārta (dz. 21.01.2023)')).toContainText('Zīlītes');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-children.png');

    // Forms child by child: each box names birth date and group; the one in Mārītes is prepared.
    const forms = new FormsPageModel(page);
    await forms.open();
    await page.getByRole('radio', { name: 'Vienam vai vairākiem bērniem' }).check();
    await page.getByLabel('Meklēt bērnu').fill('ezerk');
    for (const twin of TWINS) {
      await expect(
        page.getByRole('checkbox', { name: `${NAME} (dz. ${twin.born}, ${twin.group})` }),
      ).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-forms-pick.png');
    await page.getByRole('checkbox', { name: OTHER }).check();
    await page.getByRole('button', { name: 'Sagatavot' }).click();
    const status = page.getByRole('status').filter({ hasText: /Sagatavotas? 1 veidlap/ });
    await expect(status).toBeVisible({ timeout: 60_000 });
    const formId = /F-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await status.innerText())?.[0] ?? '';

    // The returned form names the child it was printed for with birth date and group.
    const id = page.getByLabel('Veidlapas ID (piem., F-7KQ2-9MXD)');
    await id.fill(formId);
    await id.press('Enter');
    const found = page.getByRole('form', { name: `Veidlapa ${formId}` });
    await expect(found.getByRole('heading', { level: 3 })).toHaveText(
      `Veidlapa ${formId} · ${OTHER}`,
    );
    await screenshot(page, 'namesakes-returned-form.png');
    for (const i of [1, 2, 3]) {
      await found
        .getByRole('radiogroup')
        .nth(i)
        .getByRole('radio', { name: 'Piekrītu', exact: true })
        .check();
    }
    await found.getByRole('button', { name: 'Saglabāt atbildes' }).click();
    await expect(id).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: `Atbildes saglabātas: ${formId} (${OTHER})` }),
    ).toBeVisible();

    // A blank form's child is chosen from a list that names birth date and group.
    await page.getByRole('radio', { name: 'Tukša veidlapa (aizpildīt ar roku)' }).check();
    await page.getByRole('button', { name: 'Sagatavot' }).click();
    const blank = page
      .getByRole('status')
      .filter({ hasText: /Sagatavotas? 1 veidlap/ })
      .filter({ hasNotText: formId });
    await expect(blank).toBeVisible({ timeout: 60_000 });
    const blankId = /F-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await blank.innerText())?.[0] ?? '';
    await id.fill(blankId);
    await id.press('Enter');
    const child = page.getByRole('form', { name: `Veidlapa ${blankId}` }).getByLabel(/^Bērns/);
    for (const twin of TWINS) {
      await expect(
        child.locator('option', { hasText: `${NAME} (dz. ${twin.born}, ${twin.group})` }),
      ).toHaveCount(1);
    }

    // The group overview of Zīlītes: its two namesakes by birth date; the printed sheet too.
    const overview = new ConsentsOverviewModel(page);
    await overview.open();
    await page.getByLabel('Grupa', { exact: true }).selectOption({ label: 'Zīlītes' });
    await expect(overview.row(`${NAME} (dz. 03.05.2023)`)).toBeVisible();
    await expect(overview.row(`${NAME} (dz. 21.01.2023)`)).toBeVisible();
    await screenshot(page, 'namesakes-overview.png');
    const sheet = await pdfText(
      await capturePrintedPdf(page, () =>
        page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
      ),
    );
    expect(sheet).toContain(`${NAME} (dz. 03.05.2023)`);
    expect(sheet).toContain(`${NAME} (dz. 21.01.2023)`);

    // The photo check: each child to tick names birth date and group, so does each reason.
    await page.getByLabel('Meklēt bērnu').fill('ezerk');
    for (const twin of TWINS) {
      await page
        .getByRole('checkbox', { name: `${NAME} (dz. ${twin.born}, ${twin.group})` })
        .check();
    }
    await page.getByRole('button', { name: 'Pārbaudīt' }).click();
    // She agreed to everything: only the two in Zīlītes (no answer yet) are reasons.
    const reasons = page.getByRole('listitem').filter({ hasText: NAME });
    await expect(reasons.filter({ hasText: `${NAME} (dz. 03.05.2023, Zīlītes)` })).toHaveCount(1);
    await expect(reasons.filter({ hasText: `${NAME} (dz. 21.01.2023, Zīlītes)` })).toHaveCount(1);
    await expect(reasons.filter({ hasText: OTHER })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-photo-check.png');

    // The child's page and the withdrawal dialog name her with birth date and group.
    await list.open();
    await list.search('ezerkalne');
    await list.row('Ezerkalne, Dārta (dz. 14.11.2022)').click();
    await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Piekrišanas' }).click();
    await expect(page.getByText('dz. 14.11.2022, Mārītes', { exact: true })).toBeVisible();
    await page
      .getByRole('button', { name: /^Atsaukt: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Bērns: ${OTHER}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-withdraw.png');
    await dialog.getByRole('button', { name: 'Atcelt' }).click();

    // A request's subject: every match names birth date and group.
    const requests = new RequestsListModel(page);
    await requests.open();
    await requests.register();
    const box = page.getByRole('combobox', { name: 'Bērns vai klients' });
    await box.click();
    await box.pressSequentially('ezerk');
    for (const twin of TWINS) {
      await expect(
        page.getByRole('option', { name: `${NAME} (dz. ${twin.born}, ${twin.group})` }),
      ).toBeVisible();
    }
    await screenshot(page, 'namesakes-request-picker.png');
    await page.getByRole('option', { name: OTHER }).click();
    await expect(box).toHaveValue(OTHER);
    await page.keyboard.press('Escape');

    // The audit log names each namesake with her birth date; her trail with birth date and group.
    await page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
    const log = page.getByRole('table', { name: 'Auditācijas žurnāls' });
    await expect(log.getByText(`${NAME} (dz. 14.11.2022)`).first()).toBeVisible();
    await expect(log.getByText(`${NAME} (dz. 03.05.2023)`).first()).toBeVisible();
    await screenshot(page, 'namesakes-audit.png');
    await log
      .getByRole('button', { name: `${NAME} (dz. 14.11.2022)` })
      .first()
      .click();
    await expect(
      page.getByRole('heading', { name: `Kas skatīja un mainīja datus: ${NAME}` }),
    ).toBeVisible();
    await expect(page.getByText('dz. 14.11.2022, Mārītes', { exact: true })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });

  test("a secretary's and a teacher's screens tell the namesakes apart too", async ({ app }) => {
    test.setTimeout(420_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    await addTwins(page);
    for (const [name, username, role, groups] of [
      ['Lietvede Inga', 'inga', 'Lietvede (personas datu operators)', []],
      ['Skolotāja Rasa', 'rasa', 'Skolotāja', ['Zīlītes']],
    ] as const) {
      await createStaffMember(page, {
        displayName: name,
        username,
        roleLabel: role,
        password: 'Sākuma parole 2026',
        groups,
      });
    }
    const list = new SubjectsListModel(page);

    // The secretary: the children list and the forms picker.
    await lockApp(page);
    await signIn(page, 'inga', 'Sākuma parole 2026');
    await changeInitialPassword(page, 'Sākuma parole 2026', 'Rudens lapas krīt lēni 4');
    await list.open();
    await list.search('ezerkalne');
    await expect(list.row('Ezerkalne, Dārta (dz. 14.11.2022)')).toContainText('Mārītes');
    await screenshot(page, 'namesakes-secretary-children.png');
    await new FormsPageModel(page).open();
    await page.getByRole('radio', { name: 'Vienam vai vairākiem bērniem' }).check();
    await page.getByLabel('Meklēt bērnu').fill('ezerk');
    await expect(page.getByRole('checkbox', { name: OTHER })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-secretary-forms.png');

    // The teacher of Zīlītes: only her two, told apart by birth date in the overview.
    await lockApp(page);
    await signIn(page, 'rasa', 'Sākuma parole 2026');
    await changeInitialPassword(page, 'Sākuma parole 2026', 'Zvaigznes spīd naktī 8');
    await list.open();
    await list.search('ezerkalne');
    await expect(list.table.getByRole('row')).toHaveCount(3);
    await expect(list.row('Ezerkalne, Dārta (dz. 03.05.2023)')).toContainText('Zīlītes');
    await screenshot(page, 'namesakes-teacher-children.png');
    const overview = new ConsentsOverviewModel(page);
    await overview.open();
    await page.getByLabel('Grupa', { exact: true }).selectOption({ label: 'Zīlītes' });
    await expect(overview.row(`${NAME} (dz. 03.05.2023)`)).toBeVisible();
    await expect(overview.row(`${NAME} (dz. 21.01.2023)`)).toBeVisible();
    await page.getByLabel('Meklēt bērnu').fill('ezerk');
    await expect(page.getByRole('checkbox', { name: /Dārta Ezerkalne/ })).toHaveCount(2);
    await expect(
      page.getByRole('checkbox', { name: `${NAME} (dz. 21.01.2023, Zīlītes)` }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'namesakes-teacher-consents.png');
    await overview.row(`${NAME} (dz. 21.01.2023)`).getByRole('button').click();
    await expect(page.getByText('dz. 21.01.2023, Zīlītes', { exact: true })).toBeVisible();
    await screenshot(page, 'namesakes-teacher-child.png');
    expect(app.consoleErrors).toEqual([]);
  });
});
