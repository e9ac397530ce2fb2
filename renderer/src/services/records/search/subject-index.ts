// In-memory search over the decrypted core fields of the records a session may see
// (ARCHITECTURE §2: the store is encrypted, so search runs in memory after unlock).
// Everything expensive happens once, when an item is added: folding (case and diacritics), the
// letter and letter-pair postings, the Latvian sort rank. A keystroke starts from the postings
// of the query's rarest piece (or from the previous answer when the user typed one more letter),
// checks only those records and answers with slot numbers: a one-letter query over 50,000
// records stays within a few milliseconds. Items can arrive page by page (the list decrypts in
// the background); each page is merged into the display order in one linear pass.
import { foldForSearch } from '@shared/text/search';
import { GramPostings, type SlotList } from './gram-postings';
import { NameRanks } from './name-ranks';
import { SlotTable } from './slot-table';
import { hitsOf, type SubjectHits } from './subject-hits';
import { narrows, optionsKey, parseQuery, type Query } from './subject-query';
import type { SubjectIndexItem, SubjectSearchOptions } from './subject-query';

export { NO_HITS, type SubjectHits } from './subject-hits';
export type { SubjectIndexItem, SubjectSearchOptions } from './subject-query';

export type SubjectIndex = {
  /** Ids in Latvian order (family name, then given names). An empty query lists everything that passes the filters. */
  search: (query: string, options: SubjectSearchOptions) => string[];
  /** Like search, but ids are made only for the positions asked for (a virtualized list's window). */
  find: (query: string, options: SubjectSearchOptions) => SubjectHits;
  /** Adds or replaces one item (after an edit). */
  upsert: (item: SubjectIndexItem) => void;
  /** Adds or replaces many items at once (a page of a progressive load): one merge for all. */
  addAll: (items: readonly SubjectIndexItem[]) => void;
  /** Personal codes by id, arriving after the names; unknown ids are ignored. */
  setCodes: (codes: ReadonlyMap<string, string>) => void;
  remove: (id: string) => void;
  readonly size: number;
};

const NO_SLOTS = new Int32Array(0);
const codeDigits = (code: string | undefined): string => (code ?? '').replace(/\D/gu, '');

/** The filter as one byte per slot (1 = passes), rebuilt when the filter or the records change. */
const filterMask = (table: SlotTable, options: SubjectSearchOptions): Uint8Array => {
  const groups = options.groupIds === undefined ? undefined : new Set(options.groupIds);
  const statuses = options.statuses === undefined ? undefined : new Set(options.statuses);
  const restricted = options.includeRestricted === true;
  const mask = new Uint8Array(table.count);
  table.items.forEach((item, slot) => {
    mask[slot] =
      table.alive[slot] === 1 &&
      (restricted || !item.restricted) &&
      (groups === undefined || groups.has(item.groupId)) &&
      (statuses === undefined || statuses.has(item.status))
        ? 1
        : 0;
  });
  return mask;
};

/** Builds an index (empty, or from these items). See SubjectIndex for the operations. */
export const createSubjectIndex = (items: readonly SubjectIndexItem[] = []): SubjectIndex => {
  const table = new SlotTable();
  const live = new Map<string, number>();
  const names = new GramPostings();
  const digits = new GramPostings();
  const families = new NameRanks();
  const givens = new NameRanks();
  /** Live slots in display order, and each slot's position in it. */
  let order: Int32Array = NO_SLOTS;
  let positions = new Int32Array(0);
  // Marks the slots matched by the current search (a stamp per search, never cleared).
  let marks = new Uint32Array(0);
  let stamp = 0;
  let mask: { readonly key: string; readonly bits: Uint8Array } | undefined;
  // Typing adds letters: a keystroke that narrows the previous one re-checks only its matches.
  let last:
    { readonly key: string; readonly query: Query; readonly matched: Int32Array } | undefined;

  const changed = (): void => {
    mask = undefined;
    last = undefined;
  };
  const drop = (id: string): boolean => {
    const slot = live.get(id);
    if (slot === undefined) return false;
    table.alive[slot] = 0;
    live.delete(id);
    return true;
  };
  const append = (item: SubjectIndexItem): number => {
    drop(item.id);
    const slot = table.append(
      item,
      foldForSearch(`${item.givenNames} ${item.familyName}`),
      codeDigits(item.personalCode),
    );
    live.set(item.id, slot);
    names.add(slot, table.folded[slot] ?? '');
    const code = table.codes[slot] ?? '';
    if (code !== '') digits.add(slot, code);
    return slot;
  };
  const rank = (slots: Iterable<number>): void => {
    for (const s of slots) {
      table.family[s] = families.rankOf(table.items[s]?.familyName ?? '');
      table.given[s] = givens.rankOf(table.items[s]?.givenNames ?? '');
    }
  };
  const setOrder = (next: Int32Array): void => {
    order = next;
    if (positions.length < table.count) positions = new Int32Array(table.count * 2);
    order.forEach((slot, i) => {
      positions[slot] = i;
    });
    if (marks.length < table.count) marks = new Uint32Array(table.count * 2);
    changed();
  };

  /** Merges two slot lists sorted in display order into one (linear). */
  const merge = (left: Int32Array, right: readonly number[]): Int32Array => {
    const out = new Int32Array(left.length + right.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k += 1) {
      const a = left[i];
      const b = right[j];
      const takeLeft = b === undefined || (a !== undefined && table.compare(a, b) <= 0);
      out[k] = (takeLeft ? a : b) ?? 0;
      if (takeLeft) i += 1;
      else j += 1;
    }
    return out;
  };

  const addAll = (batch: readonly SubjectIndexItem[]): void => {
    const before = live.size;
    // append() replaces an id already present (also one earlier in this batch: the last wins).
    const fresh = batch.map(append).filter((s) => table.alive[s] === 1);
    const kept =
      live.size - fresh.length < before ? order.filter((s) => table.alive[s] === 1) : order;
    const newFamilies = families.addAll(fresh.map((s) => table.items[s]?.familyName ?? ''));
    const newGivens = givens.addAll(fresh.map((s) => table.items[s]?.givenNames ?? ''));
    // New names shift the ranks of known ones (never their relative order): read them again.
    if (newFamilies || newGivens) rank(kept);
    rank(fresh);
    setOrder(
      merge(
        kept,
        fresh.sort((a, b) => table.compare(a, b)),
      ),
    );
  };

  const matches = (slot: number, q: Query): boolean => {
    const folded = table.folded[slot] ?? '';
    for (const w of q.words) if (!folded.includes(w)) return false;
    const code = table.codes[slot] ?? '';
    for (const d of q.digits) if (!code.includes(d)) return false;
    return true;
  };

  /** The smallest posting list naming every possible match; undefined means "every record". */
  const candidatesOf = (q: Query): { list: SlotList; exact: boolean } | undefined => {
    const terms = [
      ...q.words.map((w) => ({ list: names.candidates(w), term: w })),
      ...q.digits.map((d) => ({ list: digits.candidates(d), term: d })),
    ];
    let best = terms[0];
    for (const t of terms) if (best === undefined || t.list.length < best.list.length) best = t;
    if (best === undefined) return undefined;
    return { list: best.list, exact: terms.length === 1 && GramPostings.exact(best.term) };
  };

  /** Every slot in display order that passes the filter and matches. */
  const scan = (q: Query, bits: Uint8Array): Int32Array => {
    const out = new Int32Array(order.length);
    let k = 0;
    for (const s of order) if (bits[s] === 1 && matches(s, q)) out[k++] = s;
    return out.subarray(0, k);
  };

  /**
   * Checks the candidates and answers in display order: a short list is sorted by position, a
   * long one is marked and collected by walking the display order once.
   */
  const fromCandidates = (
    { list, exact }: { list: SlotList; exact: boolean },
    q: Query,
    bits: Uint8Array,
  ): Int32Array => {
    stamp += 1;
    const few = list.length * 16 < order.length;
    const found: number[] = [];
    let count = 0;
    for (const s of list.view()) {
      if (bits[s] !== 1 || marks[s] === stamp || !(exact || matches(s, q))) continue;
      marks[s] = stamp;
      count += 1;
      if (few) found.push(s);
    }
    if (few)
      return Int32Array.from(found.sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0)));
    const out = new Int32Array(count);
    let k = 0;
    for (const s of order) if (marks[s] === stamp) out[k++] = s;
    return out;
  };

  const find = (query: string, options: SubjectSearchOptions): SubjectHits => {
    const q = parseQuery(foldForSearch(query));
    if (q.digits.length > 0 && !options.includeCodes) return hitsOf(NO_SLOTS, table);
    const key = optionsKey(options);
    if (mask?.key !== key) mask = { key, bits: filterMask(table, options) };
    let matched: Int32Array;
    if (last !== undefined && last.key === key && narrows(last.query, q)) {
      matched = last.matched.filter((s) => matches(s, q));
    } else {
      const candidates = candidatesOf(q);
      matched =
        candidates === undefined ? scan(q, mask.bits) : fromCandidates(candidates, q, mask.bits);
    }
    last = { key, query: q, matched };
    const limit = Math.min(options.limit ?? matched.length, matched.length);
    return hitsOf(matched.subarray(0, limit), table);
  };

  addAll(items);
  return {
    find,
    search: (query, options) => find(query, options).toArray(),
    addAll,
    upsert: (item) => {
      addAll([item]);
    },
    setCodes: (codes) => {
      for (const [id, code] of codes) {
        const slot = live.get(id);
        const next = codeDigits(code);
        if (slot === undefined || table.codes[slot] === next) continue;
        table.codes[slot] = next;
        if (next !== '') digits.add(slot, next);
      }
      changed();
    },
    remove: (id) => {
      if (drop(id)) setOrder(order.filter((s) => table.alive[s] === 1));
    },
    get size() {
      return live.size;
    },
  };
};
