// The consent journey: a group with children and parents (entered through the UI), the group's
// forms printed (the PDF arrives with one page per form), answers recorded with a scan, a
// teacher who sees states but no scan, a withdrawal that changes the group sheet from that day,
// and the at-rest probe over every value typed and the scan's bytes.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { capturePrintedPdf, ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel, type RepresentativeInput } from './pages/records-subjects';
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
  signInToApp,
} from './support/journey';

const DAY_1 = new Date('2026-03-02T09:00:00+02:00');
const DAY_4 = new Date('2026-03-05T09:00:00+02:00');
const PUBLISH =
  'Fotogrāfiju un filmēšanas ierakstu publicēšana (dokumenti, gadagrāmatas, mājas lapa)';
const SCAN_MARKER = 'E2E-SCAN-MARKER-4b1d7c2e9f';

type Child = {
  readonly given: string;
  readonly family: string;
  readonly reps: readonly RepresentativeInput[];
};
const CHILDREN: readonly Child[] = [
  {
    given: 'Anniņa',
    family: 'Ūdriņa',
    reps: [
      {
        relation: 'Māte',
        givenNames: 'Ilona',
        familyName: 'Ūdriņa',
        phone: '+371 29111222',
        email: 'ilona.udrina@example.lv',
      },
      {
        relation: 'Tēvs',
        givenNames: 'Raimonds',
        familyName: 'Ūdriņš',
        phone: '+371 29333444',
        email: 'raimonds.udrins@example.lv',
      },
    ],
  },
  {
    given: 'Kārlis',
    family: 'Zvejnieks',
    reps: [
      { relation: 'Māte', givenNames: 'Sandra', familyName: 'Zvejniece', phone: '+371 26555666' },
    ],
  },
  {
    given: 'Emīlija',
    family: 'Pļaviņa',
    reps: [
      {
        relation: 'Tēvs',
        givenNames: 'Oskars',
        familyName: 'Pļaviņš',
        email: 'oskars.plavins@example.lv',
      },
    ],
  },
];
const FIRST = `${CHILDREN[0]?.given ?? ''} ${CHILDREN[0]?.family ?? ''}`;

/** A small PNG: the signature, then bytes carrying an ASCII marker the probe looks for. */
const scanPng = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`tEXt${SCAN_MARKER}`, 'latin1'),
  ]);

const pageCount = async (pdf: Buffer): Promise<number> =>
  (await PDFDocument.load(pdf)).getPageCount();

const pdfText = async (dir: string, name: string, pdf: Buffer): Promise<string> => {
  const file = join(dir, name);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};
const count = (text: string, word: string): number => text.split(word).length - 1;

/** Axe on our screen, once earlier toasts (the shell's, mid-animation) have gone. */
const screenViolations = async (page: Page): Promise<string[]> => {
  await expect(page.locator('.fui-Toast')).toHaveCount(0, { timeout: 20_000 });
  return seriousViolations(page);
};

test.describe('consents', () => {
  test.use({ actionTimeout: 30_000 });
  test("print a group's forms, record answers, a teacher's view, a withdrawal, nothing readable at rest", async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const { page } = app;
    const tmp = await mkdtemp(join(tmpdir(), 'consents-e2e-'));
    try {
      await page.clock.setFixedTime(DAY_1);
      const owner = await setupVault(page);
      const groups = new GroupsPageModel(page);
      await groups.open();
      await groups.add('Zīļuki', '2021');
      await createStaffMember(page, {
        displayName: 'Skolotāja Baiba',
        username: 'baiba',
        roleLabel: 'Skolotāja',
        password: 'Sākuma parole 2026',
      });
      await groups.open();
      await groups.setTeachers('Zīļuki', ['Skolotāja Baiba']);

      const list = new SubjectsListModel(page);
      for (const child of CHILDREN) {
        await list.open();
        const form = await list.addChild();
        await form.fill({ 'Vārds (vārdi)': child.given, Uzvārds: child.family });
        await form.selectGroup('Zīļuki');
        for (const [i, rep] of child.reps.entries()) await form.addRepresentative(i + 1, rep);
        await form.save();
        await expect(
          page.getByRole('heading', { name: `${child.given} ${child.family}`, level: 1 }),
        ).toBeVisible();
      }

      // Forms for the whole group, one per representative: 2 + 1 + 1 pages.
      const forms = new FormsPageModel(page);
      await forms.open();
      const formIds = await forms.prepareForGroup('Zīļuki', 'all');
      expect(formIds).toHaveLength(4);
      expect(await screenViolations(page)).toEqual([]);
      const batch = await capturePrintedPdf(page, () => forms.printButton.click());
      expect(await pageCount(batch)).toBe(5); // the cover and 2 + 1 + 1 forms
      // An LV institution prints the Latvian Veidlapa Nr. 1 by default.
      expect(await pdfText(tmp, 'batch.pdf', batch)).toContain('nepiekrītu');
      await screenshot(page, 'consents-forms.png');

      // The group sheet before any answer: nothing withdrawn yet (the legend names the word once).
      const overview = new ConsentsOverviewModel(page);
      await overview.open();
      await expect(overview.row(FIRST)).toContainText('nav atbildes');
      const sheetBefore = await pdfText(
        tmp,
        'before.pdf',
        await capturePrintedPdf(page, () =>
          page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
        ),
      );
      expect(count(sheetBefore, 'ATSAUKTA')).toBe(1);

      // The returned paper of the first child's mother: all three items agreed, with a scan.
      const child = await overview.openChild(FIRST);
      const childForms = await child.issuedFormIds();
      expect(childForms).toHaveLength(2);
      const childForm = childForms[0] ?? '';
      expect(formIds).toContain(childForm);
      await child.recordForm(childForm, ['Piekrītu', 'Piekrītu', 'Piekrītu'], {
        name: 'skenejums.png',
        mimeType: 'image/png',
        buffer: scanPng(),
      });
      await expect(child.purpose(PUBLISH)).toContainText('Piekrišana dota');
      await expect(page.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'consents-child.png');

      // Three days later the teacher looks: states yes, the scan no.
      await lockApp(page);
      await page.clock.setFixedTime(DAY_4);
      await signIn(page, 'baiba', 'Sākuma parole 2026');
      await changeInitialPassword(page, 'Sākuma parole 2026', 'Kļavas lapas rudenī 9');
      await overview.open();
      await expect(overview.row(FIRST)).toContainText('drīkst');
      await overview.openChild(FIRST);
      await expect(page.getByText('ir (Jūsu lomai nav pieejams)').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Atvērt skenējumu' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Atsaukt/ })).toHaveCount(0);
      await lockApp(page);

      // The mother withdraws consent to publishing photos, in person, today.
      await signInToApp(page, owner.username, owner.password);
      await overview.open();
      const again = await overview.openChild(FIRST);
      await again.withdraw(PUBLISH, '05.03.2026');
      const withdrawal = await capturePrintedPdf(page, () =>
        page.getByRole('dialog').getByRole('button', { name: 'Drukāt atsaukuma veidlapu' }).click(),
      );
      expect(await pageCount(withdrawal)).toBeGreaterThanOrEqual(1);
      // The PDF viewer has its own 'Aizvērt'; capturePrintedPdf waits for its closing animation,
      // and this keeps the check that exactly one 'Aizvērt' (the withdrawal dialog's) is left.
      const close = page.getByRole('dialog').getByRole('button', { name: 'Aizvērt' });
      await expect(close).toHaveCount(1);
      await close.click();
      await expect(again.purpose(PUBLISH)).toContainText('Piekrišana atsaukta');
      await expect(again.purpose(PUBLISH)).toContainText('Izmantošana pārtraukta no 05.03.2026');
      await screenshot(page, 'consents-withdrawn.png');

      // The group sheet now shows the withdrawal; the same sheet dated before it does not.
      await overview.open();
      await expect(overview.row(FIRST)).toContainText('atsaukta');
      const sheetAfter = await pdfText(
        tmp,
        'after.pdf',
        await capturePrintedPdf(page, () =>
          page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click(),
        ),
      );
      expect(count(sheetAfter, 'ATSAUKTA')).toBeGreaterThan(1);
      await page.getByLabel('Datums (DD.MM.GGGG)').first().fill('04.03.2026');
      await expect(overview.row(FIRST)).not.toContainText('atsaukta');
      // Photo check: Anniņa and Kārlis in one photo for the website: no, and why.
      await page.getByRole('checkbox', { name: FIRST }).check();
      await page.getByRole('checkbox', { name: 'Kārlis Zvejnieks' }).check();
      await page.getByRole('button', { name: 'Pārbaudīt' }).click();
      const answer = page.getByRole('status').filter({ hasText: 'Nedrīkst' });
      await expect(answer).toContainText(`${FIRST}: Piekrišana atsaukta`);
      await expect(answer).toContainText('Kārlis Zvejnieks: Nav atbildes');
      await page.getByRole('checkbox', { name: 'Kārlis Zvejnieks' }).uncheck();
      await page.getByRole('checkbox', { name: PUBLISH }).uncheck();
      await page.getByRole('checkbox', { name: /iestādes telpās/ }).check();
      await page.getByRole('button', { name: 'Pārbaudīt' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Drīkst: visiem' })).toBeVisible();
      expect(await screenViolations(page)).toEqual([]);
      await screenshot(page, 'consents-overview.png');

      // Everything typed, and the scan's marker, must be unreadable on disk.
      const needles = [
        SCAN_MARKER,
        ...CHILDREN.flatMap((c) => [c.given, c.family, `${c.given} ${c.family}`]),
        ...CHILDREN.flatMap((c) =>
          c.reps.flatMap((r) =>
            [r.givenNames, r.familyName, r.phone, r.email].filter(
              (v): v is string => v !== undefined,
            ),
          ),
        ),
      ];
      await expectNothingReadable(app, needles);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
