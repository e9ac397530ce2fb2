// The renderer as it runs under Electron: window.api (what electron/preload exposes) is replaced
// by a recording fake before the page loads, so the app picks its Electron host. The main
// process's side of the same wiring runs in tests/wiring/ against the built bundle; this is the
// other half: what the page asks of window.api and what it shows for the answers.
import type { Page } from '@playwright/test';
import { ConsentsOverviewModel } from './pages/consents-pages';
import { expect, test } from './support/fixtures';
import { installFakeApi, type FakeApiState } from './support/fake-electron-api';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
  signInToApp,
} from './support/journey';

const fakeApi = (page: Page) =>
  page.evaluate(() => {
    const { calls, printTitles } = (window as unknown as { fakeApi: FakeApiState }).fakeApi;
    return { calls: [...calls], printTitles: [...printTitles] };
  });
const closeCount = async (page: Page) =>
  (await fakeApi(page)).calls.filter((c) => c === 'closePreviews').length;
const setPrinted = (page: Page, printed: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { fakeApi: FakeApiState }).fakeApi.printed = value;
  }, printed);
const sendCommand = (page: Page, command: string) =>
  page.evaluate((c) => {
    (window as unknown as { fakeApi: FakeApiState }).fakeApi.command(c);
  }, command);

/** Each 'menu:state' the page sent so far: whether the menu's backup item is enabled. */
const menuBackup = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { fakeApi: FakeApiState }).fakeApi.menuBackup]);

const expectLockedAndPreviewsClosed = async (page: Page, closedBefore: number) => {
  await expect(page.getByRole('heading', { name: 'Pieteikšanās', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeHidden();
  await expect.poll(() => closeCount(page)).toBe(closedBefore + 1);
};

test('every lock asks the main process to close the previews; a preview that failed is said', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await installFakeApi(page);
  const owner = await setupVault(page, { demo: true });

  // The group sheet goes to the main process's preview (print:pdf)...
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  await expect(overview.matrix).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Drukāt grupas sarakstu' }).click();
  await expect.poll(async () => (await fakeApi(page)).printTitles.length).toBe(1);
  await expect(page.getByText('Drukas priekšskatījumu neizdevās atvērt')).toHaveCount(0);

  // ...and a preview whose viewer did not load (defect 1: showPdf reports it) is told plainly.
  await setPrinted(page, false);
  await sendCommand(page, 'print');
  await expect.poll(async () => (await fakeApi(page)).printTitles.length).toBe(2);
  await expect(
    page.getByText('Drukas priekšskatījumu neizdevās atvērt', { exact: false }).first(),
  ).toBeVisible();

  // The menu's Lock (Ctrl+L under Electron).
  let closed = await closeCount(page);
  await sendCommand(page, 'lock');
  await expectLockedAndPreviewsClosed(page, closed);

  // Sleep or Win+L, reported by the main process as power:lock.
  await signInToApp(page, owner.username, owner.password);
  closed = await closeCount(page);
  await page.evaluate(() => {
    (window as unknown as { fakeApi: FakeApiState }).fakeApi.powerLock();
  });
  await expectLockedAndPreviewsClosed(page, closed);

  // The lock button in the toolbar.
  await signInToApp(page, owner.username, owner.password);
  closed = await closeCount(page);
  await page.getByRole('button', { name: 'Bloķēt' }).click();
  await expectLockedAndPreviewsClosed(page, closed);
  expect(app.consoleErrors).toEqual([]);
});

test("the menu's Help and Find commands open the help page and focus the search", async ({
  app,
}) => {
  const { page } = app;
  await installFakeApi(page);
  await setupVault(page);
  await sendCommand(page, 'help');
  await expect(page).toHaveURL(/#\/help$/);
  await expect(page.getByRole('heading', { name: 'Palīdzība', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Bērni' }).click();
  await sendCommand(page, 'find');
  await expect(page.getByRole('searchbox')).toBeFocused();
  // Every screen with a search box answers the menu's Find, the requests register too.
  await page.getByRole('link', { name: 'Pieprasījumi' }).click();
  await sendCommand(page, 'find');
  await expect(page.getByRole('searchbox')).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});

test('the menu offers "Izveidot rezerves kopiju" only while a session that may back up is open', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await installFakeApi(page);
  const owner = await setupVault(page);
  // The head may: the item is enabled. Locked: greyed.
  await expect.poll(async () => (await menuBackup(page)).at(-1)).toBe(true);
  expect((await menuBackup(page))[0]).toBe(false);
  await lockApp(page);
  await expect.poll(async () => (await menuBackup(page)).at(-1)).toBe(false);

  // A teacher may not: signed in, the item stays greyed all along.
  await signInToApp(page, owner.username, owner.password);
  await createStaffMember(page, {
    displayName: 'Rasa Skolotāja',
    username: 'rasa',
    roleLabel: 'Skolotāja',
    password: 'Sākuma parole 2026',
  });
  await lockApp(page);
  await expect.poll(async () => (await menuBackup(page)).at(-1)).toBe(false);
  const before = (await menuBackup(page)).length;
  await signIn(page, 'rasa', 'Sākuma parole 2026');
  await changeInitialPassword(page, 'Sākuma parole 2026', 'Zilais mākonis virs jūras 5');
  await expect(page.getByText('Konts: Rasa Skolotāja (Skolotāja)', { exact: true })).toBeVisible();
  expect((await menuBackup(page)).slice(before)).not.toContain(true);
  expect(app.consoleErrors).toEqual([]);
});
