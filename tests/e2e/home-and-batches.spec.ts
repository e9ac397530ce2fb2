// Issue 14: a group's batch of forms comes in Latvian order by surname, then given names, after a
// cover naming the group and the count, and the staff-room sheet follows the same order (defect
// 4); Sākums counts per group the forms out, the children without any answer and this month's
// withdrawals, and says how many requests are overdue (the home screen).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { RequestsListModel } from './pages/requests-pages';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';
import { screenshot } from './support/screenshots';

const GROUP = 'Zīlītes';
const TODAY = new Date('2026-03-16T09:00:00+02:00');

/** The text of each page of a PDF, line breaks as spaces. */
const pdfPages = async (pdf: Buffer): Promise<string[]> => {
  const dir = await mkdtemp(join(tmpdir(), 'home-batches-e2e-'));
  try {
    await writeFile(join(dir, 'x.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
    return text
      .split('\f')
      .map((page) => page.replace(/\s+/gu, ' ').trim())
      .filter((page) => page !== '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The group's children as the overview names them ("Given Family", each a link-styled button). */
const groupChildren = async (page: Page): Promise<string[]> => {
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  await page.getByLabel('Grupa', { exact: true }).selectOption({ label: GROUP });
  await expect(overview.matrix.locator('caption')).toContainText(GROUP);
  await expect(overview.matrix.getByRole('button').first()).toBeVisible();
  return (await overview.matrix.getByRole('button').allInnerTexts()).map((n) => n.trim());
};

/** Latvian order by surname, then given names, computed here and not by the app. */
const latvianOrder = (names: readonly string[]): string[] => {
  const collator = new Intl.Collator('lv');
  const split = (name: string) => {
    const at = name.lastIndexOf(' ');
    return { family: name.slice(at + 1), given: name.slice(0, at) };
  };
  return [...names].sort(
    (a, b) =>
      collator.compare(split(a).family, split(b).family) ||
      collator.compare(split(a).given, split(b).given),
  );
};

const homeRow = (page: Page): Locator =>
  page
    .getByRole('table', { name: 'Grupu stāvoklis' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: GROUP, exact: true }) });

test.describe('batches and the home screen', () => {
  test.use({ actionTimeout: 30_000 });

  test("a group's batch: a cover with group and count, then the children in Latvian order; the sheet too", async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    const expected = latvianOrder(await groupChildren(page));
    expect(expected.length).toBeGreaterThan(5);

    const forms = new FormsPageModel(page);
    await forms.open();
    const formIds = await forms.prepareForGroup(GROUP, 'first');
    expect(formIds).toHaveLength(expected.length);
    const [cover = '', ...pages] = await pdfPages(
      await capturePrintedPdf(page, () => forms.printButton.click()),
    );
    expect(cover).toContain('Veidlapu komplekts');
    expect(cover).toContain(`Grupa: ${GROUP}`);
    expect(cover).toContain(`Veidlapu skaits: ${String(expected.length)}`);
    expect(pages).toHaveLength(expected.length);
    pages.forEach((text, i) => {
      expect(text).toContain(expected[i]);
      expect(text).toContain(formIds[i]);
    });

    // The staff-room sheet lists them in the same order.
    await groupChildren(page);
    const sheet = (
      await pdfPages(
        await capturePrintedPdf(page, () =>
          page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
        ),
      )
    ).join(' ');
    // Past the "must not" summary, which names them all too: the table starts at its header.
    const table = sheet.slice(sheet.indexOf('Vārds, uzvārds'));
    const at = expected.map((name) => table.indexOf(name));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(app.consoleErrors).toEqual([]);
  });

  test('Sākums counts forms out, children without an answer, withdrawals this month and overdue requests', async ({
    app,
  }) => {
    test.setTimeout(360_000);
    const { page } = app;
    await page.clock.setFixedTime(TODAY);
    await setupVault(page, { demo: true });
    const cells = homeRow(page).getByRole('cell');
    await expect(cells.nth(1)).toHaveText('0');
    const withoutAnswer = Number(await cells.nth(2).innerText());
    expect(withoutAnswer).toBeGreaterThan(5);
    await expect(cells.nth(3)).toHaveText('0');
    await expect(page.getByText(/Nokavēti:/)).toHaveCount(0);

    // The group's forms go out; the first comes back agreeing to everything.
    const forms = new FormsPageModel(page);
    await forms.open();
    const [first = '', ...rest] = await forms.prepareForGroup(GROUP, 'first');
    const id = page.getByLabel('Veidlapas ID (piem., F-7KQ2-9MXD)');
    await id.fill(first);
    await id.press('Enter');
    const found = page.getByRole('form', { name: `Veidlapa ${first}` });
    for (const item of [1, 2, 3]) {
      await found
        .getByRole('radiogroup')
        .nth(item)
        .getByRole('radio', { name: 'Piekrītu', exact: true })
        .check();
    }
    await found.getByRole('button', { name: 'Saglabāt atbildes' }).click();
    await page.getByRole('button', { name: /^Atvērt piekrišanas: / }).click();
    const heading = page.getByRole('heading', { name: /^Piekrišanas: /, level: 1 });
    const child = (await heading.innerText()).replace(/^Piekrišanas: /u, '');

    // Her parent withdraws one consent today.
    await page
      .getByRole('button', { name: /^Atsaukt: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kā atsaukums saņemts').selectOption({ label: 'Klātienē' });
    await dialog.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
    await dialog.getByRole('button', { name: 'Aizvērt' }).click();

    // An access request received 40 days ago is past its one-month deadline.
    const requests = new RequestsListModel(page);
    await requests.open();
    const request = await requests.register();
    await request.received('05.02.2026');
    await request.aboutChild(child, child);
    await page.getByRole('combobox', { name: 'Pārstāvis no reģistra' }).selectOption({ index: 1 });
    await request.save();

    await page.getByRole('link', { name: 'Sākums' }).click();
    await expect(cells.nth(1)).toHaveText(
      new RegExp(`^${String(rest.length)} \\(vecākā izsniegta 16\\.03\\.2026\\)$`),
    );
    await expect(cells.nth(2)).toHaveText(String(withoutAnswer - 1));
    await expect(cells.nth(3)).toHaveText('1');
    await expect(page.getByText(/Nokavēti: 1\./)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home-counts.png');
    await page.getByRole('button', { name: 'Atvērt pieprasījumus' }).click();
    await expect(
      page.getByRole('heading', { name: 'Datu subjektu pieprasījumi', level: 1 }),
    ).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });
});
