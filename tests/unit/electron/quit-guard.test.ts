import { describe, expect, it } from 'vitest';
import { createQuitGuard, type QuitGuardDeps } from '../../../electron/main/quit-guard';

const harness = (canAsk = true) => {
  const log: string[] = [];
  const timers: (() => void)[] = [];
  const deps: QuitGuardDeps = {
    ask: () => {
      log.push('ask');
      return canAsk;
    },
    proceed: () => log.push('quit'),
    timeoutMs: 120_000,
    setTimer: (run, ms) => {
      log.push(`timer ${String(ms)}`);
      timers.push(run);
      return timers.length;
    },
    clearTimer: (id) => log.push(`clear ${String(id)}`),
  };
  return { guard: createQuitGuard(deps), log, timers };
};

describe('quit guard (backup on quit)', () => {
  it('holds the first close, asks the renderer once, and quits when it answers', () => {
    const { guard, log } = harness();
    expect(guard.intercept()).toBe(true);
    // A second close while the renderer works (the user clicks X again) is held, not re-asked.
    expect(guard.intercept()).toBe(true);
    guard.release();
    expect(log).toEqual(['ask', 'timer 120000', 'clear 1', 'quit']);
    // The quit that follows goes through; a late answer changes nothing.
    expect(guard.intercept()).toBe(false);
    guard.release();
    expect(log.filter((l) => l === 'quit')).toHaveLength(1);
  });

  it('quits after the time limit when the renderer never answers', () => {
    const { guard, log, timers } = harness();
    guard.intercept();
    timers[0]?.();
    expect(log.at(-1)).toBe('quit');
    expect(guard.intercept()).toBe(false);
  });

  it('lets the close through at once when there is no renderer to ask', () => {
    const { guard, log } = harness(false);
    expect(guard.intercept()).toBe(false);
    expect(log).toEqual(['ask']);
  });

  it('an answer before any close does not quit', () => {
    const { guard, log } = harness();
    guard.release();
    expect(log).toEqual([]);
  });
});
