// Steps of replacing the register from a backup in the browser host (issue 10 item 3), shared by
// the replace journey and its crash test: a child added, a download kept, the backup opened in
// Iestatījumi → "Aizstāt reģistru ar rezerves kopiju".
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { GroupsPageModel } from '../pages/records-groups';
import { SubjectsListModel } from '../pages/records-subjects';
import { expect } from './fixtures';
import { setupVault, type VaultOwner } from './journey';

/** Adds a child to the group "Pūcītes" and waits for its card. */
export const addChild = async (page: Page, given: string, family: string): Promise<void> => {
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': given, Uzvārds: family });
  await form.selectGroup('Pūcītes');
  await form.save();
  await expect(page.getByRole('heading', { name: `${given} ${family}`, level: 1 })).toBeVisible();
};

/**
 * Each download into its own folder under `dir`, as a browser keeps both files: two backups
 * made in the same minute have the same name, and saving the second over the first while the
 * app is still reading the first (the chosen file) made the restore fail with "network error".
 * Returns the saved file's path.
 */
export const download = async (
  page: Page,
  dir: string,
  start: () => Promise<void>,
): Promise<string> => {
  const waiting = page.waitForEvent('download');
  await start();
  const file = await waiting;
  const path = join(await mkdtemp(join(dir, 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
};

/**
 * Iestatījumi → "Aizstāt no rezerves kopijas…", past the warning, the file at `backup` opened
 * with the recovery code: the section shows the backup's preview. Returns the section.
 */
export const openBackupToReplace = async (
  page: Page,
  backup: string,
  recoveryCode: string,
): Promise<Locator> => {
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  const section = page.getByRole('region', { name: 'Aizstāt reģistru ar rezerves kopiju' });
  await section.getByRole('button', { name: 'Aizstāt no rezerves kopijas…' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('aizstās pašreizējo reģistru');
  await warning.getByRole('button', { name: 'Turpināt' }).click();
  await section.getByLabel('Rezerves kopijas fails').setInputFiles(backup);
  await section.getByLabel('Atkopšanas atslēga').fill(recoveryCode);
  await section.getByRole('button', { name: 'Atvērt kopiju' }).click();
  await expect(section.getByTestId('restore-preview')).toBeVisible();
  return section;
};

/**
 * A new register with the group "Pūcītes" and the child Ance Kalniņa, a backup of it downloaded
 * (Ctrl+S) into a folder under `dir`, then the child Dāvis Liepiņš added after the backup.
 */
export const backupBeforeLaterChild = async (
  page: Page,
  dir: string,
): Promise<{ owner: VaultOwner; backup: string }> => {
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Pūcītes', '2021');
  await addChild(page, 'Ance', 'Kalniņa');
  const backup = await download(page, dir, () => page.keyboard.press('Control+s'));
  await addChild(page, 'Dāvis', 'Liepiņš');
  return { owner, backup };
};
