// Fixture for the test runner's own test: every test passes but a promise rejects unhandled (vitest exits 1).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: import.meta.dirname, include: ['*.test.mjs'] },
});
