// Replacing the register in use from a backup (issue 10 item 3), head only, in the browser host:
// a child is added after the backup; Iestatījumi → "Aizstāt no rezerves kopijas…" warns, the
// backup is opened with the recovery code, and restoring first downloads a backup of the
// current state (it holds the later child) and then replaces the register: after signing in
// again the register is the backup's, without the later child.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SubjectsListModel } from './pages/records-subjects';
import { expect, test } from './support/fixtures';
import { signInToApp } from './support/journey';
import { watchMostBarsAtOnce, watchProgressBars, withSlowCpu } from './support/progress-watch';
import { backupBeforeLaterChild, download, openBackupToReplace } from './support/replace';

const SHOTS = process.env.E2E_SCREENSHOTS;

test('the head replaces the register from a backup after a warning and a backup of the current state', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'replace-e2e-'));
  try {
    const { page } = app;
    const { owner, backup } = await backupBeforeLaterChild(page, dir);

    const section = await openBackupToReplace(page, backup, owner.recoveryCode);
    await expect(section.getByTestId('restore-preview')).toContainText('bērni un klienti: 1');
    await expect(section).toContainText('Pirms tam automātiski tiks izveidota');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'replace-preview.png'), fullPage: true });
    const progressSeen = await watchProgressBars(page);
    const backupSeen = await watchProgressBars(page, 'backup-progress');
    const mostBars = await watchMostBarsAtOnce(page);
    const restore = section.getByRole('button', { name: 'Atjaunot reģistru' });
    const before = await download(page, dir, async () => {
      if (!SHOTS) return restore.click();
      // Slowed down only for the screenshot: the backup of the current state part of the way.
      await withSlowCpu(page, 20, async () => {
        await restore.click();
        const bar = section.getByRole('progressbar', {
          name: /^Veido un pārbauda pašreizējā reģistra rezerves kopiju… \d+\s%$/u,
        });
        await expect(bar).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/u, { timeout: 60_000 });
        await page.screenshot({ path: join(SHOTS, 'replace-backing-up.png'), fullPage: true });
      });
    });
    await expect(section.getByRole('status')).toContainText('Reģistrs atjaunots un pārbaudīts', {
      timeout: 60_000,
    });
    // First the backup of the current state, then the restore: each its own rising percentage,
    // the restore's up to 100 % before the news.
    for (const seen of [await backupSeen(), await progressSeen()]) {
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((v) => v !== null && v >= 0 && v <= 100)).toBe(true);
      expect(seen).toEqual([...seen].sort((a, b) => (a ?? 0) - (b ?? 0)));
    }
    expect((await backupSeen()).some((v) => v !== null && v > 0)).toBe(true);
    expect((await progressSeen()).at(-1)).toBe(100);
    // One backup, one bar: Settings' "Rezerves kopijas" does not show this backup's bar as well.
    expect(await mostBars()).toBe(1);
    await section.getByRole('button', { name: 'Turpināt uz pierakstīšanos' }).click();
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible({
      timeout: 60_000,
    });
    await signInToApp(page, owner.username, owner.password);
    const list = new SubjectsListModel(page);
    await list.open();
    const table = page.getByRole('table', { name: 'Bērni' });
    await expect(table).toContainText('Ance', { timeout: 60_000 });
    await expect(table).not.toContainText('Dāvis');

    // The automatic backup made before replacing holds the state that was replaced.
    const probe = await app.context.newPage();
    await probe.goto(page.url().replace('127.0.0.1', 'localhost').replace(/#.*$/u, ''));
    await probe.getByRole('button', { name: 'Atjaunot no rezerves kopijas' }).click();
    await probe.getByLabel('Rezerves kopijas fails').setInputFiles({
      name: 'pirms.prbk',
      mimeType: 'application/octet-stream',
      buffer: await readFile(before),
    });
    await probe.getByLabel('Atkopšanas atslēga').fill(owner.recoveryCode);
    await probe.getByRole('button', { name: 'Atvērt kopiju' }).click();
    await expect(probe.getByTestId('restore-preview')).toContainText('bērni un klienti: 2');
    await probe.close();
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
