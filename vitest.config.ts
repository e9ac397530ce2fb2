import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
};

// Three projects: fast pure unit tests, integration tests over fake-indexeddb, and the wiring
// tests (their own config), which build the app and run its main bundle against a fake Electron.
// Nothing here may import the real 'electron' (its package downloads a binary on first use).
// Every project fails a test file that leaves anything in the temp dir (tests/support/temp-guard.ts).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/support/temp-guard.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/support/temp-guard.ts', 'tests/integration/setup.ts'],
          testTimeout: 60_000,
        },
      },
      'tests/wiring/vitest.config.ts',
    ],
  },
});
