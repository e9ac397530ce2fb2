// In-memory search over the decrypted core fields of the records a session may see
// (ARCHITECTURE §2: the store is encrypted, so search runs in memory after unlock).
// Everything expensive happens once, when an item is added: folding (case and diacritics) and
// the Latvian sort position. A keystroke is one linear scan with String.includes over short
// folded strings, already in display order, so no per-query sorting.
import { foldForSearch, makeLvCollator } from '@shared/text/search';

export type SubjectIndexItem = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  /** Normalized digits; present only when the session holds the identifiers key. */
  readonly personalCode?: string;
  readonly groupId: string | null;
  readonly status: string;
  readonly restricted: boolean;
};

export type SubjectSearchOptions = {
  /** Match digits against personal codes. Without it a query with digits matches nothing. */
  readonly includeCodes: boolean;
  readonly groupIds?: readonly (string | null)[];
  readonly statuses?: readonly string[];
  /** Restricted records (GDPR art. 18) are hidden unless asked for. */
  readonly includeRestricted?: boolean;
  /** Stop after this many results (for a type-ahead list). */
  readonly limit?: number;
};

export type SubjectIndex = {
  /** Ids in Latvian order (family name, then given names). An empty query lists everything that passes the filters. */
  search: (query: string, options: SubjectSearchOptions) => string[];
  /** Adds or replaces one item (after an edit). */
  upsert: (item: SubjectIndexItem) => void;
  remove: (id: string) => void;
  readonly size: number;
};

// Filter fields are copied out of the item so the scan touches one small object per record.
type Entry = {
  readonly item: SubjectIndexItem;
  readonly groupId: string | null;
  readonly status: string;
  readonly restricted: boolean;
  /** 'given names family name', folded: query words cannot contain spaces, so includes() stays within a word. */
  readonly folded: string;
  readonly code: string;
};

type Query = { readonly words: readonly string[]; readonly digits: readonly string[] };

const collator = makeLvCollator();

const compareEntries = (a: Entry, b: Entry): number =>
  collator.compare(a.item.familyName, b.item.familyName) ||
  collator.compare(a.item.givenNames, b.item.givenNames) ||
  (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);

const toEntry = (item: SubjectIndexItem): Entry => ({
  item,
  groupId: item.groupId,
  status: item.status,
  restricted: item.restricted,
  folded: foldForSearch(`${item.givenNames} ${item.familyName}`),
  code: (item.personalCode ?? '').replace(/\D/gu, ''),
});

const parseQuery = (query: string): Query => {
  const tokens = foldForSearch(query)
    .split(' ')
    .filter((t) => t !== '');
  // '010119-21234' and '010119 21234' are one code; a token with a digit is a code fragment.
  const isCode = (t: string): boolean => /\d/u.test(t);
  const digits = tokens
    .filter(isCode)
    .map((t) => t.replace(/\D/gu, ''))
    .filter((t) => t !== '');
  const words = tokens
    .filter((t) => !isCode(t))
    .map((t) => t.replace(/[,.;]/gu, ''))
    .filter((t) => t !== '');
  return { words, digits: digits.length > 1 ? [digits.join('')] : digits };
};

const makeFilter = (options: SubjectSearchOptions): ((e: Entry) => boolean) => {
  const groups = options.groupIds === undefined ? undefined : new Set(options.groupIds);
  const statuses = options.statuses === undefined ? undefined : new Set(options.statuses);
  const restricted = options.includeRestricted === true;
  return (e) =>
    (restricted || !e.restricted) &&
    (groups === undefined || groups.has(e.groupId)) &&
    (statuses === undefined || statuses.has(e.status));
};

const matches = (e: Entry, q: Query): boolean => {
  for (const w of q.words) if (!e.folded.includes(w)) return false;
  for (const d of q.digits) if (!e.code.includes(d)) return false;
  return true;
};

const insertionPoint = (entries: readonly Entry[], entry: Entry): number => {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const probe = entries[mid];
    if (probe !== undefined && compareEntries(probe, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Sort position of each distinct string; names repeat a lot, so few collator calls are needed. */
const ranksOf = (values: Iterable<string>): Map<string, number> =>
  new Map([...new Set(values)].sort(collator.compare).map((v, i) => [v, i]));

/**
 * Sorts by rank numbers rather than calling the collator n log n times: at 50,000 records the
 * collator sort alone takes seconds, this takes tens of milliseconds.
 */
const sortEntries = (entries: Entry[]): Entry[] => {
  const family = ranksOf(entries.map((e) => e.item.familyName));
  const given = ranksOf(entries.map((e) => e.item.givenNames));
  const keyed = entries.map((e) => ({
    e,
    f: family.get(e.item.familyName) ?? 0,
    g: given.get(e.item.givenNames) ?? 0,
  }));
  keyed.sort(
    (a, b) =>
      a.f - b.f ||
      a.g - b.g ||
      (a.e.item.id < b.e.item.id ? -1 : a.e.item.id > b.e.item.id ? 1 : 0),
  );
  return keyed.map((k) => k.e);
};

/** True when every record matching `next` also matches `prev`: each old term lives inside a new one. */
const narrows = (prev: Query, next: Query): boolean =>
  prev.words.every((w) => next.words.some((n) => n.includes(w))) &&
  prev.digits.every((d) => next.digits.some((n) => n.includes(d)));

const optionsKey = (o: SubjectSearchOptions): string =>
  JSON.stringify([
    o.includeCodes,
    o.groupIds ?? null,
    o.statuses ?? null,
    o.includeRestricted === true,
  ]);

type LastSearch = {
  readonly key: string;
  readonly query: Query;
  readonly matched: readonly Entry[];
};

/** For each letter, the entries (in display order) whose folded name contains it. */
type Postings = ReadonlyMap<string, readonly Entry[]>;

const buildPostings = (entries: readonly Entry[]): Postings => {
  const postings = new Map<string, Entry[]>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const ch of e.folded) {
      if (ch === ' ' || seen.has(ch)) continue;
      seen.add(ch);
      const list = postings.get(ch);
      if (list) list.push(e);
      else postings.set(ch, [e]);
    }
  }
  return postings;
};

const NONE: readonly Entry[] = [];

/**
 * Where a fresh (not narrowing) search starts: the entries containing the query's rarest letter.
 * Every match contains every letter of every word, so nothing is lost, and the first keystroke
 * of a new query scans one posting list instead of every record.
 */
const startingPool = (
  q: Query,
  postings: Postings,
  entries: readonly Entry[],
): readonly Entry[] => {
  let best: readonly Entry[] | undefined;
  for (const w of q.words) {
    for (const ch of w) {
      const list = postings.get(ch) ?? NONE;
      if (best === undefined || list.length < best.length) best = list;
    }
  }
  return best ?? entries;
};

/** Builds the index once. See SubjectIndex for the operations. */
export const createSubjectIndex = (items: readonly SubjectIndexItem[]): SubjectIndex => {
  const entries = sortEntries(items.map(toEntry));
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  // Typing adds letters: each keystroke usually narrows the previous one, so it only needs to
  // re-check the previous matches instead of every record.
  let last: LastSearch | undefined;
  // Built with the index (tens of milliseconds at 50,000) and again lazily after an edit.
  let postings: Postings | undefined = buildPostings(entries);
  const remove = (id: string): void => {
    const old = byId.get(id);
    if (old === undefined) return;
    entries.splice(entries.indexOf(old), 1);
    byId.delete(id);
    last = undefined;
    postings = undefined;
  };
  return {
    search: (query, options) => {
      const q = parseQuery(query);
      if (q.digits.length > 0 && !options.includeCodes) return [];
      const key = optionsKey(options);
      postings ??= buildPostings(entries);
      const pool =
        last !== undefined && last.key === key && narrows(last.query, q)
          ? last.matched
          : startingPool(q, postings, entries);
      const pass = makeFilter(options);
      const matched: Entry[] = [];
      for (const e of pool) if (matches(e, q) && pass(e)) matched.push(e);
      last = { key, query: q, matched };
      const limit = options.limit ?? matched.length;
      return matched.slice(0, limit).map((e) => e.item.id);
    },
    upsert: (item) => {
      remove(item.id);
      const entry = toEntry(item);
      entries.splice(insertionPoint(entries, entry), 0, entry);
      byId.set(item.id, entry);
      last = undefined;
      postings = undefined;
    },
    remove,
    get size() {
      return entries.length;
    },
  };
};
