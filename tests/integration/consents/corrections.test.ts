// Issue 14, defect 2: a mistaken answer is corrected by a new ledger event that supersedes it,
// with a reason; the old one stays (struck through in the history), the state follows the
// correction from the day it is recorded, and a day before it still shows what was recorded then.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TABLES } from '@renderer/data/consents';
import type { ConsentEventRow } from '@renderer/data/consents/rows';
import {
  codeOf,
  consentVault,
  seedFamilies,
  type ConsentVault,
  type FamilyIds,
} from './consent-harness';

const DAY = 24 * 60 * 60 * 1000;

let v: ConsentVault;
let c: FamilyIds;
beforeAll(async () => {
  v = await consentVault();
}, 60_000);
beforeEach(async () => {
  c = await seedFamilies(v.records, v);
  v.clock.now = Date.parse('2025-09-02T08:00:00.000Z');
});

/** Child 1's form signed on 1 Sept by rep1a; "photo-publish" entered as refused by mistake. */
const recordMistake = async () => {
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [c.child1],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const form = issued.forms[0];
  if (!form) throw new Error('no form');
  const events = await v.consents.recordAnswers(v.secretary, {
    formId: form.formId,
    signedOn: '2025-09-02',
    representativeId: c.rep1a,
    channel: 'in-writing',
    answers: { 'photo-publish': 'refused', 'photo-premises': 'granted' },
  });
  const mistake = events.find((e) => e.purposeId === 'photo-publish');
  if (!mistake) throw new Error('no event');
  return { form, mistake };
};

const publish = (view: Awaited<ReturnType<ConsentVault['consents']['subjectConsents']>>) =>
  view.purposes.find((p) => p.purpose.id === 'photo-publish');

describe('correcting a mistaken answer', () => {
  it('supersedes the event with a reason; history keeps both; state follows from the correction day', async () => {
    const { form, mistake } = await recordMistake();
    v.clock.advance(8 * DAY); // 10 Sept
    const reason = 'Ievadot atzīmēts nepareizais lodziņš; uz papīra: piekrītu';
    await v.consents.correctEvent(v.head, {
      subjectId: c.child1,
      eventId: mistake.id,
      kind: 'granted',
      reason,
    });

    const now = await v.consents.subjectConsents(v.secretary, c.child1, '2025-09-10');
    expect(publish(now)?.state).toBe('granted');
    expect(publish(now)?.laterCorrection).toBeNull();
    const [correction, ...rest] = now.history.filter((h) => h.purposeId === 'photo-publish');
    expect(correction).toMatchObject({
      kind: 'granted',
      supersedes: mistake.id,
      correctionReason: reason,
      on: '2025-09-02',
      formId: form.formId,
      representativeId: c.rep1a,
      recordedByName: 'Test Head',
    });
    const struck = rest[0];
    expect(struck?.id).toBe(mistake.id);
    expect(struck?.kind).toBe('refused');
    expect(struck?.correctedBy).toMatchObject({
      eventId: correction?.id,
      reason,
      at: '2025-09-10T08:00:00.000Z',
    });

    // A day before the correction: what the register said then, marked as corrected later.
    const before = await v.consents.subjectConsents(v.secretary, c.child1, '2025-09-05');
    expect(publish(before)?.state).toBe('refused');
    expect(publish(before)?.laterCorrection).toEqual({
      correctedOn: '2025-09-10',
      correctedState: 'granted',
    });
    const check = await v.consents.photoCheck(
      v.secretary,
      [c.child1],
      ['photo-publish'],
      '2025-09-05',
    );
    expect(check.purposes[0]?.subjects[0]).toMatchObject({
      state: 'refused',
      correctedLater: true,
    });
    const matrix = await v.consents.groupMatrix(v.secretary, c.groupA, '2025-09-10');
    expect(matrix.rows.find((r) => r.subjectId === c.child1)?.states['photo-publish']).toBe(
      'granted',
    );

    // Stored: the reason is sealed, nothing was changed or removed.
    const rows = await v.db
      .table<ConsentEventRow, string>(CONSENT_TABLES.events)
      .where('subjectId')
      .equals(c.child1)
      .toArray();
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain('lodziņš');
    expect(rows.find((r) => r.id === mistake.id)?.kind).toBe('refused');

    const audit = await v.audit.listAudit(v.head, { action: 'consent.correct' });
    expect(audit.filter((a) => a.entityId === c.child1)).toHaveLength(1);
  });

  it('the secretary may correct; a teacher may not; a reason is required', async () => {
    const { mistake } = await recordMistake();
    const input = { subjectId: c.child1, eventId: mistake.id, kind: 'granted' as const };
    expect(await codeOf(v.consents.correctEvent(v.teacher, { ...input, reason: 'x' }))).toBe(
      'forbidden:errors.forbidden',
    );
    expect(await codeOf(v.consents.correctEvent(v.secretary, { ...input, reason: '   ' }))).toBe(
      'validation:validation.correctionReason',
    );
    expect(
      await codeOf(
        v.consents.correctEvent(v.secretary, { ...input, kind: 'refused', reason: 'x' }),
      ),
    ).toBe('validation:validation.sameAnswer');
    await v.consents.correctEvent(v.secretary, { ...input, reason: 'Nepareizs lodziņš' });
    expect(
      await codeOf(v.consents.correctEvent(v.secretary, { ...input, reason: 'vēlreiz' })),
    ).toBe('validation:errors.alreadyCorrected');
    expect(
      await codeOf(
        v.consents.correctEvent(v.secretary, { ...input, eventId: 'no-such', reason: 'x' }),
      ),
    ).toBe('not-found:errors.eventNotFound');
  });

  it('a voided wrong withdrawal gives use back, and a withdrawal can follow again', async () => {
    const { mistake } = await recordMistake();
    await v.consents.correctEvent(v.secretary, {
      subjectId: c.child1,
      eventId: mistake.id,
      kind: 'granted',
      reason: 'Nepareizs lodziņš',
    });
    v.clock.advance(DAY);
    const withdrawal = await v.consents.withdraw(v.secretary, {
      subjectId: c.child1,
      purposeId: 'photo-publish',
      representativeId: c.rep1a,
      receivedOn: '2025-09-03',
      channel: 'in-writing',
    });
    v.clock.advance(DAY);
    await v.consents.correctEvent(v.secretary, {
      subjectId: c.child1,
      eventId: withdrawal.id,
      kind: 'voided',
      reason: 'Atsaukums bija cita bērna vecākam',
    });
    const view = await v.consents.subjectConsents(v.secretary, c.child1, '2025-09-04');
    expect(publish(view)?.state).toBe('granted');
    expect(publish(view)?.useStoppedOn).toBeNull();
    expect(view.history.find((h) => h.kind === 'voided')?.supersedes).toBe(withdrawal.id);
    await v.consents.withdraw(v.secretary, {
      subjectId: c.child1,
      purposeId: 'photo-publish',
      representativeId: c.rep1a,
      receivedOn: '2025-09-04',
      channel: 'in-writing',
    });
    const after = await v.consents.subjectConsents(v.secretary, c.child1, '2025-09-04');
    expect(publish(after)?.state).toBe('withdrawn');
  });
});
