// Issue 14, defect 12: the browser host keeps the register in the browser's storage for its
// origin (scheme + host + port). `npm start` serves on one fixed port (scripts/app-server.mjs),
// so two starts in a row against one profile folder open the same register; a start while the
// port is taken stops with a clear message instead of moving to another origin.
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { openAppServer, resolveAppPort } from '../../scripts/app-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/fixtures';
import { setupVault } from './support/journey';

// Beside the Playwright server's port, so parallel runs with their own E2E_PORT do not collide.
const env = { REGISTER_PORT: String(Number(process.env.E2E_PORT ?? 4199) + 1000) };

const openProfile = (profileDir: string, baseURL: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    locale: 'lv-LV',
    timezoneId: 'Europe/Riga',
  });

const close = (server: Server): Promise<void> =>
  new Promise((done) => {
    server.close(() => {
      done();
    });
    server.closeAllConnections();
  });

test('two starts in a row open the same register; a taken port stops the start', async () => {
  test.setTimeout(180_000);
  expect(resolveAppPort({})).toBe(resolveAppPort({}));
  const profileDir = await mkdtemp(join(tmpdir(), 'register-start-'));
  try {
    const first = await openAppServer(env);
    // A second start while the first runs is refused, naming the port.
    await expect(openAppServer(env)).rejects.toThrow(`Ports ${env.REGISTER_PORT} jau ir aizņemts`);
    let browser = await openProfile(profileDir, first.url);
    const page = browser.pages()[0] ?? (await browser.newPage());
    await setupVault(page);
    await browser.close();
    await close(first.server);

    const second = await openAppServer(env);
    expect(second.url).toBe(first.url);
    browser = await openProfile(profileDir, second.url);
    const again = browser.pages()[0] ?? (await browser.newPage());
    await again.goto('./');
    await expect(again.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(again.getByRole('button', { name: 'Izveidot jaunu reģistru' })).toHaveCount(0);
    await browser.close();
    await close(second.server);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
