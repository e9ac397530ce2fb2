// @ts-check
// Mutation testing (`npm run mutation`): scoped to what security and the law depend on. Too slow
// for every run (it re-runs the covering tests for each mutant); scores are reported in
// docs/benchmarks.md. One module at a time: `npm run mutation -- --mutate 'shared/consent/**/*.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: only the test files that import the mutated modules run (the whole suite takes minutes).
  vitest: {
    configFile: process.env.MUTATION_VITEST_CONFIG ?? 'vitest.mutation.config.ts',
    related: true,
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/consent/**/*.ts',
    'shared/personal-code/**/*.ts',
    'shared/access/**/*.ts',
    'shared/requests/deadline.ts',
    'shared/requests/working-days.ts',
    'shared/pdf/form-id.ts',
    'shared/pdf/consent-form.ts',
    'shared/pdf/withdrawal-form.ts',
    'renderer/src/data/crypto/**/*.ts',
    'renderer/src/data/keys/**/*.ts',
    'renderer/src/data/audit/**/*.ts',
    'renderer/src/data/db/**/*.ts',
  ],
  ignorePatterns: [
    'out',
    'dist',
    'samples',
    '.tsbuild',
    'test-results',
    'reports',
    'playwright-report',
  ],
  concurrency: 2,
  timeoutMS: 30_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
