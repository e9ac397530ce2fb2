// Planned leavings (issue 9): one leaving rule for the leaving form, a record save and an import
// (a date still to come is planned, the child attends until then), and the day it comes: at the
// next unlock of the head or the secretary the child turns 'left', in the institution's time zone
// (the clock is injected: 22:00 UTC on 9 March is already 10 March in Riga).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreviewRow } from '@renderer/services/records/import';
import { createConsentRecordsPort } from '@renderer/services/records';
import { childSave } from '../records/records-harness';
import { requestsVault, type RequestsVault } from '../requests/requests-harness';
import { HEAD } from '../vault/helpers';

let v: RequestsVault;

const PLANNED = '2025-03-10';
const STAFF_PASSWORD = 'own-passphrase-2';

const auditOf = async (id: string) =>
  (await v.db.audit.toArray())
    .filter((a) => a.entityId === id)
    .map((a) => `${a.actor === 'system' ? 'system' : 'user'}:${a.action}`);

const statusOf = async (id: string) => {
  const { subject } = await v.records.getSubject(v.head, id);
  return { status: subject.status, leftOn: subject.leftOn, reason: subject.leftReason?.code };
};

const plannedIds = async () => (await v.records.listPlannedLeavings(v.head)).map((p) => p.id);

const newChild = (givenNames: string) =>
  v.records.saveSubject(v.head, childSave({ givenNames, personalCode: undefined }, v.group.id));

/** Unlocks as the head, the secretary or the teacher at a moment (UTC instant). */
const unlockAt = async (instant: string, who: 'head' | 'secretary' | 'teacher') => {
  v.clock.now = Date.parse(instant);
  return who === 'head'
    ? v.vault.unlock(HEAD.username, HEAD.password)
    : v.vault.unlock(`user-${who}`, STAFF_PASSWORD);
};

beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

describe('one leaving rule for every path', () => {
  it('the leaving form plans a date still to come: stored, listed, the child still attends', async () => {
    const id = await newChild('Marta');
    await v.records.setLeaving(v.secretary, id, {
      leftOn: PLANNED,
      reason: { code: 'school', note: '1. klase' },
    });
    expect(await statusOf(id)).toEqual({ status: 'active', leftOn: PLANNED, reason: 'school' });
    expect(await plannedIds()).toContain(id);
    expect((await v.records.listSubjects(v.teacher)).map((s) => s.id)).toContain(id);
    expect(await auditOf(id)).toContain('user:subject.planLeave');
    // Today's date is a leaving that has happened, as before.
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2025-03-01',
      reason: { code: 'moved' },
    });
    expect((await statusOf(id)).status).toBe('left');
    expect(await plannedIds()).not.toContain(id);
  });

  it('a record save agrees: a future date is planned whatever status is sent, a past one left', async () => {
    const id = await newChild('Zane');
    const save = (leftOn: string | undefined, status: 'active' | 'left') =>
      v.records.saveSubject(v.head, {
        ...childSave({ givenNames: 'Zane', personalCode: undefined, leftOn }, v.group.id),
        id,
        status,
        representatives: [],
      });
    await save(PLANNED, 'left');
    expect(await statusOf(id)).toMatchObject({ status: 'active', leftOn: PLANNED });
    expect(await plannedIds()).toContain(id);
    expect(await auditOf(id)).toContain('user:subject.planLeave');
    await save('2025-02-28', 'active');
    expect(await statusOf(id)).toMatchObject({ status: 'left', leftOn: '2025-02-28' });
    expect(await plannedIds()).not.toContain(id);
  });

  it('an import agrees: a future leaving date is planned and listed, a past one left', async () => {
    const row = (givenNames: string, leftOn: string): ImportPreviewRow => {
      const subject = {
        kind: 'child' as const,
        givenNames,
        familyName: 'Importētā',
        groupId: v.group.id,
        enrolledOn: '2023-09-01',
        leftOn,
      };
      return {
        rowNumber: 2,
        status: 'ok',
        subject,
        parsed: subject,
        representatives: [],
        problems: [],
        label: givenNames,
        adjusted: false,
        groupName: 'Zīlītes',
      };
    };
    await v.records.importRows(v.secretary, [row('Anna', PLANNED), row('Ilze', '2025-02-01')]);
    const listed = await v.records.listSubjects(v.head);
    const anna = listed.find((s) => s.givenNames === 'Anna');
    const ilze = listed.find((s) => s.givenNames === 'Ilze');
    expect(anna).toMatchObject({ status: 'active', leftOn: PLANNED });
    expect(ilze).toMatchObject({ status: 'left', leftOn: '2025-02-01' });
    expect(await plannedIds()).toContain(anna?.id);
    expect(await auditOf(anna?.id ?? '')).toContain('user:subject.planLeave');
  });
});

describe('the day a planned leaving comes', () => {
  it('the day before nothing changes; on the date itself the next head or secretary unlock turns it left', async () => {
    const id = await newChild('Laura');
    await v.records.setLeaving(v.secretary, id, { leftOn: PLANNED, reason: { code: 'moved' } });
    const other = await newChild('Elīna');
    await v.records.setLeaving(v.secretary, other, {
      leftOn: '2025-03-11',
      reason: { code: 'school' },
    });
    // 23:59 in Riga on 9 March (21:59 UTC): not yet.
    await unlockAt('2025-03-09T21:59:00Z', 'head');
    expect((await statusOf(id)).status).toBe('active');
    // 00:00 in Riga on 10 March (still 9 March in UTC): a teacher's unlock does not turn it...
    const teacher = await unlockAt('2025-03-09T22:00:00Z', 'teacher');
    expect((await statusOf(id)).status).toBe('active');
    expect((await v.records.listSubjects(teacher)).map((s) => s.id)).toContain(id);
    // ...the secretary's does, with that date and reason, audited by the system.
    const secretary = await unlockAt('2025-03-09T22:00:00Z', 'secretary');
    expect(await statusOf(id)).toEqual({ status: 'left', leftOn: PLANNED, reason: 'moved' });
    expect(await auditOf(id)).toContain('system:subject.leave');
    // The one of 11 March waits; the turned one is no longer planned.
    expect((await statusOf(other)).status).toBe('active');
    const planned = await v.records.listPlannedLeavings(secretary);
    expect(planned.map((p) => p.id)).toEqual(expect.arrayContaining([other]));
    expect(planned.map((p) => p.id)).not.toContain(id);
    // Like any leaver: out of the teacher's list and the group's members.
    const teacherAgain = await unlockAt('2025-03-09T22:05:00Z', 'teacher');
    expect((await v.records.listSubjects(teacherAgain)).map((s) => s.id)).not.toContain(id);
    const members = await createConsentRecordsPort(v.records).groupMembers(v.head, v.group.id);
    expect(members.map((m) => m.id)).not.toContain(id);
    expect(members.map((m) => m.id)).toContain(other);
  });

  it('a cancelled planned leaving is not listed and nothing happens on the date', async () => {
    v.clock.now = Date.parse('2025-03-11T08:00:00Z');
    const id = await newChild('Rūta');
    await v.records.setLeaving(v.head, id, { leftOn: '2025-03-20', reason: { code: 'school' } });
    await v.records.setLeaving(v.head, id, null);
    expect(await statusOf(id)).toEqual({ status: 'active', leftOn: undefined, reason: undefined });
    expect(await plannedIds()).not.toContain(id);
    expect(await auditOf(id)).toContain('user:subject.unleave');
    await unlockAt('2025-03-21T08:00:00Z', 'head');
    expect((await statusOf(id)).status).toBe('active');
  });

  it('the register is shown only after the due leavings turned: the session is published after them', async () => {
    v.clock.now = Date.parse('2025-04-01T08:00:00Z');
    const id = await newChild('Ilze');
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2025-04-02',
      reason: { code: 'moved' },
    });
    // What a screen would read the moment the app appears (Root renders on publication): a
    // read started then, before the unlock's promise settles. It saw 'active' when the session
    // was published before the leavings were applied (the e2e list still showed the child).
    const readsOnPublication: Promise<{ status: string }>[] = [];
    const unsubscribe = v.vault.subscribe(() => {
      if (v.vault.currentSession()) readsOnPublication.push(statusOf(id));
    });
    try {
      await unlockAt('2025-04-02T08:00:00Z', 'secretary');
    } finally {
      unsubscribe();
    }
    expect(readsOnPublication.length).toBeGreaterThan(0);
    for (const read of readsOnPublication) expect((await read).status).toBe('left');
  });

  it('a register from before the list existed is looked at once, at the next head unlock', async () => {
    v.clock.now = Date.parse('2025-03-21T08:00:00Z');
    const id = await newChild('Ieva');
    await v.records.setLeaving(v.head, id, { leftOn: '2025-03-25', reason: { code: 'school' } });
    await v.db.table('settings').delete('plannedLeavings');
    await unlockAt('2025-03-25T08:00:00Z', 'head');
    expect((await statusOf(id)).status).toBe('left');
    expect(await v.db.table('settings').get('plannedLeavings')).toBeDefined();
  });
});
