// The Chromium host (used where Electron cannot run) gets a profile that keeps nothing typed:
// no password manager (it stores usernames in plaintext), no form history, no spelling service.
// The e2e fixture prepares its profiles the same way, so tests see what users get.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const preferences = readFileSync(new URL('./chromium-preferences.json', import.meta.url), 'utf8');

export const prepareChromiumProfile = (profileDir) => {
  const defaultDir = join(profileDir, 'Default');
  mkdirSync(defaultDir, { recursive: true });
  writeFileSync(join(defaultDir, 'Preferences'), preferences);
};
