// The wiring project: the BUILT main bundle (out/main/index.js) runs against a recording fake
// of Electron (fake-electron/), the only way to execute it where the Electron binary cannot be
// downloaded. `electron` resolves to the fake for this project only.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    alias: [
      {
        find: /^electron$/,
        replacement: fileURLToPath(new URL('./fake-electron/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'wiring',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/wiring/**/*.test.ts'],
    globalSetup: ['tests/wiring/build-bundle.ts'],
    setupFiles: ['tests/support/temp-guard.ts'],
    testTimeout: 30_000,
  },
});
