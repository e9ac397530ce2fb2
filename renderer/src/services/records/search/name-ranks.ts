// The Latvian sort position of each distinct name, kept up to date as names arrive page by
// page. Names repeat a lot (thousands of children share a few hundred surnames), so comparing
// distinct names with the collator once and sorting records by rank numbers is far cheaper
// than calling the collator n log n times (at 50,000 records: tens of ms instead of seconds).
import { makeLvCollator } from '@shared/text/search';

const collator = makeLvCollator();

export class NameRanks {
  private readonly sorted: string[] = [];
  private ranks = new Map<string, number>();

  /**
   * Adds names not seen yet. Each new name costs a binary search with the collator; the relative
   * order of the names already known never changes, only their rank numbers.
   * Returns true when a new name arrived (ranks must then be read again).
   */
  addAll(names: Iterable<string>): boolean {
    const fresh = [...new Set(names)].filter((n) => !this.ranks.has(n));
    if (fresh.length === 0) return false;
    fresh.sort(collator.compare);
    for (const name of fresh) this.sorted.splice(this.insertionPoint(name), 0, name);
    this.ranks = new Map(this.sorted.map((n, i) => [n, i]));
    return true;
  }

  /** The name's position in Latvian order among the known names; -1 for an unknown name. */
  rankOf(name: string): number {
    return this.ranks.get(name) ?? -1;
  }

  private insertionPoint(name: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (collator.compare(this.sorted[mid] ?? '', name) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
