// The data keys a pass over a backup has unwrapped, at most `limit` of them (memory bounded at
// 50,000 children), kept so that a key asked for again is not unwrapped again. Scan-resistant
// (two segments, as in the "2Q" page caches): a key asked for once waits in `once`; asked for
// again, it moves to `again`, where keys used once never push it out. A register's file shows
// why (docs/benchmarks.md, "Restore, fourth pass"): a child's core key opens its consent forms,
// its two representative links and its own row, tables apart in the file, while the 17,680
// representatives' keys between them (10,000 children) are each used once. The previous cache,
// cleared whenever it held 20,000, dropped the children's keys in the representatives table
// and unwrapped about 8,000 of them again.

/** Keys kept in `again` at most, as a share of the limit: `once` always has room for new keys. */
const AGAIN_SHARE = 0.75;

/** A bounded map from key id to its (pending) key; `get` counts as a use. */
export class KeyCache<V> {
  private readonly once = new Map<string, V>();
  private readonly again = new Map<string, V>();
  private readonly againLimit: number;

  /** `limit`: keys held at most, both segments together (≥ 2). */
  constructor(private readonly limit: number) {
    this.againLimit = Math.max(1, Math.floor(limit * AGAIN_SHARE));
  }

  get size(): number {
    return this.once.size + this.again.size;
  }

  /** The key of `id` when held; a second use moves it to `again` (its oldest leaves if full). */
  get(id: string): V | undefined {
    const reused = this.again.get(id);
    if (reused !== undefined) return reused;
    const value = this.once.get(id);
    if (value === undefined) return undefined;
    this.once.delete(id);
    if (this.again.size >= this.againLimit) this.dropOldest(this.again);
    this.again.set(id, value);
    return value;
  }

  /** Holds a key just unwrapped; the oldest key used once leaves when the cache is full. */
  set(id: string, value: V): void {
    if (this.size >= this.limit) this.dropOldest(this.once.size > 0 ? this.once : this.again);
    this.once.set(id, value);
  }

  /** Maps iterate in insertion order: the first key is the one held longest. */
  private dropOldest(segment: Map<string, V>): void {
    const oldest = segment.keys().next();
    if (!oldest.done) segment.delete(oldest.value);
  }
}
