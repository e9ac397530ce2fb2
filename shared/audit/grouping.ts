// Turning the audit chain into lines a head can read: one line for a run of the same thing done
// by the same person (a batch of 25 forms, a secretary opening the list 40 times a day), not 40.
import { isRoutineAuditAction } from './actions';

/** The plaintext facts of one audit entry (ids only, never a name). */
export type AuditFacts = {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
};

/** Entries of one kind by one person grouped into one line (see groupAuditEntries). */
export type AuditGroup = {
  readonly newestSeq: number;
  readonly oldestSeq: number;
  readonly count: number;
  /** ISO timestamps of the newest and the oldest entry of the run. */
  readonly newestAt: string;
  readonly oldestAt: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  /** The distinct ids the run is about, newest first; empty when no entry names one. */
  readonly entityIds: readonly string[];
};

/** Entries of one batch (a group's forms, an import) are written within this many ms. */
export const AUDIT_BATCH_GAP_MS = 2 * 60 * 1000;

type Open = { -readonly [K in keyof AuditGroup]: AuditGroup[K] } & {
  seen: Set<string>;
  ids: string[];
};

const joinsBatch = (line: Open, row: AuditFacts, dayOf: (at: string) => string): boolean =>
  line.actor === row.actor &&
  line.action === row.action &&
  line.entity === row.entity &&
  dayOf(line.oldestAt) === dayOf(row.at) &&
  Date.parse(line.oldestAt) - Date.parse(row.at) <= AUDIT_BATCH_GAP_MS;

const open = (row: AuditFacts): Open => ({
  newestSeq: row.seq,
  oldestSeq: row.seq,
  count: 1,
  newestAt: row.at,
  oldestAt: row.at,
  actor: row.actor,
  action: row.action,
  entity: row.entity,
  entityIds: [],
  seen: new Set(row.entityId === null ? [] : [row.entityId]),
  ids: row.entityId === null ? [] : [row.entityId],
});

const add = (line: Open, row: AuditFacts): void => {
  line.oldestSeq = row.seq;
  line.oldestAt = row.at;
  line.count += 1;
  if (row.entityId !== null && !line.seen.has(row.entityId)) {
    line.seen.add(row.entityId);
    line.ids.push(row.entityId);
  }
};

/** The routine lines of one person's uninterrupted stretch of reads on one day. */
type Stretch = { readonly actor: string; readonly day: string; readonly lines: Map<string, Open> };

/**
 * Groups entries given newest first into lines (`dayOf` gives the calendar day of a timestamp in
 * the institution's time zone), each listed by its newest entry:
 * - routine reads (opening the list, a card, a consent page): one line per action and entity
 *   kind for a person's stretch of reads on one day, however they interleave (list, card, list,
 *   card… is two lines, not forty); anything else that person does, or anyone else's entry, or a
 *   new day, ends the stretch;
 * - other entries: the same person, action and entity kind, each written within
 *   AUDIT_BATCH_GAP_MS of the previous one on the same day (one batch: a group's forms).
 */
export const groupAuditEntries = (
  rows: readonly AuditFacts[],
  dayOf: (at: string) => string,
): AuditGroup[] => {
  const lines: Open[] = [];
  let batch: Open | null = null;
  let stretch: Stretch | null = null;
  for (const row of rows) {
    const day = dayOf(row.at);
    if (isRoutineAuditAction(row.action)) {
      batch = null;
      if (stretch === null || stretch.actor !== row.actor || stretch.day !== day)
        stretch = { actor: row.actor, day, lines: new Map() };
      const key = `${row.action}\u0000${row.entity}`;
      const line = stretch.lines.get(key);
      if (line) add(line, row);
      else {
        const fresh = open(row);
        lines.push(fresh);
        stretch.lines.set(key, fresh);
      }
      continue;
    }
    stretch = null;
    if (batch !== null && joinsBatch(batch, row, dayOf)) add(batch, row);
    else {
      batch = open(row);
      lines.push(batch);
    }
  }
  return lines.map(({ seen: _seen, ids, ...line }) => ({ ...line, entityIds: ids }));
};
