// The decision `npm test` and `npm start` make about missing system packages (issue 14: the
// README's promise on a fresh machine).
import { describe, expect, it } from 'vitest';
import { planSystemDeps } from '../../../scripts/system-deps.mjs';

const purpose = 'npm test';

describe('planSystemDeps', () => {
  it('does nothing when nothing is missing', () => {
    expect(planSystemDeps({ missingPackages: [], isRoot: true, hasApt: true, purpose })).toEqual({
      action: 'ok',
    });
  });

  it('installs with apt-get as root, each package once', () => {
    expect(
      planSystemDeps({
        missingPackages: ['chromium', 'poppler-utils', 'poppler-utils', 'qpdf'],
        isRoot: true,
        hasApt: true,
        purpose,
      }),
    ).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        [
          'apt-get',
          'install',
          '-y',
          '-qq',
          '--no-install-recommends',
          'chromium',
          'poppler-utils',
          'qpdf',
        ],
      ],
    });
  });

  it('stops with one line naming the sudo command when not root', () => {
    const plan = planSystemDeps({
      missingPackages: ['qpdf'],
      isRoot: false,
      hasApt: true,
      purpose,
    });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'npm test needs qpdf, missing here: run `sudo apt-get install -y qpdf`, then try again.',
    });
  });

  it('stops without apt (even as root), naming the packages', () => {
    const plan = planSystemDeps({
      missingPackages: ['chromium'],
      isRoot: true,
      hasApt: false,
      purpose: 'npm start',
    });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toMatch(
      /^npm start needs chromium, missing here: run `install chromium with your system's package manager/,
    );
    expect(plan.action === 'stop' && plan.message.includes('\n')).toBe(false);
  });
});
