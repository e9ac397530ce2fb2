// Leavers (issue 9 item 2): the leaving date and reason, who may set them, what they hide.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import { createConsentRecordsPort } from '@renderer/services/records';
import { childSave } from '../records/records-harness';
import { requestsVault, type RequestsVault } from '../requests/requests-harness';

let v: RequestsVault;

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

const auditOf = async (id: string): Promise<string[]> =>
  (await v.db.audit.toArray()).filter((a) => a.entityId === id).map((a) => a.action);

beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

const newChild = (givenNames: string) =>
  v.records.saveSubject(v.head, childSave({ givenNames, personalCode: undefined }, v.group.id));

describe('leavers: atskaitīts with a date and a reason', () => {
  it('the secretary records a leaving; the record keeps it sealed and the status says left', async () => {
    const id = await newChild('Marta');
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2025-02-28',
      reason: { code: 'school', note: '  1. klase  ' },
    });
    const { subject } = await v.records.getSubject(v.head, id);
    expect(subject).toMatchObject({
      status: 'left',
      leftOn: '2025-02-28',
      leftReason: { code: 'school', note: '1. klase' },
    });
    expect(await auditOf(id)).toContain('subject.leave');
    // Only the status is plaintext; the date and the reason are in the sealed core.
    const row = JSON.stringify(await v.db.table('subjects').get(id));
    expect(row).toContain('"status":"left"');
    expect(row).not.toContain('2025-02-28');
    expect(row).not.toContain('1. klase');
  });

  it('a left child drops out of the teacher’s list and group forms, and she cannot open it', async () => {
    const id = await newChild('Zane');
    expect((await v.records.listSubjects(v.teacher)).map((s) => s.id)).toContain(id);
    await v.records.setLeaving(v.head, id, { leftOn: '2025-03-01', reason: { code: 'moved' } });
    expect((await v.records.listSubjects(v.teacher)).map((s) => s.id)).not.toContain(id);
    expect(await outcome(() => v.records.getSubject(v.teacher, id))).toMatch(/^forbidden:/);
    const members = await createConsentRecordsPort(v.records).groupMembers(v.head, v.group.id);
    expect(members.map((m) => m.id)).not.toContain(id);
    // Sākums counts come from the same members: one child fewer without an answer.
    const before = await v.records
      .setLeaving(v.head, id, null)
      .then(() => v.consents.groupOverview(v.head, v.group.id, '2025-03-01'));
    await v.records.setLeaving(v.head, id, { leftOn: '2025-03-01', reason: { code: 'moved' } });
    const after = await v.consents.groupOverview(v.head, v.group.id, '2025-03-01');
    expect(after.withoutAnswer).toBe(before.withoutAnswer - 1);
    // Head and secretary still find it (the "Arhīvs" filter of the list).
    const listed = (await v.records.listSubjects(v.secretary)).find((s) => s.id === id);
    expect(listed).toMatchObject({ status: 'left', leftOn: '2025-03-01' });
  });

  it('cancelling the leaving makes the record active again, for the teacher too, audited', async () => {
    const id = await newChild('Laura');
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2025-02-01',
      reason: { code: 'moved' },
    });
    await v.records.setLeaving(v.secretary, id, null);
    const { subject } = await v.records.getSubject(v.head, id);
    expect(subject.status).toBe('active');
    expect(subject.leftOn).toBeUndefined();
    expect(subject.leftReason).toBeUndefined();
    expect((await v.records.listSubjects(v.teacher)).map((s) => s.id)).toContain(id);
    expect(await auditOf(id)).toEqual(expect.arrayContaining(['subject.leave', 'subject.unleave']));
  });

  it('only the head and the secretary may set or cancel it', async () => {
    const id = await newChild('Elīna');
    for (const s of [v.teacher, v.nurse, v.socialWorker]) {
      expect(
        await outcome(() =>
          v.records.setLeaving(s, id, { leftOn: '2025-02-28', reason: { code: 'school' } }),
        ),
      ).toMatch(/^forbidden:/);
      expect(await outcome(() => v.records.setLeaving(s, id, null))).toMatch(/^forbidden:/);
    }
  });

  it('refuses a date over a year ahead, a date before enrolment and "other" without a note', async () => {
    const id = await newChild('Anna');
    const leave = (leftOn: string, code: 'school' | 'other', note?: string) =>
      outcome(() =>
        v.records.setLeaving(v.secretary, id, {
          leftOn,
          reason: { code, ...(note === undefined ? {} : { note }) },
        }),
      );
    // A date still to come is a planned leaving (planned-leaving.test.ts); over a year is a typo.
    expect(await leave('2026-03-03', 'school')).toBe(
      'validation:validation.dateTooFarAhead@leftOn',
    );
    expect(await leave('2023-08-31', 'school')).toBe(
      'validation:validation.leftBeforeEnrolled@leftOn',
    );
    expect(await leave('2025-02-28', 'other', '  ')).toBe(
      'validation:validation.required@leftReason.note',
    );
    expect(await leave('2025-02-31', 'school')).toMatch(/^validation:.*@leftOn$/);
    expect((await v.records.getSubject(v.head, id)).subject.status).toBe('active');
    expect(await leave('2025-02-28', 'other', 'Ģimene pārceļas uz Rīgu')).toBe('ok');
  });

  it('an ordinary edit keeps the leaving reason; changing the leaving through a save needs the permission', async () => {
    const id = await newChild('Ilze');
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2025-02-28',
      reason: { code: 'school' },
    });
    const { subject, representatives } = await v.records.getSubject(v.head, id);
    const {
      id: _id,
      status,
      restriction: _r,
      legalHold: _h,
      assignedWorkerIds: _a,
      leftReason: _l,
      ...draft
    } = subject;
    const reps = representatives.map((r) => ({
      linkId: r.linkId,
      representativeId: r.id,
      draft: { givenNames: r.givenNames, familyName: r.familyName },
      relation: r.relation,
    }));
    await v.records.saveSubject(v.secretary, {
      id,
      draft: { ...draft, notes: 'Labots' },
      status,
      representatives: reps,
    });
    expect((await v.records.getSubject(v.head, id)).subject).toMatchObject({
      notes: 'Labots',
      leftReason: { code: 'school' },
      status: 'left',
    });
    // Reactivating through a plain save is a leaving change: audited as such.
    await v.records.saveSubject(v.secretary, {
      id,
      draft: { ...draft, leftOn: undefined },
      status: 'active',
      representatives: reps,
    });
    expect((await auditOf(id)).filter((a) => a === 'subject.unleave')).toHaveLength(1);
  });
});
