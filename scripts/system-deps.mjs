// The programs `npm test` and `npm start` need from the operating system (they are not npm
// packages): a Chromium for the e2e journeys and the browser host, poppler-utils and qpdf for the
// PDF checks, makensis (nsis) for the installer's Latvian messages. On a fresh Debian/Ubuntu
// machine the command installs them itself when it runs as root with apt-get (as `.ci/run` does);
// otherwise it stops at once with one line naming the exact command to run, instead of failing
// half-way through.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the test command needs: each program, and the Debian package that provides it. */
export const TEST_TOOLS = [
  { program: 'chromium', debianPackage: 'chromium' },
  { program: 'pdftotext', debianPackage: 'poppler-utils' },
  { program: 'pdftoppm', debianPackage: 'poppler-utils' },
  { program: 'pdffonts', debianPackage: 'poppler-utils' },
  { program: 'qpdf', debianPackage: 'qpdf' },
  // nsis-language.test.ts compiles the installer's include as electron-builder does.
  { program: 'makensis', debianPackage: 'nsis' },
];

/**
 * What to do about missing system packages, decided from facts only (pure, unit-tested):
 * nothing missing → `ok`; root with apt-get → `install` (the apt-get commands to run);
 * otherwise → `stop` with one line naming the exact command.
 * @param {{ missingPackages: readonly string[], isRoot: boolean, hasApt: boolean, purpose: string }} facts
 * @returns {{ action: 'ok' } | { action: 'install', commands: string[][] }
 *   | { action: 'stop', message: string }}
 */
export const planSystemDeps = ({ missingPackages, isRoot, hasApt, purpose }) => {
  const packages = [...new Set(missingPackages)];
  if (packages.length === 0) return { action: 'ok' };
  const list = packages.join(' ');
  if (hasApt && isRoot) {
    return {
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
    };
  }
  const command = hasApt
    ? `sudo apt-get install -y ${list}`
    : `install ${list} with your system's package manager (or set CHROMIUM_PATH to a Chromium or Chrome)`;
  return {
    action: 'stop',
    message: `${purpose} needs ${list}, missing here: run \`${command}\`, then try again.`,
  };
};

/** Whether a program is on PATH. */
export const onPath = (program) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, program)));

/** The Chromium the e2e fixtures launch (tests/e2e/support/fixtures.ts). */
const testChromium = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian packages whose programs are missing, for the given tools. */
export const missingPackagesFor = (tools) =>
  tools
    .filter(({ program }) =>
      program === 'chromium' ? !existsSync(testChromium()) : !onPath(program),
    )
    .map(({ debianPackage }) => debianPackage);

/**
 * Installs what is missing or exits the process with the plan's one-line message.
 * @param {readonly string[]} missingPackages
 * @param {string} purpose e.g. "npm test"
 */
export const ensureSystemPackages = (missingPackages, purpose) => {
  const plan = planSystemDeps({
    missingPackages,
    isRoot: process.getuid?.() === 0,
    hasApt: process.platform === 'linux' && onPath('apt-get'),
    purpose,
  });
  if (plan.action === 'ok') return;
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  console.log(`${purpose}: installing ${[...new Set(missingPackages)].join(' ')} with apt-get`);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(
        `${purpose}: \`${command} ${args.join(' ')}\` failed; install the packages and try again.`,
      );
      process.exit(1);
    }
  }
};
