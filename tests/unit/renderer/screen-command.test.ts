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

  it('hands a Ctrl+F to the next page when the page that took it goes away at once', () => {
    const found: string[] = [];
    const removeChildren = registerScreenCommand('find', () => found.push('children'));
    // Pressed just after a click on "Pieprasījumi": the children list is still mounted.
    expect(runScreenCommand('find', () => 5000)).toBe(true);
    removeChildren();
    const removeRequests = registerScreenCommand(
      'find',
      () => found.push('requests'),
      () => 5300,
    );
    expect(found).toEqual(['children', 'requests']);
    removeRequests();
  });

  it('does not hand it on when the page that took it stays, or after the grace time', () => {
    const found: string[] = [];
    const removePage = registerScreenCommand('find', () => found.push('page'));
    runScreenCommand('find', () => 7000);
    // A dialog opening over the page that still holds the focus does not take it.
    const removeDialog = registerScreenCommand(
      'find',
      () => found.push('dialog'),
      () => 7100,
    );
    removeDialog();
    runScreenCommand('find', () => 8000);
    removePage();
    const late = registerScreenCommand(
      'find',
      () => found.push('late'),
      () => 8000 + FIND_GRACE_MS + 1,
    );
    late();
    expect(found).toEqual(['page', 'page']);
  });
});
