// The reference opener of a sealed archive hand-over file (docs/archive-format.md): verifies the
// file (digest, every chunk's authentication, every file's SHA-256 against manifest.json) and
// unpacks the package into a folder, with exactly the app's reading code. This is how the state
// archive, or the institution years later, opens a hand-over file without the app.
//   npm run open-archive -- FILE CODE OUTDIR
// Exit: 0 opened (the files are in OUTDIR), 1 refused (damaged, cut off, wrong code, not an
// archive; nothing is written), 64 wrong arguments or OUTDIR not empty.
import { existsSync, mkdirSync, openAsBlob, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isAppError } from '../shared/errors/app-error';
import { openAndUnpack } from '../renderer/src/data/archive/archive-open';
import { isSafePackagePath } from '../renderer/src/data/archive/archive-package';

const MESSAGES: Readonly<Record<string, string>> = {
  'errors.archive.notArchive': 'not an archive file of the consent register',
  'errors.archive.newerFormat': 'made by a newer version of the app (unknown format version)',
  'errors.archive.damaged': 'the file is damaged: at least one byte was changed',
  'errors.archive.truncated': 'the file is incomplete (cut off)',
  'errors.archive.wrongCode': 'wrong hand-over code for this file',
  'errors.archive.codeFormat': 'the code must be 25 letters and digits (five groups of five)',
};

const usage = (message: string): never => {
  process.stderr.write(`${message}\nUsage: npm run open-archive -- FILE CODE OUTDIR\n`);
  process.exit(64);
};

const main = async (): Promise<void> => {
  const [file, code, outdir] = process.argv.slice(2);
  if (!file || !code || !outdir) return usage('Missing arguments.');
  const out = resolve(outdir);
  if (existsSync(out) && readdirSync(out).length > 0) return usage(`${out} is not empty.`);
  let blob;
  try {
    blob = await openAsBlob(file);
  } catch {
    // Missing, a folder, no permission: the path is the user's own argument, not echoed.
    process.stderr.write(
      'Refused: the file cannot be read (missing or not a file). Nothing was written.\n',
    );
    process.exit(1);
  }
  let opened;
  try {
    opened = await openAndUnpack(blob.stream(), code);
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(
      `Refused: ${MESSAGES[error.i18nKey] ?? error.i18nKey} [${error.i18nKey}]. Nothing was written.\n`,
    );
    process.exit(1);
  }
  for (const [path, bytes] of opened.files) {
    if (!isSafePackagePath(path)) continue;
    const target = join(out, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  const m = opened.manifest;
  process.stdout.write(
    `${JSON.stringify(
      {
        opened: file,
        outdir: out,
        institution: m.institution.name,
        createdAt: m.createdAt,
        personCount: m.personCount,
        files: m.files.length + 1,
        verified: 'digest, every chunk (AES-256-GCM), every file SHA-256',
      },
      null,
      2,
    )}\n`,
  );
};

await main();
