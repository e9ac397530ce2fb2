// `npm start`: the Electron app when its binary is available; otherwise the same renderer in an
// installed Chromium in app mode with its own profile folder. Either way the user sees the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareChromiumProfile } from './chromium-profile.mjs';
import { openAppServer } from './app-server.mjs';
import { ensureSystemPackages } from './system-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// Never `require('electron')` to find out: its package downloads the binary on first use.
const electronBinary = () => {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
};

const findChromium = () => {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
};

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Build failed (${command} ${args.join(' ')}). See the messages above.`);
    process.exit(result.status ?? 1);
  }
};

const binary = electronBinary();
if (binary) {
  run(npx, ['electron-vite', 'build']);
  const child = spawn(binary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // No Electron and no browser: install Chromium as root with apt-get, else stop at once with one
  // line naming the command (scripts/system-deps.mjs).
  if (!findChromium()) ensureSystemPackages(['chromium'], 'npm start');
  // One fixed port, taken before the build so a second start stops at once (defect 12): the
  // register lives in the browser's storage for this origin, and another port is another origin.
  const { server, url } = await openAppServer(process.env).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  run(npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const chromium = findChromium();
  if (!chromium) {
    console.log(`Electron is not available here; open ${url} in Chromium or Edge (Ctrl+C stops).`);
  } else {
    const profile = join(
      process.env.REGISTER_PROFILE_DIR ?? join(homedir(), '.piekrisanu-registrs'),
      'chromium-profile',
    );
    mkdirSync(profile, { recursive: true });
    prepareChromiumProfile(profile);
    console.log(
      `Electron is not available here; opening the app in Chromium app mode at ${url} (profile: ${profile}).`,
    );
    const args = [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,860',
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    if (process.env.CI || !process.env.DISPLAY) args.push('--disable-gpu');
    const browser = spawn(chromium, args, { stdio: 'ignore' });
    browser.on('exit', () => {
      server.close();
      process.exit(0);
    });
  }
}
