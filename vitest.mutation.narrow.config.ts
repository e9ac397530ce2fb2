import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Mutation testing of a Dexie-bound file (docs/benchmarks.md): only the test files named in
// MUTATION_TESTS (comma-separated paths, unit or integration) run, with the integration setup
// (fake-indexeddb, in-memory OPFS). Use:
//   MUTATION_VITEST_CONFIG=vitest.mutation.narrow.config.ts \
//   MUTATION_TESTS=tests/integration/vault/audit-chain.test.ts \
//   nice -n 19 npm run mutation -- --mutate renderer/src/data/audit/audit-log.ts --concurrency 1
const tests = (process.env.MUTATION_TESTS ?? '')
  .split(',')
  .map((t) => t.trim())
  .filter((t) => t.length > 0);
if (tests.length === 0) throw new Error('MUTATION_TESTS names no test file');

export default defineConfig({
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
    },
  },
  test: {
    name: 'mutation-narrow',
    environment: 'node',
    include: tests,
    setupFiles: ['tests/integration/setup.ts'],
    testTimeout: 60_000,
  },
});
