// A search's answer: the matching slots in display order. Only what the screen shows is turned
// into ids (a virtualized table renders a few dozen rows), so a one-letter query matching 45,000
// records costs a typed-array pass, not 45,000 strings.
import type { SlotTable } from './slot-table';

export type SubjectHits = {
  /** How many records match. */
  readonly length: number;
  /** The id at this position of the answer (0-based), undefined past the end. */
  readonly at: (position: number) => string | undefined;
  /** The ids from `start` up to (not including) `end`, like Array.prototype.slice. */
  readonly slice: (start: number, end?: number) => string[];
  /** Every id, in display order (for an export of the whole answer). */
  readonly toArray: () => string[];
  /** True when a restricted record (GDPR art. 18) is among the matches. */
  readonly hasRestricted: () => boolean;
};

/** Wraps matched slots (display order); the table is read lazily, at the moment of asking. */
export const hitsOf = (slots: Int32Array, table: SlotTable): SubjectHits => {
  const idAt = (i: number): string => table.items[slots[i] ?? -1]?.id ?? '';
  const slice = (start: number, end = slots.length): string[] => {
    const from = Math.max(0, start < 0 ? slots.length + start : start);
    const to = Math.min(slots.length, end < 0 ? slots.length + end : end);
    const out: string[] = [];
    for (let i = from; i < to; i += 1) out.push(idAt(i));
    return out;
  };
  return {
    length: slots.length,
    at: (position) => (position >= 0 && position < slots.length ? idAt(position) : undefined),
    slice,
    toArray: () => slice(0),
    hasRestricted: () => slots.some((slot) => table.restricted[slot] === 1),
  };
};

/** The answer with no matches (before a list has loaded, or for a query nothing can match). */
export const NO_HITS: SubjectHits = {
  length: 0,
  at: () => undefined,
  slice: () => [],
  toArray: () => [],
  hasRestricted: () => false,
};
