// Each test gets its own Chromium with a fresh profile folder, so the at-rest probe can search
// exactly the files that test's journey left on disk.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type AppHandle = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly profileDir: string;
  readonly consoleErrors: string[];
  /** Closes the browser so every file of the profile is flushed; the folder stays for probing. */
  close(): Promise<void>;
  /** Opens the same profile again (a restart of the app). */
  reopen(): Promise<AppHandle>;
  /** Closes the browser, empties the profile and opens it as on a new PC (no register). */
  freshPc(): Promise<AppHandle>;
};

/** The same profile preparation as `npm start`'s Chromium host (scripts/chromium-profile.mjs). */
export const prepareProfile = async (profileDir: string): Promise<void> => {
  const preferences = await readFile(
    new URL('../../../scripts/chromium-preferences.json', import.meta.url),
    'utf8',
  );
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(join(profileDir, 'Default', 'Preferences'), preferences);
};

/** Every handle a test opened (reopened ones included), closed by the fixture's teardown. */
type Opened = AppHandle[];

const launch = async (profileDir: string, baseURL: string, opened: Opened): Promise<AppHandle> => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    locale: 'lv-LV',
    timezoneId: 'Europe/Riga',
    acceptDownloads: true,
    // Steadier screenshots and axe contrast checks; Fluent UI honours the setting.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  let closed = false;
  const handle: AppHandle = {
    page,
    context,
    profileDir,
    consoleErrors,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
    },
    reopen: async () => {
      // After a test killed the browser (SIGKILL), closing its context can only fail: the
      // browser is gone already, which is what reopening needs.
      await handle.close().catch((error: unknown) => {
        if (!String(error).includes('has been closed')) throw error;
      });
      return launch(profileDir, baseURL, opened);
    },
    freshPc: async () => {
      await handle.close();
      await rm(profileDir, { recursive: true, force: true });
      await prepareProfile(profileDir);
      return launch(profileDir, baseURL, opened);
    },
  };
  opened.push(handle);
  return handle;
};

export const test = base.extend<{ app: AppHandle }>({
  app: async ({ baseURL }, use) => {
    const profileDir = await mkdtemp(join(tmpdir(), 'register-e2e-'));
    await prepareProfile(profileDir);
    const opened: Opened = [];
    const handle = await launch(profileDir, baseURL ?? 'http://127.0.0.1:4199/', opened);
    await use(handle);
    for (const h of opened) await h.close();
    await rm(profileDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
