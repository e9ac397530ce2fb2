// Issue 9 "Bad input": the browser is killed (SIGKILL) in the middle of an erasure. After the
// restart the person is either whole (the approval never reached the disk) or gone (a pending
// erasure is finished at the head's unlock), and the audit chain verifies. The kill is timed by
// watching the register's own plaintext erasure state in IndexedDB: once the approval is on disk
// as 'pending', the browser dies at once, while the keys and rows are being removed. Attempts
// go on (one child each) until one restart finds the erasure still pending, so the test proves
// the interrupted case, not only the before and after.
import type { Page } from '@playwright/test';
import { SubjectsListModel } from './pages/records-subjects';
import { expect, test, type AppHandle } from './support/fixtures';
import { setupVault, signInToApp } from './support/journey';
import { killBrowser } from './support/kill';

type RawErasure = { readonly id: string; readonly state: string; readonly proposedAt: string };

/** The erasure rows' plaintext columns, read from the app's IndexedDB without unlocking it. */
const rawErasures = (page: Page): Promise<RawErasure[]> =>
  page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('open failed'));
        };
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await open(info.name);
      if (!db.objectStoreNames.contains('erasures')) {
        db.close();
        continue;
      }
      const rows = await new Promise<RawErasure[]>((resolve, reject) => {
        const request = db.transaction('erasures').objectStore('erasures').getAll();
        request.onsuccess = () => {
          resolve(request.result as RawErasure[]);
        };
        request.onerror = () => {
          reject(new Error('read failed'));
        };
      });
      db.close();
      return rows.map(({ id, state, proposedAt }) => ({ id, state, proposedAt }));
    }
    return [];
  });

/**
 * Resolves as soon as an approval is on disk: some erasure row stored as 'pending', or already
 * 'done' when the erasure outran the poll (the attempt then proves only the "gone" side).
 */
const waitForApproval = async (page: Page, doneBefore: number): Promise<void> => {
  await expect
    .poll(
      async () => {
        const rows = await rawErasures(page);
        const done = rows.filter((row) => row.state === 'done').length;
        return rows.some((row) => row.state === 'pending') || done > doneBefore;
      },
      { intervals: [5], timeout: 30_000 },
    )
    .toBe(true);
};

const CHILDREN = [
  ['Anna', 'Pirmā'],
  ['Berta', 'Otrā'],
  ['Cilda', 'Trešā'],
  ['Dace', 'Ceturtā'],
  ['Elīna', 'Piektā'],
] as const;

test('a browser killed in the middle of an erasure: the person is whole or gone, the audit chain verifies', async ({
  app,
}) => {
  test.setTimeout(600_000);
  let handle: AppHandle = app;
  const owner = await setupVault(handle.page);
  const list = new SubjectsListModel(handle.page);
  const ids = new Map<string, string>();
  await list.open();
  for (const [given, family] of CHILDREN) {
    const form = await list.addChild();
    await form.fill({ 'Vārds (vārdi)': given, Uzvārds: family });
    await form.addRepresentative(1, { relation: 'Māte', givenNames: 'Māra', familyName: family });
    await form.save();
    await expect(
      handle.page.getByRole('heading', { name: `${given} ${family}`, level: 1 }),
    ).toBeVisible();
    ids.set(family, /#\/subjects\/([^/]+)/.exec(handle.page.url())?.[1] ?? '');
    await list.open();
  }

  const outcomes: string[] = [];
  try {
    for (const [given, family] of CHILDREN) {
      const page = handle.page;
      const name = `${given} ${family}`;
      const id = ids.get(family) ?? '';
      await page.goto(`./#/subjects/${id}`);
      await page.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
      await page.getByRole('textbox', { name: /Iemesls/ }).fill('Vecāku pieprasījums');
      await page.getByRole('textbox', { name: /Tiesiskais pamats/ }).fill('VDAR 17. pants');
      await page.getByRole('button', { name: 'Iesniegt priekšlikumu' }).click();
      await page
        .getByRole('table', { name: 'Gaida apstiprinājumu' })
        .getByRole('row')
        .filter({ hasText: name })
        .getByRole('button', { name: 'Apstiprināt…' })
        .click();
      const approve = page.getByRole('alertdialog', { name: 'Apstiprināt dzēšanu' });
      await approve.getByRole('checkbox', { name: /Apstiprinu savu priekšlikumu/ }).check();
      const doneBefore = (await rawErasures(page)).filter((row) => row.state === 'done').length;
      // A slower CPU at every attempt widens the window between 'pending' and 'done' (the
      // erasure's key and row removal), as on an old office PC.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 16 * 2 ** outcomes.length });
      await approve.getByRole('button', { name: 'Dzēst neatgriezeniski' }).click();
      await waitForApproval(page, doneBefore);
      await killBrowser(handle.profileDir);

      // Restart: what the disk holds before anyone unlocks, then after the head's unlock.
      handle = await handle.reopen();
      await handle.page.goto('./');
      await expect(handle.page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
      const latest = (await rawErasures(handle.page)).sort((a, b) =>
        b.proposedAt.localeCompare(a.proposedAt),
      )[0];
      const stored = latest?.state ?? 'none';
      outcomes.push(stored);
      await signInToApp(handle.page, owner.username, owner.password);
      await handle.page.goto(`./#/subjects/${id}`);
      if (stored === 'proposed') {
        // The approval never reached the disk: the person is whole, with the representative.
        await expect(handle.page.getByRole('heading', { name, level: 1 })).toBeVisible();
        await expect(handle.page.getByText(`Māra ${family}`)).toBeVisible();
      } else {
        // Pending (finished at this unlock) or done: gone from the record's page and every filter.
        expect(['pending', 'done']).toContain(stored);
        await expect(handle.page.getByRole('heading', { level: 1 })).toHaveText(
          'Ieraksts nav atrasts.',
        );
        await expect(handle.page.getByRole('heading', { name, level: 1 })).toHaveCount(0);
        const after = new SubjectsListModel(handle.page);
        await after.open();
        await handle.page
          .getByRole('combobox', { name: 'Statuss' })
          .selectOption({ label: 'Visi' });
        await expect(after.table.getByRole('row').filter({ hasText: family })).toHaveCount(0);
        const rows = await rawErasures(handle.page);
        expect(rows.find((row) => row.id === latest?.id)?.state).toBe('done');
      }
      await handle.page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
      await handle.page.getByRole('button', { name: 'Pārbaudīt žurnāla veselumu' }).click();
      await expect(handle.page.getByText(/Žurnāls ir vesels: \d+ ierakst[si]\./)).toBeVisible();
      if (stored === 'pending') break;
    }
  } finally {
    // A browser started by reopen() is this test's to close (the fixture closes the first).
    await handle.close();
  }
  console.log(`erasure crash outcomes at restart: ${outcomes.join(', ')}`);
  expect(outcomes).toContain('pending');
});
