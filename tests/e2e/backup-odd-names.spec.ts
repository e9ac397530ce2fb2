// Backups as a new user breaks them (issue 10, session 8 review): a register of children with
// odd names (every Latvian and Lithuanian diacritic, apostrophes, quotes, backslashes, a very long
// name) backed up by the secretary, restored on a fresh PC after a damaged, a cut, a foreign file
// and a wrong password were refused by name with nothing changed; every child, consent and scan is
// back; the teacher sees no backup or restore anywhere, only her group.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { expect, test } from './support/fixtures';
import { watchProgressBars } from './support/progress-watch';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
  signInToApp,
} from './support/journey';

const SHOTS = process.env.E2E_SCREENSHOTS;
const LONG = 'Ābeļzieda-Čiekuriņa-Ēvalde-Ģirta-Īvāne-Ķeniņa-Ļaudupe-Ņikitina-Šūpola-Žubure';
const ODD = [
  { given: 'Ąžuolė Ęglė', family: 'Ėrškėtytė-Įžuolų', group: 'Pūcītes' },
  { given: 'Ann\'a "Mazā"', family: 'Back\\slash', group: 'Pūcītes' },
  { given: 'Āčēģīķļņšūž', family: LONG, group: 'Pūcītes' },
  { given: 'Ūdris', family: 'Zīlīšu Ščūka', group: 'Zīlītes' },
] as const;
const STAFF = {
  secretary: { username: 'lietvede', password: 'Sākuma parole 2026', next: 'Dzeltenā lapa 12' },
  teacher: { username: 'skolotaja', password: 'Sākuma parole 2026', next: 'Zaļais koks 34' },
};

const addChild = async (page: Page, child: (typeof ODD)[number]): Promise<void> => {
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': child.given, Uzvārds: child.family });
  await form.selectGroup(child.group);
  await form.addRepresentative(1, {
    relation: 'Māte',
    givenNames: `Ķ'ļ "Mā\\te" ${child.given}`,
    familyName: child.family,
    phone: '+371 29777111',
  });
  await form.save();
  await expect(
    page.getByRole('heading', { name: `${child.given} ${child.family}`, level: 1 }),
  ).toBeVisible();
};

const chooseFile = (
  page: Page,
  name: string,
  buffer: Buffer,
  mimeType = 'application/octet-stream',
) => page.getByLabel('Rezerves kopijas fails').setInputFiles({ name, mimeType, buffer });

const restoredDatabases = (page: Page): Promise<number> =>
  page.evaluate(
    async () =>
      (await indexedDB.databases()).filter((d) => (d.name ?? '').includes('-restored-')).length,
  );

const shot = async (page: Page, name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, name), fullPage: true });
};

test('odd names survive a backup by the secretary and a restore on a fresh PC; the teacher has no backup', async ({
  app,
}) => {
  test.setTimeout(480_000);
  const dir = await mkdtemp(join(tmpdir(), 'odd-backup-e2e-'));
  try {
    const { page } = app;
    const owner = await setupVault(page);
    const groups = new GroupsPageModel(page);
    await groups.open();
    await groups.add('Pūcītes', '2021');
    await groups.add('Zīlītes', '2020');
    for (const child of ODD) await addChild(page, child);
    const forms = new FormsPageModel(page);
    await forms.open();
    expect(await forms.prepareForGroup('Pūcītes', 'all')).toHaveLength(3);
    const overview = new ConsentsOverviewModel(page);
    await overview.open();
    const first = await overview.openChild(`${ODD[1].given} ${ODD[1].family}`);
    const [formId] = await first.issuedFormIds();
    await first.recordForm(formId ?? '', ['Piekrītu', 'Piekrītu', 'Piekrītu'], {
      name: 'skenējums \'ą\\".png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    });
    await expect(page.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
    await createStaffMember(page, {
      displayName: 'Lietvede Ilze',
      username: STAFF.secretary.username,
      roleLabel: 'Lietvede (personas datu operators)',
      password: STAFF.secretary.password,
    });
    await createStaffMember(page, {
      displayName: 'Skolotāja Rasa',
      username: STAFF.teacher.username,
      roleLabel: 'Skolotāja',
      password: STAFF.teacher.password,
    });
    await groups.open();
    await groups.setTeachers('Zīlītes', ['Skolotāja Rasa']);

    // The teacher: her group only, no backup or restore anywhere, Ctrl+S makes nothing.
    await lockApp(page);
    await signIn(page, STAFF.teacher.username, STAFF.teacher.password);
    await changeInitialPassword(page, STAFF.teacher.password, STAFF.teacher.next);
    const list = new SubjectsListModel(page);
    await list.open();
    await expect(list.row(`${ODD[3].family}, ${ODD[3].given}`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Bērni' })).not.toContainText('Ąžuolė');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.keyboard.press('Control+s');
    await page.getByRole('link', { name: 'Iestatījumi' }).click();
    await expect(page.getByRole('button', { name: /rezerves kopij/u })).toHaveCount(0);
    await shot(page, 'odd-teacher-settings.png');
    expect(downloads).toBe(0);

    // The secretary backs up (Ctrl+S); she may not replace the register.
    await lockApp(page);
    await signIn(page, STAFF.secretary.username, STAFF.secretary.password);
    await changeInitialPassword(page, STAFF.secretary.password, STAFF.secretary.next);
    const waiting = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await waiting;
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const bytes = await readFile(path);
    await page.getByRole('link', { name: 'Iestatījumi' }).click();
    await expect(page.getByRole('button', { name: 'Aizstāt no rezerves kopijas…' })).toHaveCount(0);

    // A fresh PC.
    const fresh = await app.freshPc();
    const p = fresh.page;
    await p.goto('./');
    await p.getByRole('button', { name: 'Atjaunot no rezerves kopijas' }).click();
    const alert = p.getByRole('alert');
    await chooseFile(p, 'nogriezts.prbk', bytes.subarray(0, bytes.length - 7));
    await expect(alert).toBeVisible();
    await shot(p, 'odd-cut.png');
    const cutText = await alert.innerText();
    await chooseFile(p, 'puse.prbk', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const halfText = await alert.innerText();
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0x80;
    await chooseFile(p, 'bojats.prbk', flipped);
    await expect(alert).toContainText('bojāts');
    await chooseFile(p, 'bilde.png', Buffer.from('\x89PNG\r\n\x1a\nnot a backup'), 'image/png');
    const otherText = await alert.innerText();
    await shot(p, 'odd-other-type.png');
    await chooseFile(p, 'tukss.prbk', Buffer.alloc(0));
    const emptyText = await alert.innerText();
    const INCOMPLETE = 'Rezerves kopijas fails ir nepilnīgs';
    const FOREIGN = 'Šis nav Piekrišanu reģistra rezerves kopijas fails.';
    expect([cutText, halfText, otherText, emptyText]).toEqual([
      expect.stringContaining(INCOMPLETE),
      expect.stringContaining(INCOMPLETE),
      FOREIGN,
      FOREIGN,
    ]);
    expect(await restoredDatabases(p)).toBe(0);

    await chooseFile(p, 'registrs.prbk', bytes);
    await p.getByRole('tab', { name: 'Ar lietotājvārdu un paroli' }).click();
    await p.getByLabel('Lietotājvārds').fill(owner.username);
    await p.getByLabel('Parole', { exact: true }).fill('Nepareiza parole 1');
    await p.getByRole('button', { name: 'Atvērt kopiju' }).click();
    // The field says "Atkopšanas atslēga": so does the message (it said "atkopšanas kods").
    await expect(alert).toHaveText(
      'Lietotājvārds, parole vai atkopšanas atslēga neder šai rezerves kopijai. Izmantojiet paroli vai atkopšanas atslēgu, kas bija spēkā, kad kopija tika izveidota.',
    );
    await shot(p, 'odd-wrong-password.png');
    expect(await restoredDatabases(p)).toBe(0);
    await p.getByLabel('Parole', { exact: true }).fill(owner.password);
    await p.getByRole('button', { name: 'Atvērt kopiju' }).click();
    await expect(p.getByTestId('restore-preview')).toContainText('bērni un klienti: 4');
    expect(await restoredDatabases(p)).toBe(0);
    const seenNow = await watchProgressBars(p);
    await p.getByRole('button', { name: 'Atjaunot reģistru' }).click();
    await expect(p.getByRole('status')).toContainText('Reģistrs atjaunots un pārbaudīts', {
      timeout: 120_000,
    });
    const seen = await seenNow();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => (a ?? -1) - (b ?? -1)));
    await shot(p, 'odd-restored.png');
    await p.getByRole('button', { name: 'Turpināt uz pierakstīšanos' }).click();
    await expect(p.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible({ timeout: 60_000 });
    await signInToApp(p, owner.username, owner.password);
    const restored = new SubjectsListModel(p);
    await restored.open();
    for (const child of ODD)
      await expect(restored.row(`${child.family}, ${child.given}`)).toBeVisible({
        timeout: 60_000,
      });
    await shot(p, 'odd-list.png');
    const consents = new ConsentsOverviewModel(p);
    await consents.open();
    await consents.openChild(`${ODD[1].given} ${ODD[1].family}`);
    await expect(p.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
    expect(fresh.consoleErrors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
