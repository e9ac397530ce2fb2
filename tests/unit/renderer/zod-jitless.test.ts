// zod compiles fast object parsers with `new Function` after probing whether it may; under the
// app's CSP (no 'unsafe-eval') that probe is a reported Content-Security-Policy violation even
// though zod catches it. renderer/src/zod-config.ts turns the probe off, and must run before the
// first schema is built (the probe runs when a z.object is created). The e2e side: the CSP test
// in tests/e2e/commands.spec.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ZOD_CONFIG = path.join(ROOT, 'renderer/src/zod-config.ts');

// Counts every use of the Function constructor while zod is loaded, configured by `argv[1]`
// (a module path, or nothing) and used to build and parse an object schema.
const PROBE = `
let probes = 0;
const RealFunction = globalThis.Function;
globalThis.Function = new Proxy(RealFunction, {
  construct: (target, args) => { probes += 1; return Reflect.construct(target, args); },
  apply: (target, self, args) => { probes += 1; return Reflect.apply(target, self, args); },
});
if (process.argv[1]) await import(process.argv[1]);
const { z } = await import('zod');
const child = z.object({ name: z.string(), born: z.iso.date() });
const parsed = child.parse({ name: 'Anna', born: '2021-03-04' });
console.log(JSON.stringify({ probes, parsed }));
`;

const run = (configModule?: string): { probes: number; parsed: unknown } => {
  const args = ['--import', 'tsx', '--input-type=module', '-e', PROBE];
  const result = spawnSync(process.execPath, configModule ? [...args, configModule] : args, {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { probes: number; parsed: unknown };
};

// Each run is a Node process that loads tsx (the config module is TypeScript): about 1 s alone,
// several seconds on a loaded machine; the last test, with two runs, once passed vitest's 5 s
// default under load (CI with other jobs on 2 cores). The run without the config is made once
// and shared, and the tests that spawn get a limit that only a hung process reaches.
const SPAWNING_TEST_TIMEOUT_MS = 30_000;
let unconfigured: ReturnType<typeof run> | undefined;
const runUnconfigured = (): ReturnType<typeof run> => (unconfigured ??= run());

describe('zod in the renderer runs without its eval probe', () => {
  it('is configured by the very first import of the renderer entry', () => {
    const entry = readFileSync(path.join(ROOT, 'renderer/src/main.tsx'), 'utf8');
    const firstImport = /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(entry)?.[1];
    expect(firstImport).toBe('./zod-config');
  });

  it(
    'without zod-config.ts zod calls the Function constructor (what the CSP reports)',
    () => {
      expect(runUnconfigured().probes).toBeGreaterThan(0);
    },
    SPAWNING_TEST_TIMEOUT_MS,
  );

  it(
    'with zod-config.ts it never does, and parses the same',
    () => {
      const configured = run(ZOD_CONFIG);
      expect(configured.probes).toBe(0);
      expect(configured.parsed).toEqual(runUnconfigured().parsed);
      expect(configured.parsed).toEqual({ name: 'Anna', born: '2021-03-04' });
    },
    SPAWNING_TEST_TIMEOUT_MS,
  );
});
