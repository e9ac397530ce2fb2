// The at-rest probe: after a journey, with the browser closed, search every file of the profile
// folder for the values a user typed. Chromium keeps strings as Latin-1/UTF-8 or UTF-16LE, so
// each needle is searched in every byte form it can take.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const byteForms = (needle: string): Buffer[] => {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  // Latin-1 only where every character fits in one byte (otherwise it is not a form Chromium uses).
  if (Buffer.from(needle, 'latin1').toString('latin1') === needle)
    forms.push(Buffer.from(needle, 'latin1'));
  return forms;
};

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
};

export type ProbeHit = {
  readonly needle: string;
  readonly file: string;
  readonly encoding: string;
};

/** Every (needle, file) pair where a byte form of the needle occurs. Empty means nothing leaked. */
export const probeProfile = async (
  profileDir: string,
  needles: readonly string[],
): Promise<ProbeHit[]> => {
  const hits: ProbeHit[] = [];
  const files = await filesUnder(profileDir);
  for (const file of files) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const needle of needles) {
      for (const [index, form] of byteForms(needle).entries()) {
        if (bytes.includes(form)) {
          hits.push({
            needle,
            file: file.slice(profileDir.length),
            encoding: ['utf8', 'utf16le', 'latin1'][index] ?? '?',
          });
        }
      }
    }
  }
  return hits;
};

/** How many files the probe read: a probe over an empty folder would prove nothing. */
export const countProfileFiles = async (profileDir: string): Promise<number> =>
  (await filesUnder(profileDir)).length;
