// The data keys a pass over a backup has unwrapped, at most `limit` of them (memory bounded at
// 50,000 children), kept so that a key asked for again is not unwrapped again. Scan-resistant
// (two segments, as in the "2Q" page caches): a key asked for once waits in `once`; asked for
// again, it moves to `again`, where keys used once never push it out. A register's file shows
// why (docs/benchmarks.md, "Restore, fourth pass"): a child's core key opens its consent forms,
// its two representative links and its own row, tables apart in the file, while the 17,680
// representatives' keys between them (10,000 children) are each used once. The previous cache,
// cleared whenever it held 20,000, dropped the children's keys in the representatives table
// and unwrapped about 10,000 of them again (65,360 unwraps at 10,000 children; now 55,385).

/** Keys kept in `again` at most, as a share of the limit: `once` always has room for new keys. */
const AGAIN_SHARE = 0.75;

/**
 * One segment: its keys, and their ids in the order they came in. Dropping the oldest walks that
 * queue, skipping ids that have left since. (A Map's own first key is no substitute: V8 keeps a
 * deleted entry's slot until the table is rebuilt, so taking the first key again and again after
 * deleting it walks every deleted slot: 0.7 s of a restore's profile at 10,000 children.)
 */
class Segment<V> {
  readonly keys = new Map<string, V>();
  private order: string[] = [];
  private head = 0;

  add(id: string, value: V): void {
    this.keys.set(id, value);
    this.order.push(id);
  }

  /** Removes and returns the key of `id`, when held (its id stays in the queue, skipped). */
  take(id: string): V | undefined {
    const value = this.keys.get(id);
    if (value !== undefined) this.keys.delete(id);
    return value;
  }

  dropOldest(): void {
    while (this.head < this.order.length) {
      const id = this.order[this.head];
      this.head += 1;
      if (id !== undefined && this.keys.delete(id)) break;
    }
    // The queue's walked part goes once it is most of it (amortised: each id is copied once).
    if (this.head > 1_024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}

/** A bounded map from key id to its (pending) key; `get` counts as a use. */
export class KeyCache<V> {
  private readonly once = new Segment<V>();
  private readonly again = new Segment<V>();
  private readonly againLimit: number;

  /** `limit`: keys held at most, both segments together (≥ 2). */
  constructor(private readonly limit: number) {
    this.againLimit = Math.max(1, Math.floor(limit * AGAIN_SHARE));
  }

  get size(): number {
    return this.once.keys.size + this.again.keys.size;
  }

  /** The key of `id` when held; a second use moves it to `again` (its oldest leaves if full). */
  get(id: string): V | undefined {
    const reused = this.again.keys.get(id);
    if (reused !== undefined) return reused;
    const value = this.once.take(id);
    if (value === undefined) return undefined;
    if (this.again.keys.size >= this.againLimit) this.again.dropOldest();
    this.again.add(id, value);
    return value;
  }

  /** Holds a key just unwrapped; the oldest key used once leaves when the cache is full. */
  set(id: string, value: V): void {
    if (this.size >= this.limit) (this.once.keys.size > 0 ? this.once : this.again).dropOldest();
    this.once.add(id, value);
  }
}
