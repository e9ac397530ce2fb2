// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules (STYLE.md): shared/ is pure and imports nothing of ours; the renderer never
// imports the Electron shell; features and components reach storage only through services.
const electronPackage = { name: 'electron', message: 'Only electron/ may import Electron.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'samples/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPackage],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node APIs.' },
            {
              group: ['**/renderer/**', '@renderer/*', '**/electron/**', '../../*', '../../../*'],
              message: 'shared/ imports nothing of ours outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Screens load their data from async services in effects (there is no data library);
      // the state is set after an await, which this rule cannot tell apart from a sync set.
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPackage],
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer never imports the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**', 'renderer/src/components/**', 'renderer/src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPackage],
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer never imports the Electron shell.',
            },
            {
              group: ['**/data/**', '@renderer/data/*', '@renderer/data'],
              message: 'UI code goes through services/, never the data layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { paths: [electronPackage] }] },
  },
  {
    // The wiring tests' fake Electron is typed against Electron's own declarations: type
    // imports only (erased at run time, where `electron` resolves to the fake).
    files: ['tests/wiring/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ ...electronPackage, allowTypeImports: true }] },
      ],
    },
  },
);
