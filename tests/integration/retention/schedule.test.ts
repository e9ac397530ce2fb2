// The retention schedule (issue 9 item 3): defaults in force until the head saves a version;
// every change a new, audited version, earlier ones kept; validation; who may read and change.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import { defaultSchedule, type RetentionSchedule } from '@shared/retention';
import { createRetentionService, type RetentionService } from '@renderer/services/retention';
import { childSave } from '../records/records-harness';
import { requestsVault, type RequestsVault } from '../requests/requests-harness';

let v: RequestsVault;
let retention: RetentionService;

const outcome = async (run: () => Promise<unknown>): Promise<string> => {
  try {
    await run();
    return 'ok';
  } catch (e) {
    if (!isAppError(e)) throw e;
    const field = (e.details as { field?: string } | undefined)?.field;
    return `${e.code}:${e.i18nKey}${field ? `@${field}` : ''}`;
  }
};

const base = defaultSchedule('kindergarten');
const withRecord = (amount: number, note = ''): RetentionSchedule => ({
  ...base,
  rules: {
    ...base.rules,
    record: { ...base.rules.record, period: { amount, unit: 'years' }, note },
  },
});

beforeAll(async () => {
  v = await requestsVault();
  retention = createRetentionService(v.context);
}, 120_000);

describe('retention schedule', () => {
  it('the defaults of the institution kind are in force until the head saves a version', async () => {
    expect(await retention.schedule(v.secretary)).toEqual(base);
    expect(await retention.scheduleHistory(v.head)).toEqual([]);
  });

  it('refuses invalid schedules on their field and stores nothing', async () => {
    expect(await outcome(() => retention.saveSchedule(v.head, withRecord(0)))).toBe(
      'validation:retention.errors.notPositive@record.amount',
    );
    expect(await outcome(() => retention.saveSchedule(v.head, withRecord(-2)))).toBe(
      'validation:retention.errors.notPositive@record.amount',
    );
    expect(await outcome(() => retention.saveSchedule(v.head, withRecord(2.5)))).toBe(
      'validation:retention.errors.wholeNumber@record.amount',
    );
    expect(
      await outcome(() => retention.saveSchedule(v.head, { ...defaultSchedule('socialOffice') })),
    ).toBe('validation:retention.errors.kind@kind');
    expect(await retention.scheduleHistory(v.head)).toEqual([]);
  });

  it('only the head changes it; head and secretary read it; others neither', async () => {
    expect(await outcome(() => retention.saveSchedule(v.secretary, withRecord(2)))).toMatch(
      /^forbidden:/,
    );
    for (const s of [v.teacher, v.nurse, v.socialWorker]) {
      expect(await outcome(() => retention.schedule(s))).toMatch(/^forbidden:/);
      expect(await outcome(() => retention.scheduleHistory(s))).toMatch(/^forbidden:/);
    }
  });

  it('each change is a new audited version; earlier versions stay readable; no-op saves store nothing', async () => {
    expect(await retention.saveSchedule(v.head, withRecord(2, 'Vadītājas rīkojums Nr. 7'))).toBe(1);
    expect(await retention.saveSchedule(v.head, withRecord(3))).toBe(2);
    expect(await retention.saveSchedule(v.head, withRecord(3))).toBe(2);
    const history = await retention.scheduleHistory(v.secretary);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[1]?.schedule.rules.record).toMatchObject({
      period: { amount: 2, unit: 'years' },
      note: 'Vadītājas rīkojums Nr. 7',
    });
    expect(history[0]).toMatchObject({ changedBy: v.head.userId });
    expect((await retention.schedule(v.secretary)).rules.record.period.amount).toBe(3);
    const audit = (await v.db.audit.toArray()).filter(
      (a) => a.action === 'retention.scheduleChange',
    );
    expect(audit.map((a) => a.entityId)).toEqual(['retentionSchedule:1', 'retentionSchedule:2']);
    // The head's note is sealed: not in the settings table in clear.
    expect(JSON.stringify(await v.db.table('settings').toArray())).not.toContain('rīkojums');
  });

  it('the due list follows the schedule in force', async () => {
    const id = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Marta', personalCode: undefined }, v.group.id),
    );
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2024-02-29',
      reason: { code: 'school' },
    });
    const due = async (today: string) =>
      (await retention.listDueForErasure(v.head, today))
        .find((d) => d.personId === id)
        ?.categories.map((c) => c.category) ?? [];
    // Record kept 3 years now (version 2): not due after 1 or 2 years, due on 28 Feb 2027.
    expect(await due('2026-02-28')).not.toContain('record');
    expect(await due('2027-02-28')).toContain('record');
  });
});
