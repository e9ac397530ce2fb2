import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';

type Output = { readonly format?: string; readonly entryFileNames?: string };
const outputOf = (section: unknown): Output =>
  (section as { build?: { rolldownOptions?: { output?: Output } } }).build?.rolldownOptions
    ?.output ?? {};

describe('electron.vite.config', () => {
  it('builds the preload as CommonJS with a .cjs name (sandboxed preloads cannot be ESM)', () => {
    expect(outputOf(config.preload)).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
  });
  it('builds main as an ES module at out/main/index.js, the package "main"', () => {
    expect(outputOf(config.main)).toEqual({ format: 'es', entryFileNames: '[name].js' });
    expect(config.main?.build?.outDir).toMatch(/out[\\/]main$/);
  });
  it('builds the renderer into out/renderer', () => {
    expect(config.renderer?.build?.outDir).toMatch(/out[\\/]renderer$/);
  });
});
