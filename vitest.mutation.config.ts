import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Mutation testing's test run (stryker.config.mjs): the unit tests only. On this 2-core machine
// the integration tests that import a mutated module take minutes per mutant; their score is a
// lower bound of the whole suite's, reported as such in docs/benchmarks.md.
export default defineConfig({
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
    },
  },
  test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
});
