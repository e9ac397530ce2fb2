// The restore's data-key cache (issue 10, restore speed): bounded, and keys used more than once
// survive a run of keys used once (a backup's representatives between a child's links and its
// own row), which a cache cleared when full did not.
import { describe, expect, it } from 'vitest';
import { KeyCache } from '@renderer/data/backup/key-cache';

/** Misses (unwraps) for `ids` asked in order, each miss then held. */
const misses = (cache: KeyCache<string>, ids: readonly string[]): number => {
  let n = 0;
  for (const id of ids) {
    if (cache.get(id) !== undefined) continue;
    cache.set(id, `key ${id}`);
    n += 1;
  }
  return n;
};

const range = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i)}`);

describe('KeyCache', () => {
  it('never holds more than its limit', () => {
    const cache = new KeyCache<string>(10);
    misses(cache, range('a', 5));
    misses(cache, range('a', 5)); // all in `again` now
    misses(cache, range('b', 100));
    expect(cache.size).toBe(10);
    misses(cache, range('c', 100));
    misses(cache, range('c', 100));
    expect(cache.size).toBe(10);
  });

  it('keys used twice outlast a run of keys used once longer than the limit', () => {
    const cache = new KeyCache<string>(40);
    const children = range('child', 20);
    // Links (each child's key twice), representatives (each key once, 100 > 40), the children.
    const asked = [...children, ...children, ...range('parent', 100), ...children];
    expect(misses(cache, asked)).toBe(120);
    expect(cache.get('child0')).toBe('key child0');
  });

  it('the oldest key used once leaves first, and a second use keeps a key', () => {
    const cache = new KeyCache<string>(4);
    misses(cache, ['a', 'b', 'c', 'd']);
    cache.get('a'); // used again: moves to `again`
    cache.set('e', 'key e'); // full: b (the oldest used once) leaves
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((id) => cache.get(id))).toEqual([
      'key a',
      'key c',
      'key d',
      'key e',
    ]);
  });

  it('keys used again beyond their share push out the oldest of them, not new keys', () => {
    const cache = new KeyCache<string>(4); // `again` holds at most 3
    misses(cache, ['a', 'b', 'c', 'd']);
    for (const id of ['a', 'b', 'c', 'd']) cache.get(id);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    cache.set('x', 'key x');
    expect(cache.get('x')).toBe('key x');
  });

  it('stays fast when full: 100,000 keys through a cache of 20,000 (the restore’s limit)', () => {
    // Dropping a Map's first key again and again walks every deleted slot before it (V8 keeps
    // them until the table is rebuilt): 3.6 s here, 0.7 s of a restore's profile; now 0.1–0.4 s.
    const cache = new KeyCache<number>(20_000);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) {
      if (cache.get(`k${String(i)}`) === undefined) cache.set(`k${String(i)}`, i);
    }
    expect(performance.now() - t0).toBeLessThan(1_500);
    expect(cache.size).toBe(20_000);
  });
});
