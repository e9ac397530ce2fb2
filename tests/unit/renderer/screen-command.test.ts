import { describe, expect, it } from 'vitest';
import {
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
});
