// Fixture for the test runner's own test: one spec cannot load; the other's tests must still
// run and be counted. No browser is needed.
import { defineConfig } from '@playwright/test';

export default defineConfig({ testDir: import.meta.dirname, testMatch: '*.spec.mjs', workers: 1 });
