// Issue 14, the everyday defects not covered by their own journeys: the setup wizard's first
// click after a correction is not lost (defect 9), a new sign-in starts at home (defect 13), and
// no input of any screen lets Chromium keep what is typed in its form history (defect 14).
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capturePrintedPdf, FormsPageModel } from './pages/consents-pages';
import { expect, test } from './support/fixtures';
import { SubjectsListModel } from './pages/records-subjects';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
  signInToApp,
} from './support/journey';

const TYPED_INTO =
  'input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), textarea';

// Screenshots of the changed screens, only when asked for (E2E_SCREENSHOTS=<folder>).
const SHOTS = process.env.E2E_SCREENSHOTS;

const pdfText = async (pdf: Buffer): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'everyday-e2e-'));
  try {
    await writeFile(join(dir, 'x.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The inputs on screen whose typed text Chromium could keep (form history or saved password). */
const remembered = (page: Page, where: string): Promise<string[]> =>
  page.locator(TYPED_INTO).evaluateAll(
    (elements, screen) =>
      elements
        .filter((e) => {
          const value = e.getAttribute('autocomplete') ?? '';
          const password = e.getAttribute('type') === 'password';
          return !(value === 'off' || (password && /^(new|current)-password$/.test(value)));
        })
        .map((e) => {
          const label =
            (e as HTMLInputElement).labels?.[0]?.textContent ?? e.outerHTML.slice(0, 80);
          return `${screen}: ${label}`;
        }),
    where,
  );

test.describe('everyday use', () => {
  test('nothing moves under the pointer when a field loses the focus: one click goes on', async ({
    app,
  }) => {
    const { page } = app;
    await page.goto('./');
    await page.getByRole('button', { name: 'Izveidot jaunu reģistru' }).click();
    await page.getByLabel('Iestādes nosaukums').fill('PII «Cīrulītis»');
    await page
      .getByLabel('Pārziņa pārstāvis (iestādes vadītāja), vārds un uzvārds')
      .fill('Vadītāja Ilze Testa');
    await page
      .getByLabel('Personas datu operators (piemēram, lietvede), vārds un uzvārds')
      .fill('Lietvede Dace Pārbaude');
    const next = page.getByRole('button', { name: 'Tālāk' });
    const before = await next.boundingBox();
    // A mistyped e-mail, left with Tab: the page does not move.
    await page.getByLabel('E-pasts').fill('pasts.cirulitis.lv');
    await page.keyboard.press('Tab');
    expect(await next.boundingBox()).toEqual(before);
    // Corrected, then one click on "Tālāk" (its mousedown takes the focus off the field).
    await page.getByLabel('E-pasts').fill('pasts@cirulitis.lv');
    await next.click();
    await expect(page.getByLabel('Vadītājas vārds un uzvārds')).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
  });

  test('every input of every screen and dialog keeps nothing in the browser profile', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const found: string[] = [];
    await page.goto('./');
    await page.getByRole('button', { name: 'Izveidot jaunu reģistru' }).click();
    found.push(...(await remembered(page, 'setup')));
    await page.goto('./');
    const owner = await setupVault(page, { demo: true });
    const nav = page.getByRole('navigation', { name: 'Galvenā navigācija' });
    for (const name of await nav.getByRole('link').allInnerTexts()) {
      await nav.getByRole('link', { name: name.trim(), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      found.push(...(await remembered(page, name.trim())));
    }
    const dialogs: [string, string][] = [
      ['Bērni', 'Pievienot bērnu'],
      ['Grupas', 'Pievienot grupu'],
      ['Darbinieki', 'Pievienot darbinieku'],
    ];
    for (const [section, button] of dialogs) {
      await nav.getByRole('link', { name: section }).click();
      await page.getByRole('button', { name: button }).click();
      await page.waitForTimeout(300);
      found.push(...(await remembered(page, `${section} → ${button}`)));
      await page.keyboard.press('Escape');
      await nav.getByRole('link', { name: 'Sākums' }).click();
    }
    // A returned form's answers, with the signer-note field the issue names.
    const forms = new FormsPageModel(page);
    await forms.open();
    // The groups arrive after the page: read the chosen one (this waits for it), not the list
    // of options, which may still be empty.
    const group = await page
      .getByLabel('Grupa', { exact: true })
      .locator('option:checked')
      .innerText();
    const [formId = ''] = await forms.prepareForGroup(group.trim(), 'first');
    await page.getByLabel('Veidlapas ID (piem., F-7KQ2-9MXD)').fill(formId);
    await page.getByRole('button', { name: 'Atrast' }).click();
    await expect(page.getByLabel('Piezīme par parakstītāju (nav obligāta)')).toBeVisible();
    found.push(...(await remembered(page, 'Veidlapas → atgrieztā veidlapa')));
    await lockApp(page);
    found.push(...(await remembered(page, 'Pieteikšanās')));
    await signInToApp(page, owner.username, owner.password);
    expect(found).toEqual([]);
  });

  test("preparing a group's forms twice warns and reprints the open ones; the group's list of forms not returned", async ({
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
    const first = await forms.prepareForGroup(group, 'first');
    expect(first.length).toBeGreaterThan(0);

    // The same group again: a warning names the open forms and offers their reprint.
    await page.getByRole('button', { name: 'Sagatavot' }).click();
    const warning = page.getByRole('alertdialog');
    await expect(warning).toContainText(`Jau izsniegt`);
    await expect(warning).toContainText(first[0] ?? '');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'open-forms-warning.png') });
    const reprinted = await pdfText(
      await capturePrintedPdf(page, () =>
        warning.getByRole('button', { name: /^Drukāt esošo|^Drukāt esošās/ }).click(),
      ),
    );
    for (const formId of first) expect(reprinted).toContain(formId);
    // Nothing new was prepared: the status still lists the first set only.
    await expect(
      page.getByRole('status').filter({ hasText: /Sagatavotas? \d+ veidlap/ }),
    ).toContainText(first.join(', '));

    // The list of forms not returned: every open form of the group, each with its reprint.
    const list = page.getByRole('region', { name: 'Neatgrieztās veidlapas' });
    await list.getByLabel('Rādīt grupu').selectOption({ label: group });
    await expect(list.getByRole('status')).toContainText(String(first.length));
    for (const formId of first)
      await expect(list.getByRole('cell', { name: formId, exact: true })).toBeVisible();
    await list.scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'unreturned-list.png'), fullPage: true });
    const one = await pdfText(
      await capturePrintedPdf(page, () =>
        list.getByRole('button', { name: `Drukāt vēlreiz veidlapu ${first[0] ?? ''}` }).click(),
      ),
    );
    expect(one).toContain(first[0] ?? '');

    // "Prepare new ones anyway" still can.
    await page.getByRole('button', { name: 'Sagatavot' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Tomēr sagatavot jaunas' })
      .click();
    const status = page.getByRole('status').filter({ hasText: /Sagatavotas? \d+ veidlap/ });
    await expect(status).not.toContainText(first[0] ?? '');
    expect(app.consoleErrors).toEqual([]);
  });

  test('Sākums says what to do next: shortcuts, forms out per group oldest first, children without an answer', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    const glance = page.getByRole('table', { name: 'Grupu stāvoklis' });
    await expect(glance).toBeVisible();
    const next = page.getByRole('group', { name: 'Ko darīt tālāk' });
    await expect(next.getByRole('button')).toHaveText([
      'Pievienot bērnu',
      'Sagatavot veidlapas',
      'Pārbaudīt piekrišanas',
    ]);
    const rows = glance.getByRole('row');
    const groupCount = (await rows.count()) - 1;
    expect(groupCount).toBeGreaterThan(1);

    // Forms for the last group in the list: it moves to the top, with the count and the date.
    const last = (await rows.nth(groupCount).getByRole('cell').first().innerText()).trim();
    await next.getByRole('button', { name: 'Sagatavot veidlapas' }).click();
    await expect(page.getByRole('heading', { name: 'Veidlapas', level: 1 })).toBeVisible();
    const formIds = await new FormsPageModel(page).prepareForGroup(last, 'first');
    await page.getByRole('link', { name: 'Sākums' }).click();
    const top = glance.getByRole('row').nth(1);
    await expect(top.getByRole('cell').first()).toHaveText(last);
    await expect(top.getByRole('cell').nth(1)).toHaveText(
      new RegExp(`^${String(formIds.length)} \\(vecākā izsniegta \\d{2}\\.\\d{2}\\.\\d{4}\\)$`),
    );
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
    expect(app.consoleErrors).toEqual([]);
  });

  test("a teacher's link to a child outside her groups says it is not allowed, no endless spinner", async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await setupVault(page, { demo: true });
    await createStaffMember(page, {
      displayName: 'Skolotāja Rasa',
      username: 'rasa',
      roleLabel: 'Skolotāja',
      password: 'Sākuma parole 2026',
    });
    const list = new SubjectsListModel(page);
    await list.open();
    await list.table.getByRole('row').nth(1).click();
    await expect(page).toHaveURL(/#\/subjects\/[^/]+$/);
    const link = page.url();
    await lockApp(page);
    await signIn(page, 'rasa', 'Sākuma parole 2026');
    await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
    await page.goto(link);
    await expect(
      page.getByRole('heading', {
        name: /^(Jūsu lomai šī darbība nav atļauta|Ieraksts nav atrasts)\.$/,
        level: 1,
      }),
    ).toBeVisible();
    await expect(page.getByText('Ielādē')).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
  });

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
