// A social office's client consents (issue 11 item 5) in real Chromium: a social office with a
// client who has no representative, the client consent form printed (not Veidlapa Nr. 1: the
// client signs for themselves), the returned paper recorded, one item withdrawn with the client
// withdrawal form, and the history showing both; axe clean, nothing readable at rest.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeValidLtCode } from '../../shared/personal-code/generate';
import { capturePrintedPdf, FormsPageModel } from './pages/consents-pages';
import { expectNothingReadable } from './support/at-rest';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { DEFAULT_OWNER, lockApp, signInToApp } from './support/journey';

const DAY_1 = new Date('2026-03-02T09:00:00+02:00');
const DAY_3 = new Date('2026-03-04T09:00:00+02:00');
const CLIENT = { given: 'Jānis', family: 'Ērglis' };
const CLIENT_NAME = `${CLIENT.given} ${CLIENT.family}`;
/** A Lithuanian man's code (born 1950-04-04), and why it is in a Latvian register. */
const LT_CODE = makeValidLtCode('1950-04-04', 'male', 3);
const FOREIGN_NOTE = 'Lietuvas pilsonis; kods izdots Lietuvā';
const PUBLISH = 'Foto un video publiskošana (interneta vietnes, prese, sociālie tīkli)';
const EVENTS = 'Dalība iestādes rīkotajos pasākumos';

const pdfText = async (dir: string, name: string, pdf: Buffer): Promise<string> => {
  const file = join(dir, name);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

/** Axe on our screen, once earlier toasts have gone. */
const screenViolations = async (page: Page): Promise<string[]> => {
  await expect(page.locator('.fui-Toast')).toHaveCount(0, { timeout: 20_000 });
  return seriousViolations(page);
};

/** The setup wizard for a Latvian social office; leaves the head signed in. */
const setupSocialOffice = async (page: Page): Promise<void> => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Izveidot jaunu reģistru' }).click();
  await page.getByRole('radio', { name: 'Sociālais dienests' }).check();
  await page.getByLabel('Iestādes nosaukums').fill('Sociālais dienests «Ziedkalne»');
  await page
    .getByLabel('Pārziņa pārstāvis (iestādes vadītāja), vārds un uzvārds')
    .fill('vadītāja Inese Testa');
  await page
    .getByLabel('Personas datu operators (piemēram, lietvede), vārds un uzvārds')
    .fill('sociālā darbiniece Līga Pārbaude');
  await page.getByRole('button', { name: 'Tālāk' }).click();
  await page.getByLabel('Vadītājas vārds un uzvārds').fill('Inese Testa');
  await page.getByLabel('Lietotājvārds').fill(DEFAULT_OWNER.username);
  await page.getByRole('textbox', { name: 'Parole', exact: true }).fill(DEFAULT_OWNER.password);
  await page.getByLabel('Parole vēlreiz').fill(DEFAULT_OWNER.password);
  await page.getByRole('button', { name: 'Tālāk' }).click();
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible();
  const groups = await codeBox.locator('span').allInnerTexts();
  const label = await page.getByText(/ievadiet tās \d+\. grupu/).innerText();
  const groupNumber = Number(/tās (\d+)\. grupu/.exec(label)?.[1]);
  await page
    .getByRole('textbox', { name: /ievadiet tās \d+\. grupu/ })
    .fill(groups[groupNumber - 1] ?? '');
  await page.getByRole('button', { name: 'Pabeigt izveidi' }).click();
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
    timeout: 60_000,
  });
};

/** Klienti → the client → Piekrišanas. */
const openClientConsents = async (page: Page): Promise<void> => {
  // The navigation link to #/subjects ("Klienti" in a social office).
  await page.locator('nav a[href="#/subjects"]').click();
  await page
    .getByRole('row')
    .filter({ hasText: `${CLIENT.family}, ${CLIENT.given}` })
    .click();
  await page.getByRole('button', { name: 'Piekrišanas' }).click();
  await expect(
    page.getByRole('heading', { name: `Piekrišanas: ${CLIENT_NAME}`, level: 1 }),
  ).toBeVisible();
};

test.describe('client consents', () => {
  test.use({ actionTimeout: 30_000 });
  test('a social office prints the client form, records the client’s own consent, a withdrawal, and the history shows both', async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'client-consent-e2e-'));
    try {
      await page.clock.setFixedTime(DAY_1);
      await setupSocialOffice(page);

      // A client with no representative recorded.
      // The navigation link to #/subjects ("Klienti" in a social office).
      await page.locator('nav a[href="#/subjects"]').click();
      await page.getByRole('button', { name: 'Pievienot klientu' }).click();
      await page.getByRole('textbox', { name: 'Vārds (vārdi)', exact: true }).fill(CLIENT.given);
      await page.getByRole('textbox', { name: 'Uzvārds', exact: true }).fill(CLIENT.family);
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(page.getByRole('heading', { name: CLIENT_NAME, level: 1 })).toBeVisible();

      // His personal code was issued in Lithuania: refused until he is marked as a foreign
      // national with a note, then kept and shown the Lithuanian way (issue 11).
      await page.getByRole('button', { name: 'Labot', exact: true }).click();
      await page.getByRole('textbox', { name: 'Personas kods' }).fill(LT_CODE);
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(
        page.getByText('To var ievadīt tikai personai, kas atzīmēta kā ārvalstnieks, ar piezīmi.'),
      ).toBeVisible();
      await page.getByRole('checkbox', { name: /^Ārvalstnieks/ }).check();
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      const note = page.getByRole('textbox', { name: 'Piezīme par ārvalstnieka personas kodu' });
      await expect(page.getByText(/^Ārvalstniekam norādiet piezīmi/)).toBeVisible();
      await note.fill(FOREIGN_NOTE);
      // The Lithuanian code gives the birth date, read the Lithuanian way.
      await expect(page.getByRole('textbox', { name: 'Dzimšanas datums' })).toHaveValue(
        '04.04.1950',
      );
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-0-foreign-form.png');
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(page.getByRole('heading', { name: CLIENT_NAME, level: 1 })).toBeVisible();
      const details = page.locator('main');
      await expect(details).toContainText(LT_CODE);
      await expect(details).toContainText(FOREIGN_NOTE);
      await expect(details).toContainText('04.04.1950');
      // A client is taken into the office's records, not enrolled like a child.
      await expect(details).toContainText('Uzņemts uzskaitē');
      await screenshot(page, 'client-consent-0-client.png');

      // The purposes are the client form's, not Veidlapa Nr. 1's, in the head's list too.
      await page.goto('./#/forms/templates');
      await expect(
        page.getByRole('cell', { name: 'No klienta piekrišanas veidlapas' }),
      ).toHaveCount(3);
      await expect(page.getByText('No veidlapas Nr. 1')).toHaveCount(0);
      await expect(page.getByText(/^Trīs mērķi ir no klienta piekrišanas veidlapas/)).toBeVisible();

      // The client form, not Veidlapa Nr. 1: one name line, the client's own signature.
      const forms = new FormsPageModel(page);
      await forms.open();
      await expect(page.getByRole('radio', { name: 'Visai grupai' })).toHaveCount(0);
      await page.getByRole('radio', { name: 'Vienam vai vairākiem klientiem' }).check();
      await page.getByRole('checkbox', { name: CLIENT_NAME }).check();
      await expect(page.getByLabel('Veidlapas veidne')).toContainText('Klienta piekrišana');
      await expect(
        page.getByText('Jauns teksts: iestādei pirms lietošanas jāpārskata formulējumi.'),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Sagatavot' }).click();
      const status = page.getByRole('status').filter({ hasText: /Sagatavota 1 veidlapa/ });
      await expect(status).toBeVisible({ timeout: 60_000 });
      const formId = /F-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await status.innerText())?.[0] ?? '';
      expect(formId).not.toBe('');
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-1-forms.png');
      const printed = await pdfText(
        tmp,
        'form.pdf',
        await capturePrintedPdf(page, () => forms.printButton.click()),
      );
      expect(printed).toContain('Klienta PIEKRIŠANA');
      expect(printed).toContain(`Es, ${CLIENT_NAME}`);
      expect(printed).toContain('(datums, klienta paraksts, atšifrējums)');
      expect(printed).not.toContain('likumiskā pārstāvja');
      expect(printed).toContain(formId);

      // The returned paper, recorded on the client's consents page: the client signed.
      await openClientConsents(page);
      await page
        .getByRole('listitem')
        .filter({ hasText: formId })
        .getByRole('button', { name: 'Reģistrēt atgriezto veidlapu' })
        .click();
      const dialog = page.getByRole('dialog');
      await expect(
        dialog.getByRole('heading', { name: new RegExp(`Veidlapa ${formId}`) }),
      ).toBeVisible();
      const groups = dialog.getByRole('radiogroup');
      await expect(
        groups.first().getByRole('radio', { name: CLIENT_NAME, exact: true }),
      ).toBeChecked();
      for (const [index, answer] of ['Piekrītu', 'Piekrītu', 'Nepiekrītu'].entries())
        await groups
          .nth(index + 1)
          .getByRole('radio', { name: answer, exact: true })
          .check();
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-2-record.png');
      await dialog.getByRole('button', { name: 'Saglabāt atbildes' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('group', { name: PUBLISH })).toContainText('Piekrišana dota');
      await expect(page.getByRole('group', { name: EVENTS })).toContainText('Atteikts');

      // The consents page of a social office: no group to choose; the photo check in clients.
      await page.locator('nav a[href="#/consents"]').click();
      await expect(
        page.getByRole('heading', { name: 'Klientu piekrišanas', level: 2 }),
      ).toBeVisible();
      await expect(page.getByText('Izvēlieties grupu')).toHaveCount(0);
      await expect(page.getByRole('group', { name: 'Klienti fotogrāfijā' })).toBeVisible();
      await page.getByRole('checkbox', { name: CLIENT_NAME }).check();
      await page.getByRole('button', { name: 'Pārbaudīt' }).click();
      await expect(
        page.getByRole('status').filter({
          hasText: 'Drīkst: visiem atzīmētajiem klientiem ir dota piekrišana.',
        }),
      ).toBeVisible();
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-2b-overview.png');
      await page.getByRole('button', { name: 'Atvērt klientu sarakstu' }).click();
      await expect(
        page.getByRole('row').filter({ hasText: `${CLIENT.family}, ${CLIENT.given}` }),
      ).toBeVisible();

      // Two days later the client withdraws consent to publishing, in person, and signs the
      // client withdrawal form.
      // The head locks at the end of the day; two days later the idle lock would have locked
      // anyway (it may fire at any moment after the clock jumps), so she signs in again.
      await lockApp(page);
      await page.clock.setFixedTime(DAY_3);
      await signInToApp(page, DEFAULT_OWNER.username, DEFAULT_OWNER.password);
      await openClientConsents(page);
      await page.getByRole('button', { name: `Atsaukt: ${PUBLISH}` }).click();
      const withdraw = page.getByRole('dialog');
      await expect(withdraw).toContainText(`Klients: ${CLIENT_NAME}`);
      await expect(withdraw).not.toContainText('bez grupas');
      await withdraw.getByLabel('Atsaukuma saņemšanas datums (DD.MM.GGGG)').fill('04.03.2026');
      await withdraw.getByLabel('Kā atsaukums saņemts').selectOption({ label: 'Klātienē' });
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-3-withdraw.png');
      await withdraw.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
      await expect(withdraw.getByRole('button', { name: 'Reģistrēt atsaukumu' })).toBeHidden();
      const withdrawal = await pdfText(
        tmp,
        'withdrawal.pdf',
        await capturePrintedPdf(page, () =>
          page
            .getByRole('dialog')
            .getByRole('button', { name: 'Drukāt atsaukuma veidlapu' })
            .click(),
        ),
      );
      expect(withdrawal).toContain('Klienta piekrišanas atsaukums');
      expect(withdrawal).toContain('atsaucu piekrišanu, kas dota par manu personas datu apstrādi');
      expect(withdrawal).toContain('(datums, klienta paraksts, atšifrējums)');
      expect(withdrawal).toContain(`Atsauktā piekrišana dota veidlapā: ${formId}`);
      await page.getByRole('dialog').getByRole('button', { name: 'Aizvērt' }).click();
      await expect(page.getByRole('group', { name: PUBLISH })).toContainText('Piekrišana atsaukta');

      // The history: the consent and its withdrawal, both signed by the client.
      const history = page.getByRole('table', { name: 'Vēsture' });
      await expect(history.getByRole('columnheader', { name: 'Parakstītājs' })).toBeVisible();
      const publishRows = history.getByRole('row').filter({ hasText: PUBLISH });
      await expect(publishRows).toHaveCount(2);
      await expect(publishRows.filter({ hasText: 'Piekrišana atsaukta' })).toContainText(
        CLIENT_NAME,
      );
      await expect(publishRows.filter({ hasText: 'Piekrišana dota' })).toContainText(CLIENT_NAME);
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'client-consent-4-history.png');

      await expectNothingReadable(app, [
        CLIENT.given,
        CLIENT.family,
        CLIENT_NAME,
        LT_CODE,
        FOREIGN_NOTE,
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
