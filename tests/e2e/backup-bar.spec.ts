// The backup's bar in Settings → "Rezerves kopijas" when backups follow each other (issue 10):
// Ctrl+S pressed while the button's verified backup is still shown at 100 % makes a second
// backup; the bar follows it and ends at 100 %. It used to end at "0 %" until the first one's
// moment at 100 % was over (the section showed 0 % whenever its own backup was "busy" and none
// was running), a stale bar that fell from 100 % after a backup that had verified. A backup
// whose copy does not verify leaves no bar, its failure follows a language switch, and the
// next backup (Ctrl+S) clears it: it used to stay, in the language of the moment it failed,
// beside "Pēdējā pārbaudītā kopija" of the backup that then succeeded. The backup the head's
// replacing of the register makes first has that flow's bar only; if the head presses
// "Izveidot rezerves kopiju" meanwhile, the button joins it and its bar shows how far it is
// (not a "0 %" that stayed until the end).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openBackupSettings as backupSettings } from './support/journey';
import { watchProgressBars, withSlowCpu } from './support/progress-watch';

test('a backup started while the last one shows 100 % ends at 100 %, never at 0 %', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { make } = await backupSettings(page);
  const seen = await watchProgressBars(page, 'backup-progress');
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await make.click();
  const bar = page.getByRole('progressbar', {
    name: /^Veido un pārbauda rezerves kopiju… 100 %$/u,
  });
  await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  // The first backup has ended (recorded as verified; 100 % can come before that, and Ctrl+S
  // then would join it), and its bar is still at 100 % (a second): a second backup, small
  // enough to end within that second.
  await expect(page.getByTestId('backup-last-verified')).toContainText('Pēdējā pārbaudītā kopija:');
  await page.keyboard.press('Control+s');
  await expect.poll(() => downloads, { timeout: 60_000 }).toBe(2);
  await expect(make).toBeVisible({ timeout: 60_000 });
  const values = await seen();
  // The second backup rose from 0 again, and the last value shown was its 100 %.
  expect(values.filter((v) => v === 100).length).toBeGreaterThanOrEqual(2);
  expect(values.at(-1)).toBe(100);
});

/**
 * Until the returned function is called, every Blob read in the page has one byte flipped near
 * its start: the copy read back no longer verifies (as a disk that changed it would).
 */
const flipBytesRead = async (page: Page): Promise<() => Promise<void>> => {
  await page.evaluate(() => {
    const descriptor = Object.getOwnPropertyDescriptor(Blob.prototype, 'stream');
    const original = descriptor?.value as (this: Blob) => ReadableStream<Uint8Array<ArrayBuffer>>;
    (window as unknown as { __restoreStream: () => void }).__restoreStream = () => {
      if (descriptor) Object.defineProperty(Blob.prototype, 'stream', descriptor);
    };
    Blob.prototype.stream = function flipped(this: Blob) {
      let first = true;
      return original.call(this).pipeThrough(
        new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
          transform(chunk, controller) {
            if (first && chunk.length > 100) {
              first = false;
              const copy = new Uint8Array(chunk);
              copy[50] = (copy[50] ?? 0) ^ 1;
              controller.enqueue(copy);
            } else controller.enqueue(chunk);
          },
        }),
      );
    };
  });
  return () =>
    page.evaluate(() => {
      (window as unknown as { __restoreStream: () => void }).__restoreStream();
    });
};

test('a copy that does not verify: no bar left, the failure in the language chosen, gone at the next backup', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { section, make } = await backupSettings(page);
  const unflip = await flipBytesRead(page);
  await make.click();
  await expect(section.getByRole('alert')).toContainText(
    'Saglabātā rezerves kopija, nolasīta atpakaļ, neatbilst izveidotajai',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  if (process.env.E2E_SCREENSHOTS)
    await section.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'backup-copy-failed.png') });
  await unflip();

  await page.getByRole('combobox', { name: 'Valoda' }).selectOption('en');
  const backups = page.getByRole('region', { name: 'Backups', exact: true });
  await expect(backups.getByRole('alert')).toContainText(
    'The saved backup, read back, does not match the one made',
  );
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await expect(backups.getByTestId('backup-last-verified')).toContainText('Last verified backup:');
  await expect(backups.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('the button pressed during the backup before a replace shows how far that backup is', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const { owner, section, make } = await backupSettings(page);
  const dir = await mkdtemp(join(tmpdir(), 'backup-bar-'));
  const download = page.waitForEvent('download');
  await make.click();
  const file = join(dir, 'registrs.prbk');
  await (await download).saveAs(file);
  await expect(make).toBeVisible({ timeout: 60_000 });

  const replace = page.getByRole('region', { name: 'Aizstāt reģistru ar rezerves kopiju' });
  await replace.getByRole('button', { name: 'Aizstāt no rezerves kopijas…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Turpināt' }).click();
  await replace.getByLabel('Rezerves kopijas fails').setInputFiles(file);
  await replace.getByLabel('Atkopšanas atslēga').fill(owner.recoveryCode);
  await replace.getByRole('button', { name: 'Atvērt kopiju' }).click();
  await expect(replace.getByTestId('restore-preview')).toBeVisible({ timeout: 60_000 });
  await withSlowCpu(page, 20, async () => {
    await replace.getByRole('button', { name: 'Atjaunot reģistru' }).click();
    await expect(replace.getByTestId('backup-progress')).toBeVisible({ timeout: 60_000 });
    // One bar (the replace flow's) until the head asks for a backup herself.
    await expect(section.getByRole('progressbar')).toHaveCount(0);
    await make.click();
    await expect(section.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^[1-9]\d?$/u, {
      timeout: 60_000,
    });
  });
  await expect(replace.getByRole('status')).toContainText('Reģistrs atjaunots un pārbaudīts', {
    timeout: 60_000,
  });
});

/** Counts toasts whose title is exactly `title`, from now on (a toast may close before a look). */
const countToasts = async (page: Page, title: string): Promise<() => Promise<number>> => {
  await page.evaluate((text) => {
    const w = window as unknown as { __toasts?: Record<string, number> };
    const counts = (w.__toasts ??= {});
    counts[text] = 0;
    // Each toast's title element (Fluent's ToastTitle) once: the toaster inserts a toast's
    // element again as it lays the stack out, which is not a second toast.
    const seen = new WeakSet<Element>();
    const count = (node: Node): void => {
      if (!(node instanceof Element)) return;
      for (const title of [node, ...node.querySelectorAll('.fui-ToastTitle')])
        if (title.classList.contains('fui-ToastTitle') && title.textContent === text) {
          if (!seen.has(title)) counts[text] = (counts[text] ?? 0) + 1;
          seen.add(title);
        }
    };
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(count);
    }).observe(document.body, { childList: true, subtree: true });
  }, title);
  return () =>
    page.evaluate(
      (text) => (window as unknown as { __toasts: Record<string, number> }).__toasts[text] ?? 0,
      title,
    );
};

test('Ctrl+S during the button\'s backup is that backup: one file, one "saglabāta" toast', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { make } = await backupSettings(page);
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  const done = await countToasts(page, 'Rezerves kopija saglabāta un pārbaudīta');
  const started = await countToasts(page, 'Veido un pārbauda rezerves kopiju…');
  await withSlowCpu(page, 4, async () => {
    await make.click();
    await expect(page.getByTestId('backup-progress')).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('backup-last-verified')).toContainText(
      'Pēdējā pārbaudītā kopija:',
      { timeout: 90_000 },
    );
  });
  await expect(make).toBeVisible({ timeout: 30_000 });
  await expect.poll(done, { timeout: 10_000 }).toBe(1);
  // A moment for a second toast, had one been coming.
  await page.waitForTimeout(1_500);
  expect(await done()).toBe(1);
  expect(await started()).toBe(0);
  expect(downloads).toBe(1);
});
