// A hard crash of the test's own browser: SIGKILL to the Chromium process that runs one profile
// (found by its exact --user-data-dir in /proc, never by a process name), as when the PC loses
// power or the task manager ends the app.
import { readdir, readFile } from 'node:fs/promises';

/** PIDs of the browser (main) processes started on `profileDir`. */
const browserPids = async (profileDir: string): Promise<number[]> => {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8')
      .then((text) => text.split('\0'))
      .catch(() => [] as string[]);
    if (
      args.includes(`--user-data-dir=${profileDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    )
      pids.push(Number(entry));
  }
  return pids;
};

/** Kills the profile's browser at once (SIGKILL: no flush, no clean shutdown). */
export const killBrowser = async (profileDir: string): Promise<void> => {
  const pids = await browserPids(profileDir);
  if (pids.length === 0) throw new Error('no browser process found for the profile');
  for (const pid of pids) process.kill(pid, 'SIGKILL');
};
