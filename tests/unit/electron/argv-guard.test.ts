import { describe, expect, it } from 'vitest';
import { findDebugSwitch, hasDebugSwitch } from '../../../electron/main/argv-guard';

const EXE = 'C:\\Users\\a\\AppData\\Local\\Programs\\piekrisanas-registrs\\Piekrišanu reģistrs.exe';

describe('hasDebugSwitch', () => {
  it.each([
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=127.0.0.1:9229',
    '--inspect-port=9229',
    '--inspect-publish-uid=http',
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--remote-allow-origins=*',
    '--js-flags=--allow-natives-syntax',
    '--REMOTE-DEBUGGING-PORT=9222',
    '-remote-debugging-port=9222',
    '/remote-debugging-port=9222',
  ])('refuses %s', (flag) => {
    expect(hasDebugSwitch([EXE, flag])).toBe(true);
    expect(findDebugSwitch([EXE, '--lang=lv', flag])).toBe(flag);
  });

  it.each([
    [[EXE]],
    [[EXE, '--lang=lv']],
    [[EXE, 'C:\\Users\\a\\Documents\\--inspect.txt']],
    [[EXE, '--inspected']],
    [[EXE, '--no-remote-debugging']],
  ])('lets a normal start through: %j', (argv) => {
    expect(hasDebugSwitch(argv)).toBe(false);
  });
});
