// Letter and letter-pair postings: for each one- and two-character piece of the folded names
// (or of the personal codes' digits), the slots of the records containing it. A query word can
// only match a record that contains every piece of the word, so the word's rarest piece names a
// small superset of its matches; the index then checks only those records.

/** A growable list of record slots (int32, 4 bytes each instead of a JS array's 8 or more). */
export class SlotList {
  private data = new Int32Array(4);
  length = 0;

  push(slot: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = slot;
    this.length += 1;
  }

  last(): number | undefined {
    return this.length === 0 ? undefined : this.data[this.length - 1];
  }

  /** The slots in the order they were added (may repeat a slot whose text changed). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

const EMPTY = new SlotList();

/**
 * Postings of the one- and two-character pieces of texts, by record slot. Pieces containing a
 * space are left out: a query word never contains one.
 */
export class GramPostings {
  private readonly lists = new Map<string, SlotList>();

  /** Adds the pieces of `text` for `slot`. Slots are added in ascending order, except re-adds. */
  add(slot: number, text: string): void {
    for (let i = 0; i < text.length; i += 1) {
      const one = text.charAt(i);
      if (one === ' ') continue;
      this.post(one, slot);
      const two = text.slice(i, i + 2);
      if (two.length === 2 && two.charAt(1) !== ' ') this.post(two, slot);
    }
  }

  private post(gram: string, slot: number): void {
    const list = this.lists.get(gram);
    if (list === undefined) {
      const fresh = new SlotList();
      fresh.push(slot);
      this.lists.set(gram, fresh);
    } else if (list.last() !== slot) list.push(slot);
  }

  /** True when candidates(word) holds exactly the records containing `word` (one or two characters). */
  static exact(word: string): boolean {
    return word.length <= 2;
  }

  /**
   * The smallest list of slots that holds every record containing `word` (its rarest piece).
   * Empty when some piece occurs nowhere: then nothing matches.
   */
  candidates(word: string): SlotList {
    if (word.length === 1) return this.lists.get(word) ?? EMPTY;
    let best: SlotList | undefined;
    for (let i = 0; i + 1 < word.length; i += 1) {
      const list = this.lists.get(word.slice(i, i + 2)) ?? EMPTY;
      if (best === undefined || list.length < best.length) best = list;
      if (best.length === 0) break;
    }
    return best ?? EMPTY;
  }
}
