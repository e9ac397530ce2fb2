import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '@shared/consent';
import {
  DEFAULT_SCHEDULES,
  EVENTS_OF_CATEGORY,
  RETENTION_CATEGORIES,
  addPeriod,
  auditEntryDue,
  defaultSchedule,
  dueForErasure,
  notYetDue,
  retentionDates,
  validateSchedule,
  consentsWithdrawnOn,
  type RetentionFacts,
  type RetentionSchedule,
} from '@shared/retention';

const leaver = (leftOn: string, over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  leftOn,
  hasPersonalCode: true,
  hasContacts: true,
  hasConsents: false,
  hasEvidence: false,
  hasHealthNotes: true,
  requestsClosedOn: [],
  ...over,
});

const withRule = (
  schedule: RetentionSchedule,
  category: keyof RetentionSchedule['rules'],
  over: Partial<RetentionSchedule['rules']['record']>,
): RetentionSchedule => ({
  ...schedule,
  rules: { ...schedule.rules, [category]: { ...schedule.rules[category], ...over } },
});

describe('addPeriod: calendar years and months', () => {
  it('keeps the date when it exists', () => {
    expect(addPeriod('2024-05-31', { amount: 1, unit: 'years' })).toBe('2025-05-31');
    expect(addPeriod('2024-01-15', { amount: 6, unit: 'months' })).toBe('2024-07-15');
    expect(addPeriod('2026-11-30', { amount: 50, unit: 'years' })).toBe('2076-11-30');
  });
  it('a leap day plus a year ends on 28 February, plus four years on 29 February', () => {
    expect(addPeriod('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', { amount: 4, unit: 'years' })).toBe('2028-02-29');
    expect(addPeriod('2024-02-29', { amount: 12, unit: 'months' })).toBe('2025-02-28');
  });
  it('a month end without its day in the target month ends on that month’s last day', () => {
    expect(addPeriod('2025-08-31', { amount: 6, unit: 'months' })).toBe('2026-02-28');
    expect(addPeriod('2023-08-31', { amount: 6, unit: 'months' })).toBe('2024-02-29');
    expect(addPeriod('2025-03-31', { amount: 1, unit: 'months' })).toBe('2025-04-30');
    expect(addPeriod('2025-12-31', { amount: 2, unit: 'months' })).toBe('2026-02-28');
  });
  it('crosses the year boundary', () => {
    expect(addPeriod('2025-11-30', { amount: 3, unit: 'months' })).toBe('2026-02-28');
  });
  it('refuses an invalid date instead of computing from it', () => {
    expect(() => addPeriod('2025-02-29', { amount: 1, unit: 'years' })).toThrow(RangeError);
    expect(() => addPeriod('31.05.2025', { amount: 1, unit: 'years' })).toThrow(RangeError);
  });
});

describe('default schedules', () => {
  it('cover every category for both institution kinds, each with an event it allows', () => {
    for (const kind of ['kindergarten', 'socialOffice'] as const) {
      const schedule = defaultSchedule(kind);
      expect(schedule.kind).toBe(kind);
      for (const category of RETENTION_CATEGORIES) {
        expect(EVENTS_OF_CATEGORY[category]).toContain(schedule.rules[category].event);
      }
      expect(validateSchedule(schedule)).toEqual([]);
    }
  });
  it('a social office keeps a client’s file 50 years after the last service (seed 003 p. 13.3)', () => {
    const rule = DEFAULT_SCHEDULES.socialOffice.rules.record;
    expect(rule).toMatchObject({ period: { amount: 50, unit: 'years' }, event: 'lastService' });
    expect(rule.basis).toBe('socialServiceFile');
  });
  it('a kindergarten counts a child’s data from the leaving date', () => {
    const rules = DEFAULT_SCHEDULES.kindergarten.rules;
    for (const c of ['record', 'personalCode', 'contacts', 'healthNotes'] as const)
      expect(rules[c].event).toBe('leavingDate');
    expect(rules.requests.event).toBe('requestClosed');
  });
});

describe('retentionDates and dueForErasure', () => {
  const k = defaultSchedule('kindergarten');

  it('a child still attending has nothing due, whatever the date', () => {
    const facts: RetentionFacts = {
      hasPersonalCode: true,
      hasContacts: true,
      hasConsents: true,
      hasEvidence: true,
      hasHealthNotes: true,
      requestsClosedOn: [],
    };
    expect(retentionDates(k, facts)).toEqual([]);
    expect(dueForErasure(k, facts, '2099-12-31')).toEqual([]);
  });

  it('a leaver: each category falls due on its own day, the day itself included', () => {
    const facts = leaver('2024-05-31');
    expect(dueForErasure(k, facts, '2024-06-29')).toEqual([]);
    expect(dueForErasure(k, facts, '2024-06-30').map((d) => d.category)).toEqual(['healthNotes']);
    expect(dueForErasure(k, facts, '2024-06-30')[0]).toEqual({
      category: 'healthNotes',
      event: 'leavingDate',
      eventDate: '2024-05-31',
      dueOn: '2024-06-30',
    });
    expect(dueForErasure(k, facts, '2024-11-30').map((d) => d.category)).toEqual([
      'contacts',
      'healthNotes',
    ]);
    expect(dueForErasure(k, facts, '2025-05-30').map((d) => d.category)).toEqual([
      'contacts',
      'healthNotes',
    ]);
    expect(dueForErasure(k, facts, '2025-05-31').map((d) => d.category)).toEqual([
      'record',
      'personalCode',
      'contacts',
      'healthNotes',
    ]);
  });

  it('a child who left on a leap day is due on 28 February a year later', () => {
    const facts = leaver('2024-02-29');
    const record = retentionDates(k, facts).find((d) => d.category === 'record');
    expect(record?.dueOn).toBe('2025-02-28');
    expect(dueForErasure(k, facts, '2025-02-27').some((d) => d.category === 'record')).toBe(false);
    expect(dueForErasure(k, facts, '2025-02-28').some((d) => d.category === 'record')).toBe(true);
  });

  it('consents and scans count only when the person has them', () => {
    const none = retentionDates(k, leaver('2020-05-31')).map((d) => d.category);
    expect(none).not.toContain('consents');
    expect(none).not.toContain('evidence');
    const some = retentionDates(k, leaver('2020-05-31', { hasConsents: true, hasEvidence: true }));
    expect(some.find((d) => d.category === 'consents')?.dueOn).toBe('2023-05-31');
    expect(some.find((d) => d.category === 'evidence')?.dueOn).toBe('2023-05-31');
  });

  it('counting consents from the withdrawal: due only once no consent is still given', () => {
    const s = withRule(k, 'consents', {
      event: 'consentWithdrawn',
      period: { amount: 2, unit: 'years' },
    });
    const given = leaver('2020-05-31', { hasConsents: true });
    expect(retentionDates(s, given).map((d) => d.category)).not.toContain('consents');
    const withdrawn = { ...given, consentsWithdrawnOn: '2021-03-31' };
    expect(retentionDates(s, withdrawn).find((d) => d.category === 'consents')).toEqual({
      category: 'consents',
      event: 'consentWithdrawn',
      eventDate: '2021-03-31',
      dueOn: '2023-03-31',
    });
  });

  it('requests count from the last closing and never while one is open', () => {
    const closed = leaver('2020-05-31', { requestsClosedOn: ['2021-01-10', '2022-08-31'] });
    expect(retentionDates(k, closed).find((d) => d.category === 'requests')).toMatchObject({
      eventDate: '2022-08-31',
      dueOn: '2025-08-31',
    });
    const open = leaver('2020-05-31', { requestsClosedOn: ['2021-01-10', null] });
    expect(retentionDates(k, open).map((d) => d.category)).not.toContain('requests');
    // A person who never made a request has nothing in that category.
    expect(retentionDates(k, leaver('2020-05-31')).map((d) => d.category)).not.toContain(
      'requests',
    );
  });

  it('health notes are due only while some are stored (none entered, or erased already)', () => {
    const stored = dueForErasure(k, leaver('2020-05-31'), '2021-01-01').map((d) => d.category);
    expect(stored).toContain('healthNotes');
    const none = leaver('2020-05-31', { hasHealthNotes: false });
    expect(dueForErasure(k, none, '2021-01-01').map((d) => d.category)).not.toContain(
      'healthNotes',
    );
    expect(retentionDates(k, none).map((d) => d.category)).toContain('record');
  });

  it('requests close even for a child still attending', () => {
    const facts: RetentionFacts = {
      hasPersonalCode: false,
      hasContacts: false,
      hasConsents: false,
      hasEvidence: false,
      hasHealthNotes: false,
      requestsClosedOn: ['2022-01-31'],
    };
    expect(dueForErasure(k, facts, '2025-01-31').map((d) => d.category)).toEqual(['requests']);
  });

  it('a social office client: 50 years after the last service', () => {
    const s = defaultSchedule('socialOffice');
    const facts = leaver('2000-02-29');
    expect(retentionDates(s, facts).find((d) => d.category === 'record')?.dueOn).toBe('2050-02-28');
    expect(dueForErasure(s, facts, '2050-02-27').map((d) => d.category)).toEqual([]);
  });

  it('audit entries are never a person’s category', () => {
    expect(retentionDates(k, leaver('2000-01-01')).map((d) => d.category)).not.toContain('audit');
  });

  it('refuses an invalid leaving date', () => {
    expect(() => retentionDates(k, leaver('2025-02-30'))).toThrow(RangeError);
  });
});

describe('auditEntryDue', () => {
  const k = defaultSchedule('kindergarten');
  it('is due on the day the period ends, not before', () => {
    expect(auditEntryDue(k, '2020-02-29', '2025-02-27')).toBe(false);
    expect(auditEntryDue(k, '2020-02-29', '2025-02-28')).toBe(true);
  });
});

describe('validateSchedule', () => {
  const k = defaultSchedule('kindergarten');
  const problemsOf = (s: RetentionSchedule) =>
    validateSchedule(s).map((p) => [p.category, p.field, p.key]);

  it('refuses zero, negative and fractional periods with their own messages', () => {
    expect(problemsOf(withRule(k, 'record', { period: { amount: 0, unit: 'years' } }))).toEqual([
      ['record', 'amount', 'retention.errors.notPositive'],
    ]);
    expect(problemsOf(withRule(k, 'contacts', { period: { amount: -3, unit: 'months' } }))).toEqual(
      [['contacts', 'amount', 'retention.errors.notPositive']],
    );
    expect(problemsOf(withRule(k, 'record', { period: { amount: 1.5, unit: 'years' } }))).toEqual([
      ['record', 'amount', 'retention.errors.wholeNumber'],
    ]);
    expect(
      problemsOf(withRule(k, 'record', { period: { amount: Number.NaN, unit: 'years' } })),
    ).toEqual([['record', 'amount', 'retention.errors.wholeNumber']]);
  });

  it('refuses periods past the ceilings: 100 years, 1200 months', () => {
    expect(problemsOf(withRule(k, 'record', { period: { amount: 100, unit: 'years' } }))).toEqual(
      [],
    );
    expect(problemsOf(withRule(k, 'record', { period: { amount: 101, unit: 'years' } }))).toEqual([
      ['record', 'amount', 'retention.errors.tooManyYears'],
    ]);
    expect(problemsOf(withRule(k, 'record', { period: { amount: 1200, unit: 'months' } }))).toEqual(
      [],
    );
    expect(problemsOf(withRule(k, 'record', { period: { amount: 1201, unit: 'months' } }))).toEqual(
      [['record', 'amount', 'retention.errors.tooManyMonths']],
    );
  });

  it('refuses an event the category cannot count from', () => {
    expect(problemsOf(withRule(k, 'requests', { event: 'leavingDate' }))).toEqual([
      ['requests', 'event', 'retention.errors.event'],
    ]);
    expect(problemsOf(withRule(k, 'healthNotes', { event: 'consentWithdrawn' }))).toEqual([
      ['healthNotes', 'event', 'retention.errors.event'],
    ]);
  });

  it('refuses an unknown unit, a missing rule, a long note and control characters in a note', () => {
    const badUnit = withRule(k, 'record', {
      period: { amount: 1, unit: 'weeks' as unknown as 'years' },
    });
    expect(problemsOf(badUnit)).toEqual([['record', 'unit', 'retention.errors.unit']]);
    const { audit: _a, ...rest } = k.rules;
    expect(problemsOf({ ...k, rules: rest as RetentionSchedule['rules'] })).toEqual([
      ['audit', 'amount', 'retention.errors.missing'],
    ]);
    expect(problemsOf(withRule(k, 'record', { note: 'x'.repeat(1001) }))).toEqual([
      ['record', 'note', 'retention.errors.noteTooLong'],
    ]);
    expect(problemsOf(withRule(k, 'record', { note: 'x'.repeat(1000) }))).toEqual([]);
    expect(problemsOf(withRule(k, 'record', { note: 'a\u202Eb' }))).toEqual([
      ['record', 'note', 'retention.errors.noteControlCharacters'],
    ]);
    expect(problemsOf(withRule(k, 'record', { note: 'Vadītājas rīkojums Nr. 5\n2024' }))).toEqual(
      [],
    );
  });
});

describe('consentsWithdrawnOn', () => {
  const event = (
    id: string,
    purposeId: string,
    kind: 'granted' | 'refused' | 'withdrawn',
    on: string,
  ): ConsentEvent => ({
    id,
    subjectId: 's1',
    purposeId,
    representativeId: 'r1',
    kind,
    on,
    recordedAt: `${on}T10:00:00.000Z`,
    recordedBy: 'u1',
    channel: 'in-writing',
  });

  it('is absent while any purpose still allows use', () => {
    const events = [
      event('e1', 'photo', 'granted', '2023-09-01'),
      event('e2', 'web', 'granted', '2023-09-01'),
      event('e3', 'photo', 'withdrawn', '2024-01-10'),
    ];
    expect(consentsWithdrawnOn(events, '2025-01-01')).toBeUndefined();
  });

  it('is the latest withdrawal once none allows use', () => {
    const events = [
      event('e1', 'photo', 'granted', '2023-09-01'),
      event('e2', 'web', 'granted', '2023-09-01'),
      event('e3', 'photo', 'withdrawn', '2024-01-10'),
      event('e4', 'web', 'withdrawn', '2024-02-29'),
      event('e5', 'trips', 'refused', '2023-09-01'),
    ];
    expect(consentsWithdrawnOn(events, '2025-01-01')).toBe('2024-02-29');
    // As the register stood before the second withdrawal: still given.
    expect(consentsWithdrawnOn(events, '2024-02-28')).toBeUndefined();
  });

  it('is absent when consent was only ever refused, or there are no events', () => {
    expect(
      consentsWithdrawnOn([event('e1', 'photo', 'refused', '2023-09-01')], '2025-01-01'),
    ).toBeUndefined();
    expect(consentsWithdrawnOn([], '2025-01-01')).toBeUndefined();
  });
});

describe('a category is due only while data of it is stored (issue 9)', () => {
  const k = defaultSchedule('kindergarten');
  const none: RetentionFacts = {
    leftOn: '2020-05-31',
    hasPersonalCode: false,
    hasContacts: false,
    hasConsents: false,
    hasEvidence: false,
    hasHealthNotes: false,
    requestsClosedOn: [],
  };
  // Per category: the facts that store some of it; null: never a person's category.
  const storing: Record<(typeof RETENTION_CATEGORIES)[number], Partial<RetentionFacts> | null> = {
    record: {},
    personalCode: { hasPersonalCode: true },
    contacts: { hasContacts: true },
    healthNotes: { hasHealthNotes: true },
    consents: { hasConsents: true },
    evidence: { hasEvidence: true },
    requests: { requestsClosedOn: ['2020-06-30'] },
    audit: null,
  };
  const due = (facts: RetentionFacts) =>
    dueForErasure(k, facts, '2099-01-01').map((d) => d.category);

  it.each(RETENTION_CATEGORIES.map((c) => [c]))('%s', (category) => {
    const held = storing[category];
    if (held === null) {
      expect(due({ ...none, hasPersonalCode: true, hasContacts: true })).not.toContain(category);
      return;
    }
    // Only the record itself is held whenever the person is: it is what is listed.
    if (category !== 'record') expect(due(none)).not.toContain(category);
    expect(due({ ...none, ...held })).toContain(category);
  });

  it('a leaver with nothing but the record has only the record due', () => {
    expect(due(none)).toEqual(['record']);
  });
});

describe('notYetDue: what a whole-record erasure takes before its time (issue 9)', () => {
  const k = defaultSchedule('kindergarten');

  it('lists the stored categories whose period has not ended, with the day it ends', () => {
    const facts = leaver('2026-05-31', { hasConsents: true, hasPersonalCode: false });
    // On 2027-05-31 the record is due (one year); consents (three years) are not.
    expect(notYetDue(k, facts, '2027-05-31')).toEqual([
      { category: 'consents', dueOn: '2029-05-31' },
    ]);
    // The day before, the record itself and everything of one year are not due either.
    expect(notYetDue(k, facts, '2027-05-30').map((d) => d.category)).toEqual([
      'record',
      'consents',
    ]);
  });

  it('a period that has not started (still attending, a request open) has no date', () => {
    const attending: RetentionFacts = { ...leaver('2026-05-31'), leftOn: undefined };
    expect(notYetDue(k, attending, '2027-01-01')).toEqual([
      { category: 'record', dueOn: null },
      { category: 'personalCode', dueOn: null },
      { category: 'contacts', dueOn: null },
      { category: 'healthNotes', dueOn: null },
    ]);
    const open = leaver('2020-05-31', { requestsClosedOn: [null] });
    expect(notYetDue(k, open, '2027-01-01')).toEqual([{ category: 'requests', dueOn: null }]);
  });

  it('nothing when everything stored is due', () => {
    expect(notYetDue(k, leaver('2020-05-31'), '2027-01-01')).toEqual([]);
  });
});
