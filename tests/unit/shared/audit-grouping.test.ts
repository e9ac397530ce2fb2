// Lines of the audit page (issue 14 item 10): a secretary's day of list/card openings is two
// lines, not eighty; a batch is one line; anything else keeps its own line, newest first.
import { describe, expect, it } from 'vitest';
import { AUDIT_BATCH_GAP_MS, groupAuditEntries, type AuditFacts } from '@shared/audit';

const dayOf = (at: string): string => at.slice(0, 10);
let seq = 1000;

/** Entries newest first: [minute offset from 09:00, actor, action, entityId]. */
const log = (...rows: [number, string, string, string | null][]): AuditFacts[] =>
  rows.map(([minute, actor, action, entityId]) => ({
    seq: (seq -= 1),
    at: new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString(),
    actor,
    action,
    entity: action.startsWith('form.') ? 'consentForm' : 'subject',
    entityId,
  }));

const lines = (rows: AuditFacts[]) =>
  groupAuditEntries(rows, dayOf).map((g) => [g.actor, g.action, g.count, g.entityIds.join(',')]);

describe('groupAuditEntries', () => {
  it('merges one person’s interleaved routine reads into one line per action', () => {
    const rows = log(
      [30, 'sec', 'subject.view', 'b'],
      [29, 'sec', 'subject.list', null],
      [20, 'sec', 'subject.view', 'a'],
      [19, 'sec', 'subject.list', null],
      [10, 'sec', 'subject.view', 'a'],
      [9, 'sec', 'subject.list', null],
    );
    expect(lines(rows)).toEqual([
      ['sec', 'subject.view', 3, 'b,a'],
      ['sec', 'subject.list', 3, ''],
    ]);
  });

  it('ends a stretch of reads at another person, another kind of action or another day', () => {
    const rows = log(
      [50, 'sec', 'subject.view', 'a'],
      [40, 'head', 'subject.view', 'a'],
      [30, 'sec', 'subject.view', 'a'],
      [25, 'sec', 'subject.create', 'c'],
      [20, 'sec', 'subject.view', 'a'],
    );
    // The same person's read late the day before, right after the 09:20 one in the log.
    const yesterday = log([0, 'sec', 'subject.view', 'a']).map((r) => ({
      ...r,
      at: '2026-03-01T15:00:00.000Z',
    }));
    expect(lines([...rows, ...yesterday])).toEqual([
      ['sec', 'subject.view', 1, 'a'],
      ['head', 'subject.view', 1, 'a'],
      ['sec', 'subject.view', 1, 'a'],
      ['sec', 'subject.create', 1, 'c'],
      ['sec', 'subject.view', 1, 'a'],
      ['sec', 'subject.view', 1, 'a'],
    ]);
  });

  it('keeps a batch on one line while its entries follow within the gap', () => {
    const gapMinutes = AUDIT_BATCH_GAP_MS / 60_000;
    const rows = log(
      [10 + gapMinutes + 1, 'sec', 'form.issue', 'f4'],
      [10, 'sec', 'form.issue', 'f3'],
      [10, 'sec', 'form.issue', 'f2'],
      [9, 'sec', 'form.issue', 'f1'],
      [8, 'sec', 'subject.create', 'x'],
      [7, 'sec', 'form.issue', 'f0'],
    );
    expect(lines(rows)).toEqual([
      ['sec', 'form.issue', 1, 'f4'],
      ['sec', 'form.issue', 3, 'f3,f2,f1'],
      ['sec', 'subject.create', 1, 'x'],
      ['sec', 'form.issue', 1, 'f0'],
    ]);
  });

  it('lists lines by their newest entry', () => {
    const groups = groupAuditEntries(
      log(
        [30, 'sec', 'subject.list', null],
        [29, 'sec', 'subject.view', 'a'],
        [28, 'sec', 'subject.list', null],
      ),
      dayOf,
    );
    expect(groups.map((g) => [g.newestSeq > g.oldestSeq || g.count === 1, g.action])).toEqual([
      [true, 'subject.list'],
      [true, 'subject.view'],
    ]);
  });
});
