import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4199);

// e2e runs the built renderer (out/renderer) in a real Chromium; each test launches its own
// browser with a fresh profile folder (see tests/e2e/support/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A stray test.only would silently skip every other test: CI refuses it.
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}/`, locale: 'lv-LV', timezoneId: 'Europe/Riga' },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
