// globalSetup of the wiring project: builds what ships (`electron-vite build`: out/main,
// out/preload, out/renderer) so the tests import the current bundle, also on a fresh clone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function buildBundle(): void {
  const cli = fileURLToPath(
    new URL('../../node_modules/electron-vite/bin/electron-vite.js', import.meta.url),
  );
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed (exit ${String(result.status)})`);
  }
}
