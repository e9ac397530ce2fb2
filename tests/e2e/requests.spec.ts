// The request register journey (issue 8) in real Chromium over real IndexedDB: an access request
// for a child from a parent, a request for clarification, the answer with the access report and
// the reply letter; a rectification through the record's normal edit screen with the recipients
// to notify ticked; an extension notice; the overdue reminder after moving the clock; axe on every
// screen; and the at-rest probe over everything typed, the free-text description included.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { capturePrintedPdf } from './pages/consents-pages';
import { SubjectsListModel } from './pages/records-subjects';
import { RequestPageModel, RequestsListModel } from './pages/requests-pages';
import { expectNothingReadable } from './support/at-rest';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { lockApp, setupVault, signInToApp } from './support/journey';

/** A folder for screenshots of the screens this journey shows (looked at by a person), if set. */
const SHOTS = process.env.E2E_SCREENSHOTS;
/** Monday 2 March 2026 in Riga; a month later is Thu 2 April 2026. */
const DAY_1 = new Date('2026-03-02T09:00:00+02:00');
/** Friday 10 April 2026: eight days after the unanswered request was due. */
const LATER = new Date('2026-04-10T09:00:00+03:00');

const CHILD = { given: 'Elīza', family: 'Kalniņa' };
const MOTHER = {
  givenNames: 'Inese',
  familyName: 'Kalniņa',
  phone: '+371 29888111',
  email: 'inese.kalnina@example.lv',
};
const FATHER = { givenNames: 'Gatis', familyName: 'Kalniņš', phone: '+371 29888222' };
const CORRECTED_FAMILY = 'Kalniņa-Ozola';
const DESCRIPTION = 'Bijušais audzēknis Pēteris Nereģistrētais, dzimis 2017. gadā';
const DETAILS = 'Lūdzu izsniegt visu informāciju par manu meitu Elīzu';
const CLARIFY = 'Lūdzam uzrādīt pasi vai personas apliecību klātienē';
const ANSWER = 'Pielikumā pārskats par visiem Elīzas datiem';
const RECIPIENT = 'Ķekavas novada pašvaldības izglītības pārvalde';
const EXTENSION_REASONS = 'Jāpārbauda papīra arhīvs no iepriekšējiem gadiem';
const IDENTITY_NOTE = 'Pase LV1234567';

const pdfText = async (dir: string, name: string, pdf: Buffer): Promise<string> => {
  const file = join(dir, name);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
};

/** Axe on our screen, once earlier toasts have gone. */
const screenViolations = async (page: Page): Promise<string[]> => {
  await expect(page.locator('.fui-Toast')).toHaveCount(0, { timeout: 20_000 });
  return seriousViolations(page);
};

test.describe('data-subject requests', () => {
  test.use({ actionTimeout: 30_000 });
  test('access answered with report and letter, rectification with notices, extension, overdue reminder, nothing readable at rest', async ({
    app,
  }) => {
    test.setTimeout(360_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'requests-e2e-'));
    try {
      await page.clock.setFixedTime(DAY_1);
      const owner = await setupVault(page);
      const children = new SubjectsListModel(page);
      await children.open();
      const form = await children.addChild();
      await form.fill({ 'Vārds (vārdi)': CHILD.given, Uzvārds: CHILD.family });
      await form.addRepresentative(1, { relation: 'Māte', ...MOTHER });
      await form.addRepresentative(2, { relation: 'Tēvs', ...FATHER });
      await form.save();
      await expect(
        page.getByRole('heading', { name: `${CHILD.given} ${CHILD.family}`, level: 1 }),
      ).toBeVisible();

      // 1. The mother's access request, registered by the head (who holds every role's work).
      const list = new RequestsListModel(page);
      await list.open();
      await expect(page.getByText('Pieprasījumu nav.')).toBeVisible();
      expect(await screenViolations(page)).toEqual([]);
      const access = await list.register();
      // Bad input is refused on its field and nothing is saved.
      await access.received('03.03.2026');
      await page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
      await expect(page.getByText('Datums nevar būt nākotnē.')).toBeVisible();
      await access.received('02.03.2026');
      await access.aboutChild('eliza', `${CHILD.given} ${CHILD.family}`);
      await access.requester(`${MOTHER.givenNames} ${MOTHER.familyName}`);
      await access.identityNote(IDENTITY_NOTE);
      await access.details(DETAILS);
      expect(await screenViolations(page)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'requests-form.png'), fullPage: true });
      const accessNo = await access.save();
      expect(accessNo).toBe('2026/1');
      const request = new RequestPageModel(page);
      await expect(request.fact('Atbildes termiņš')).toContainText('02.04.2026');
      await expect(request.fact('Atbildes termiņš')).toContainText('atlikušas 23 darba dienas');
      expect(await screenViolations(page)).toEqual([]);

      // 2. Clarification asked, and its letter printed.
      await request.decide('Lūgt precizēt vai apliecināt identitāti', { text: CLARIFY });
      await request.saveDialog();
      await expect(request.fact('Statuss')).toHaveText('Lūgts precizēt');
      const clarification = await pdfText(
        tmp,
        'clarify.pdf',
        await capturePrintedPdf(page, () => request.printButton('Lūgums precizēt').click()),
      );
      expect(clarification).toContain(CLARIFY);
      expect(clarification).toContain('Nr. 2026/1-1');

      // 3. Work starts; the head prepares the access report and answers with the letter.
      await page.getByRole('button', { name: 'Sākt izskatīt' }).click();
      await expect(request.fact('Statuss')).toHaveText('Izskatīšanā');
      const report = await pdfText(
        tmp,
        'report.pdf',
        await capturePrintedPdf(page, () =>
          request.printButton('Piekļuves pārskats (15. pants)').click(),
        ),
      );
      expect(report).toContain('Informācija par personas datu apstrādi');
      expect(report).toContain(`Vārds: ${CHILD.given} Uzvārds: ${CHILD.family}`);
      expect(report).toContain(`${MOTHER.givenNames} ${MOTHER.familyName} (māte)`);
      await request.decide('Atbildēt', { text: ANSWER });
      await request.saveDialog();
      await expect(request.fact('Statuss')).toHaveText('Atbildēts');
      const answer = await pdfText(
        tmp,
        'answer.pdf',
        await capturePrintedPdf(page, () => request.printButton('Atbilde').click()),
      );
      expect(answer).toContain(ANSWER);
      expect(answer).toContain('Pielikumā: 1. Informācija par personas datu apstrādi Nr. 2026/1-2');
      expect(answer).toContain('Datu valsts inspekcijā');
      expect(await screenViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'requests-answered.png'), fullPage: true });

      // 4. A rectification from the father; the recipients log has one disclosure.
      await list.open();
      const rect = await list.register();
      await rect.type('Datu labošana');
      await rect.aboutChild('kalnin', `${CHILD.given} ${CHILD.family}`);
      await rect.requester(`${FATHER.givenNames} ${FATHER.familyName}`);
      await rect.details('Uzvārds ir dubults');
      const rectNo = await rect.save();
      await page.getByRole('button', { name: 'Reģistrēt datu izpaušanu' }).click();
      const disclosure = page.getByRole('dialog');
      await disclosure.getByRole('textbox', { name: 'Saņēmējs' }).fill(RECIPIENT);
      // The category is ticked by its label, as a user does: that box and no other (defect 1).
      await disclosure.locator('label', { hasText: /^Kontaktinformācija$/ }).click();
      await expect(disclosure.getByRole('checkbox', { name: 'Kontaktinformācija' })).toBeChecked();
      await expect(disclosure.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await disclosure.locator('label', { hasText: /^Kontaktinformācija$/ }).click();
      await disclosure.locator('label', { hasText: /^Vārds, uzvārds, dzimšanas datums$/ }).click();
      await expect(
        disclosure.getByRole('checkbox', { name: 'Vārds, uzvārds, dzimšanas datums' }),
      ).toBeChecked();
      await expect(disclosure.getByRole('checkbox', { checked: true })).toHaveCount(1);
      expect(await seriousViolations(page)).toEqual([]);
      await disclosure.getByRole('textbox', { name: 'Datums (DD.MM.GGGG)' }).fill('01.03.2026');
      await disclosure.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(page.getByRole('cell', { name: RECIPIENT })).toBeVisible();
      // The normal edit screen, linked to the request.
      await page.getByRole('button', { name: 'Labot ierakstu' }).click();
      await expect(page.getByText(`Labojums pēc pieprasījuma Nr. ${rectNo}.`)).toBeVisible();
      await page.getByRole('textbox', { name: 'Uzvārds', exact: true }).fill(CORRECTED_FAMILY);
      await page.getByRole('button', { name: 'Saglabāt' }).click();
      await expect(
        page.getByRole('heading', { name: new RegExp(`Nr\\. ${rectNo}`) }),
      ).toBeVisible();
      await expect(page.getByText('Ieraksts labots 02.03.2026')).toBeVisible();
      const notice = page
        .getByRole('list', { name: 'Saņēmēji, kuriem jāpaziņo (VDAR 19. pants)' })
        .getByRole('listitem')
        .filter({ hasText: RECIPIENT });
      await expect(notice).toContainText('Jāpaziņo');
      await notice.getByRole('button', { name: 'Paziņots' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Saglabāt' }).click();
      await expect(page.getByText('Paziņots 02.03.2026')).toBeVisible();
      expect(await screenViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'requests-rectified.png'), fullPage: true });

      // 5. An extension notice on the rectification: one month, with reasons.
      await request.decide('Pagarināt termiņu', { text: EXTENSION_REASONS, months: '1 mēnesi' });
      await request.saveDialog();
      await expect(request.fact('Atbildes termiņš')).toContainText('30.04.2026');
      await expect(request.fact('Atbildes termiņš')).toContainText('pagarināts par 1 mēnesi');
      const extension = await pdfText(
        tmp,
        'extension.pdf',
        await capturePrintedPdf(page, () =>
          request.printButton('Paziņojums par pagarinājumu').click(),
        ),
      );
      expect(extension).toContain('pagarināts par vienu mēnesi – līdz 30.04.2026.');
      expect(extension).toContain(EXTENSION_REASONS);

      // 6. A request about someone not in the register, left unanswered.
      await list.open();
      const other = await list.register();
      await other.aboutSomeoneNotInRegister(DESCRIPTION);
      await page.getByRole('radio', { name: 'Pati persona (datu subjekts)' }).check();
      const otherNo = await other.save();
      await list.open();
      await expect(list.group('Vēlāk')).toContainText(DESCRIPTION);

      // The procedure the deadlines follow is the head's setting (LV default: one month).
      await page.getByRole('link', { name: 'Iestatījumi' }).click();
      const procedure = page.getByRole('region', { name: 'Datu subjektu pieprasījumu kārtība' });
      await expect(
        procedure.getByRole('radio', {
          name: 'Viens mēnesis no saņemšanas (VDAR 12. panta 3. punkts)',
        }),
      ).toBeChecked();
      expect(await screenViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'settings-procedure.png'), fullPage: true });

      // 7. Weeks later: the unanswered request is overdue on sign-in, in the badge and the list.
      await lockApp(page);
      await page.clock.setFixedTime(LATER);
      await signInToApp(page, owner.username, owner.password);
      await expect(page.getByRole('link', { name: /^Pieprasījumi/ })).toContainText('1');
      await expect(page.getByText('1 pieprasījums jāizskata steidzami')).toBeAttached();
      await list.open();
      const overdue = list.group('Nokavēti');
      await expect(overdue).toContainText(otherNo);
      await expect(overdue).toContainText('termiņš nokavēts par 8 dienām');
      await expect(list.group('Vēlāk')).toContainText(rectNo);
      expect(await screenViolations(page)).toEqual([]);
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, 'requests-overdue.png'), fullPage: true });

      await expectNothingReadable(app, [
        CHILD.given,
        CHILD.family,
        CORRECTED_FAMILY,
        MOTHER.givenNames,
        MOTHER.familyName,
        MOTHER.phone,
        MOTHER.email,
        FATHER.givenNames,
        FATHER.familyName,
        DESCRIPTION,
        DETAILS,
        CLARIFY,
        ANSWER,
        RECIPIENT,
        EXTENSION_REASONS,
        IDENTITY_NOTE,
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
