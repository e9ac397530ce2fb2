import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
};

// Three projects: fast pure unit tests, integration tests over fake-indexeddb, and the wiring
// tests (their own config), which build the app and run its main bundle against a fake Electron.
// Nothing here may import the real 'electron' (its package downloads a binary on first use).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/integration/setup.ts'],
          testTimeout: 60_000,
        },
      },
      'tests/wiring/vitest.config.ts',
    ],
  },
});
