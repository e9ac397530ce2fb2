// Fixture for the test runner's own test: one file cannot load, another has a failing test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: import.meta.dirname, include: ['*.test.mjs'] },
});
