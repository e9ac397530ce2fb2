// A backup is written in a worker of its own (issue 10, the heap target; docs/benchmarks.md,
// "Backups, fifth pass"): the rows it reads become garbage in the worker's heap, released whole
// when the worker ends, not in the app's. The worker ends with the backup. If its script cannot
// be loaded (a damaged install, a blocked URL), the backup is written in the app's thread as
// before: verified, saved, nothing lost to the way it is made.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { lockApp, openBackupSettings, signInToApp } from './support/journey';
import { BACKUP_WORKER_SCRIPT as BACKUP_WORKER } from './support/progress-watch';

/** Presses "Izveidot rezerves kopiju" and waits for the file and "Pēdējā pārbaudītā kopija". */
const makeVerifiedBackup = async (page: Page, make: Locator): Promise<void> => {
  const download = page.waitForEvent('download');
  await make.click();
  await download;
  await expect(page.getByTestId('backup-last-verified')).toContainText(
    'Pēdējā pārbaudītā kopija:',
    { timeout: 60_000 },
  );
};

test('the backup is written in its own worker, which ends with it', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { make } = await openBackupSettings(page);
  const started: string[] = [];
  page.on('worker', (worker) => started.push(worker.url()));
  await makeVerifiedBackup(page, make);
  expect(started.filter((url) => BACKUP_WORKER.test(url))).toHaveLength(1);
  await expect
    .poll(() => page.workers().filter((worker) => BACKUP_WORKER.test(worker.url())).length)
    .toBe(0);
});

test("the worker's script cannot load: the backup is made in the app's thread, verified", async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  let refused = 0;
  await page.route(BACKUP_WORKER, async (route) => {
    refused += 1;
    await route.abort();
  });
  const { make } = await openBackupSettings(page);
  await makeVerifiedBackup(page, make);
  await expect(
    page.getByText('Rezerves kopija saglabāta un pārbaudīta', { exact: true }),
  ).toBeVisible();
  expect(refused).toBeGreaterThan(0);
});

/** Serves the worker with its 'done' held back `ms`: a backup as long as a large register's. */
const holdWorkerDone = async (page: Page, ms: number): Promise<void> => {
  await page.route(BACKUP_WORKER, async (route) => {
    const response = await route.fetch();
    const hold = `{const post=self.postMessage.bind(self);self.postMessage=(m,t)=>{if(m&&m.kind==='done')setTimeout(()=>post(m,t),${String(ms)});else post(m,t)}};`;
    await route.fulfill({ response, body: hold + (await response.text()) });
  });
};

const backupWorkers = (page: Page): number =>
  page.workers().filter((worker) => BACKUP_WORKER.test(worker.url())).length;

// The worker needs no key, so a lock did not stop it: it wrote on to its last row, and the
// head who signed in again meanwhile pressed Ctrl+S for nothing (the stale backup was still
// "running", then ended as interrupted: no file, nothing said).
test('locked mid-backup: the worker ends at the lock; signed in again, Ctrl+S makes a backup', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { owner, make } = await openBackupSettings(page);
  await holdWorkerDone(page, 60_000);
  await make.click();
  await expect.poll(() => backupWorkers(page)).toBe(1);
  await lockApp(page);
  await expect.poll(() => backupWorkers(page), { timeout: 5_000 }).toBe(0);
  await page.unrouteAll();
  await signInToApp(page, owner.username, owner.password);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(
    page.getByText('Rezerves kopija saglabāta un pārbaudīta', { exact: true }),
  ).toBeVisible({ timeout: 60_000 });
});
