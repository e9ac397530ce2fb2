// Backups (issue 10, "Done when"): make a register with children, a consent and a scan, back it
// up (a download in the browser host), check the file holds none of the markers in any encoding,
// wipe the profile, and on the fresh PC: a file with one flipped byte and a file of a newer
// format are refused by name with nothing changed; the real file, unlocked with the recovery
// code, restores the register and every child, consent and scan is there. Making the backup and
// restoring it each show a bar that rises to 100 %.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ConsentsOverviewModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { probeFile } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { waitForFullBar, watchProgressBars, withSlowCpu } from './support/progress-watch';
import { setupVault, signInToApp } from './support/journey';

const SCAN_MARKER = 'E2E-BACKUP-SCAN-7f3a91c0';
const CHILDREN = [
  { given: 'Rūdolfs', family: 'Ķiršteins', mother: ['Dzintra', 'Ķiršteina', '+371 29777111'] },
  { given: 'Elza', family: 'Bērziņa', mother: ['Laima', 'Bērziņa', '+371 29777222'] },
] as const;
const PUBLISH =
  'Fotogrāfiju un filmēšanas ierakstu publicēšana (dokumenti, gadagrāmatas, mājas lapa)';
const FIRST = `${CHILDREN[0].given} ${CHILDREN[0].family}`;

const scanPng = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`tEXt${SCAN_MARKER}`, 'latin1'),
  ]);

const makeRegister = async (page: Page): Promise<void> => {
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Pūcītes', '2021');
  const list = new SubjectsListModel(page);
  for (const child of CHILDREN) {
    await list.open();
    const form = await list.addChild();
    await form.fill({ 'Vārds (vārdi)': child.given, Uzvārds: child.family });
    await form.selectGroup('Pūcītes');
    const [givenNames, familyName, phone] = child.mother;
    await form.addRepresentative(1, { relation: 'Māte', givenNames, familyName, phone });
    await form.save();
    await expect(
      page.getByRole('heading', { name: `${child.given} ${child.family}`, level: 1 }),
    ).toBeVisible();
  }
  const forms = new FormsPageModel(page);
  await forms.open();
  expect(await forms.prepareForGroup('Pūcītes', 'all')).toHaveLength(2);
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  const child = await overview.openChild(FIRST);
  const [formId] = await child.issuedFormIds();
  await child.recordForm(formId ?? '', ['Piekrītu', 'Piekrītu', 'Piekrītu'], {
    name: 'skenejums.png',
    mimeType: 'image/png',
    buffer: scanPng(),
  });
  await expect(page.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
};

/** A bar's values seen: all numbers, never falling, some part of the way, 100 at the end. */
const expectRoseTo100 = (seen: readonly (number | null)[]): void => {
  expect(seen.every((v) => v !== null && v >= 0 && v <= 100)).toBe(true);
  expect(seen).toEqual([...seen].sort((a, b) => (a ?? -1) - (b ?? -1)));
  expect(seen.some((v) => v !== null && v > 0 && v < 100)).toBe(true);
  expect(seen.at(-1)).toBe(100);
};

const backUp = async (page: Page, dir: string): Promise<string> => {
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await expect(page.getByText('Pārbaudītas rezerves kopijas vēl nav.')).toBeVisible();
  const progressSeen = await watchProgressBars(page, 'backup-progress');
  const download = page.waitForEvent('download');
  const make = page.getByRole('button', { name: 'Izveidot rezerves kopiju' });
  if (process.env.E2E_SCREENSHOTS) {
    // Slowed down only for the screenshot: the backup's bar part of the way.
    const bar = page.getByRole('progressbar', {
      name: /^Veido un pārbauda rezerves kopiju… \d+\s%$/u,
    });
    await withSlowCpu(page, 20, async () => {
      await make.click();
      await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/u, { timeout: 60_000 });
      await page.screenshot({
        path: join(process.env.E2E_SCREENSHOTS ?? dir, 'backup-progress.png'),
      });
    });
  } else await make.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^registrs-\d{4}-\d{2}-\d{2}-\d{4}\.prbk$/);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByTestId('backup-last-verified')).toContainText('Pēdējā pārbaudītā kopija:');
  // The bar rose while the backup was written and verified, and showed 100 % once verified.
  await expect(page.getByTestId('backup-progress')).toHaveCount(0);
  expectRoseTo100(await progressSeen());
  await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS ?? dir, 'backup-settings.png') });
  return path;
};

const restoredDatabases = (page: Page): Promise<number> =>
  page.evaluate(
    async () =>
      (await indexedDB.databases()).filter((d) => (d.name ?? '').includes('-restored-')).length,
  );

const chooseFile = async (page: Page, name: string, buffer: Buffer): Promise<void> => {
  await page
    .getByLabel('Rezerves kopijas fails')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
};

test('back up, wipe the profile, restore with the recovery code: everything is back', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'backup-e2e-'));
  try {
    const owner = await setupVault(app.page);
    await makeRegister(app.page);
    const backupPath = await backUp(app.page, dir);
    const bytes = await readFile(backupPath);
    const needles = [
      SCAN_MARKER,
      owner.username,
      owner.password,
      owner.recoveryCode,
      'PII «Cīrulītis»',
      ...CHILDREN.flatMap((c) => [c.given, c.family, ...c.mother]),
    ];
    expect(await probeFile(backupPath, needles)).toEqual([]);

    // The PC is wiped: a fresh profile in the same place.
    const fresh = await app.freshPc();
    const { page } = fresh;
    await page.goto('./');
    await page.getByRole('button', { name: 'Atjaunot no rezerves kopijas' }).click();
    // The page says it restores a register, not that it creates one.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reģistra atjaunošana');
    await expect(page.getByText('Izveidojiet iestādes šifrētu reģistru')).toHaveCount(0);

    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
    await chooseFile(page, 'registrs-bojats.prbk', flipped);
    await expect(page.getByRole('alert')).toContainText('Rezerves kopijas fails ir bojāts');
    const newer = Buffer.from(bytes);
    newer[9] = 2;
    await chooseFile(page, 'registrs-jaunaks.prbk', newer);
    await expect(page.getByRole('alert')).toContainText('formāta versija 2');
    expect(await restoredDatabases(page)).toBe(0);

    await chooseFile(page, 'registrs.prbk', bytes);
    await page.getByLabel('Atkopšanas atslēga').fill(owner.recoveryCode);
    await page.getByRole('button', { name: 'Atvērt kopiju' }).click();
    const preview = page.getByTestId('restore-preview');
    await expect(preview).toContainText('PII «Cīrulītis»');
    await expect(preview).toContainText('bērni un klienti: 2');
    await expect(preview).toContainText('skenētas veidlapas: 1');
    await page.screenshot({
      path: join(process.env.E2E_SCREENSHOTS ?? dir, 'restore-preview.png'),
    });
    const progressSeen = await watchProgressBars(page);
    const bar = page.getByRole('progressbar', { name: /^Atjauno un pārbauda reģistru… \d+\s%$/u });
    if (process.env.E2E_SCREENSHOTS) {
      // Slowed down only for the screenshot: a bar part of the way.
      await withSlowCpu(page, 20, async () => {
        await page.getByRole('button', { name: 'Atjaunot reģistru' }).click();
        await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/u, { timeout: 60_000 });
        await page.screenshot({
          path: join(process.env.E2E_SCREENSHOTS ?? dir, 'restore-progress.png'),
        });
      });
      // Switched to the restored register: the bar stays at 100 % for a moment before the news.
      await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
      await waitForFullBar(bar);
      await page.screenshot({
        path: join(process.env.E2E_SCREENSHOTS, 'restore-100.png'),
      });
    } else await page.getByRole('button', { name: 'Atjaunot reģistru' }).click();
    await expect(page.getByRole('status')).toContainText('Reģistrs atjaunots un pārbaudīts', {
      timeout: 60_000,
    });
    // The bar showed a percentage, rising (all of them numbers: nothing without a measure), and
    // 100 % before the news (not replaced by it in the same update).
    expectRoseTo100(await progressSeen());
    await page.getByRole('button', { name: 'Turpināt uz pierakstīšanos' }).click();
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible({
      timeout: 60_000,
    });
    await signInToApp(page, owner.username, owner.password);

    const list = new SubjectsListModel(page);
    await list.open();
    const table = page.getByRole('table', { name: 'Bērni' });
    for (const child of CHILDREN) {
      await expect(table).toContainText(child.given, { timeout: 60_000 });
      await expect(table).toContainText(child.family);
    }
    const overview = new ConsentsOverviewModel(page);
    await overview.open();
    const child = await overview.openChild(FIRST);
    await expect(child.purpose(PUBLISH)).toContainText('Piekrišana dota');
    await expect(page.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
    expect(fresh.consoleErrors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
