// `npm run torture`: the crash-safety torture of issue 10 item 4 with 100 runs (the e2e suite
// runs the same spec with 4). Builds the renderer, then kills Chromium with SIGKILL at random
// moments of an import, recording answers, a backup and a restore (tests/e2e/torture.spec.ts),
// and writes the counts per operation to torture-report.json (figures in docs/benchmarks.md).
// TORTURE_RUNS, TORTURE_SEED (repeat a run) and E2E_PORT may be set.
import { spawnSync } from 'node:child_process';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts']);
run('npx', ['playwright', 'test', 'tests/e2e/torture.spec.ts'], {
  ...process.env,
  TORTURE_RUNS: process.env.TORTURE_RUNS ?? '100',
  TORTURE_REPORT: process.env.TORTURE_REPORT ?? 'torture-report.json',
});
