import { describe, expect, it } from 'vitest';
import {
  FIND_GRACE_MS,
  registerScreenCommand,
  runScreenCommand,
} from '../../../renderer/src/components/use-screen-command';

describe('screen commands (Ctrl+P, Ctrl+F)', () => {
  it('runs nothing and says so when the screen registered nothing', () => {
    expect(runScreenCommand('print')).toBe(false);
  });

  it('runs the latest registration, and the one below once that is gone', () => {
    const ran: string[] = [];
    const removePage = registerScreenCommand('print', () => ran.push('group sheet'));
    const removeDialog = registerScreenCommand('print', () => ran.push('withdrawal form'));
    expect(runScreenCommand('print')).toBe(true);
    removeDialog();
    expect(runScreenCommand('print')).toBe(true);
    expect(runScreenCommand('find')).toBe(false);
    removePage();
    expect(runScreenCommand('print')).toBe(false);
    expect(ran).toEqual(['withdrawal form', 'group sheet']);
  });

  it('keeps a Ctrl+F pressed before the page mounted for the search box that comes next', () => {
    const found: string[] = [];
    expect(runScreenCommand('find', () => 1000)).toBe(false);
    const remove = registerScreenCommand(
      'find',
      () => found.push('children'),
      () => 1200,
    );
    expect(found).toEqual(['children']);
    remove();
  });

  it('forgets a Ctrl+F once the grace time has passed, or once it was handled', () => {
    const found: string[] = [];
    runScreenCommand('find', () => 0);
    const late = registerScreenCommand(
      'find',
      () => found.push('late'),
      () => FIND_GRACE_MS + 1,
    );
    late();
    const again = registerScreenCommand(
      'find',
      () => found.push('again'),
      () => FIND_GRACE_MS + 2,
    );
    again();
    expect(found).toEqual([]);
  });
});
