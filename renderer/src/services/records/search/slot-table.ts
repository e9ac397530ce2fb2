// The index's records by slot number, column by column. Numbers live in typed arrays (4 bytes or
// 1 byte a record, no object per record to chase), which keeps a 50,000-record scan inside the
// CPU cache and the heap small. A slot is never reused: a replaced record's slot is marked dead.
import type { SubjectIndexItem } from './subject-query';

const grow = <T extends Int32Array | Uint8Array>(
  old: T,
  size: number,
  make: (n: number) => T,
): T => {
  if (old.length >= size) return old;
  const next = make(Math.max(size, old.length * 2, 64));
  next.set(old);
  return next;
};

export class SlotTable {
  readonly items: SubjectIndexItem[] = [];
  /** 'given names family name', folded: query words contain no space, so includes() stays within a word. */
  readonly folded: string[] = [];
  /** The personal code's digits ('' when absent or not held). */
  readonly codes: string[] = [];
  alive = new Uint8Array(0);
  /** Latvian sort ranks of the family and given names. */
  family = new Int32Array(0);
  given = new Int32Array(0);
  /** 1 for a restricted record (GDPR art. 18). */
  restricted = new Uint8Array(0);

  get count(): number {
    return this.items.length;
  }

  /** Appends a record and returns its slot. */
  append(item: SubjectIndexItem, folded: string, code: string): number {
    const slot = this.items.length;
    this.items.push(item);
    this.folded.push(folded);
    this.codes.push(code);
    const size = slot + 1;
    this.alive = grow(this.alive, size, (n) => new Uint8Array(n));
    this.family = grow(this.family, size, (n) => new Int32Array(n));
    this.given = grow(this.given, size, (n) => new Int32Array(n));
    this.restricted = grow(this.restricted, size, (n) => new Uint8Array(n));
    this.alive[slot] = 1;
    this.restricted[slot] = item.restricted ? 1 : 0;
    return slot;
  }

  /** Display order: family name, given names (Latvian ranks), then id. */
  compare(a: number, b: number): number {
    const family = (this.family[a] ?? 0) - (this.family[b] ?? 0);
    if (family !== 0) return family;
    const given = (this.given[a] ?? 0) - (this.given[b] ?? 0);
    if (given !== 0) return given;
    const x = this.items[a]?.id ?? '';
    const y = this.items[b]?.id ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  }
}
