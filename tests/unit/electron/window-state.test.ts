import { describe, expect, it } from 'vitest';
import {
  parseWindowState,
  restorableState,
  serializeWindowState,
} from '../../../electron/main/window-state';

const SAVED = { x: 100, y: 80, width: 1200, height: 800, maximized: false };
const SCREEN = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('parseWindowState', () => {
  it('reads back what serializeWindowState wrote', () => {
    expect(parseWindowState(serializeWindowState(SAVED))).toEqual(SAVED);
  });
  it.each([
    undefined,
    '',
    'not json',
    '{"x":1}',
    JSON.stringify({ ...SAVED, width: 10 }),
    JSON.stringify({ ...SAVED, x: 1.5 }),
    JSON.stringify({ ...SAVED, extra: 1 }),
    JSON.stringify({ ...SAVED, maximized: 'yes' }),
  ])('ignores %j', (text) => {
    expect(parseWindowState(text)).toBeUndefined();
  });
});

describe('restorableState', () => {
  it('keeps a window whose title bar is on a display', () => {
    expect(restorableState(SAVED, SCREEN)).toEqual(SAVED);
    expect(restorableState({ ...SAVED, x: 1800 }, SCREEN)).toEqual({ ...SAVED, x: 1800 });
  });
  it('drops a window left on a display that is gone or above the screen', () => {
    expect(restorableState({ ...SAVED, x: 2500 }, SCREEN)).toBeUndefined();
    expect(restorableState({ ...SAVED, y: -400 }, SCREEN)).toBeUndefined();
    expect(restorableState({ ...SAVED, x: 1900 }, SCREEN)).toBeUndefined();
    expect(restorableState(SAVED, [])).toBeUndefined();
  });
  it('keeps one on a second display to the left', () => {
    const state = { ...SAVED, x: -1500 };
    expect(
      restorableState(state, [...SCREEN, { x: -1920, y: 0, width: 1920, height: 1040 }]),
    ).toEqual(state);
  });
});
