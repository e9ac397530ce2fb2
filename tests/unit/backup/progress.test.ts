// The progress helpers of long backup work: never falling, never the same twice, and with a step
// at most about 1 / step calls however often they are called (the screen renders per call).
import { describe, expect, it } from 'vitest';
import { bytesRead, monotonic, within } from '@renderer/data/backup/progress';

describe('backup progress helpers', () => {
  it('monotonic passes on only rises, starting with the first value', () => {
    const seen: number[] = [];
    const report = monotonic((f) => seen.push(f));
    for (const f of [0, 0, 0.2, 0.1, 0.2, 0.5, 2]) report(f);
    expect(seen).toEqual([0, 0.2, 0.5, 1]);
  });

  it('with a step of 1 %: 100,000 calls become at most 101, and 1 is always passed on', () => {
    const seen: number[] = [];
    const report = monotonic((f) => seen.push(f), 0.01);
    const calls = 100_000;
    for (let i = 0; i < calls; i++) report(i / calls);
    report(1);
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen.length).toBeGreaterThan(90);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length - 1; i++)
      expect((seen[i] as number) - (seen[i - 1] as number)).toBeGreaterThanOrEqual(0.01);
  });

  it('within maps a part onto its stretch; bytesRead needs a size', () => {
    const seen: number[] = [];
    const part = within((f) => seen.push(f), 0.2, 0.6);
    part(0);
    part(0.5);
    part(2);
    bytesRead(part, 200)(50);
    bytesRead(part, undefined)(50);
    bytesRead(part, 0)(50);
    expect(seen).toHaveLength(4);
    expect(seen.slice(0, 3)).toEqual([0.2, 0.4, 0.6]);
    expect(seen[3]).toBeCloseTo(0.3, 10);
  });
});
