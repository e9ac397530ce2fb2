// Issue 14, defect 5: the forms issued and not yet returned, and their reprint with the same
// printed ids instead of a second live set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TABLES } from '@renderer/data/consents';
import { removeTempDirs } from '../../support/temp-dirs';
import { codeOf, consentVault, seedFamilies, type ConsentVault } from './consent-harness';
import { pageTexts } from './pdf-text';

afterAll(removeTempDirs);

let v: ConsentVault;
beforeAll(async () => {
  v = await consentVault();
  v.clock.now = Date.parse('2025-03-01T08:00:00.000Z');
}, 120_000);

describe('forms not yet returned', () => {
  it('lists a group’s open forms by child until an answer names them; reprints keep the ids', async () => {
    const ids = await seedFamilies(v.records, v);
    const issued = await v.consents.issueForms(v.secretary, {
      groupId: ids.groupA,
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    const open = await v.consents.unreturnedForms(v.secretary, { groupId: ids.groupA });
    expect(open.map((f) => f.childName)).toEqual([
      'Mārtiņš Bērziņš',
      'Elza Ķēniņa',
      'Anniņa Ūzuliņa',
    ]);
    expect(open.map((f) => f.formId).sort()).toEqual(issued.forms.map((f) => f.formId).sort());

    const answered = open.find((f) => f.subjectId === ids.child2);
    await v.consents.recordAnswers(v.secretary, {
      formId: answered?.formId ?? '',
      signedOn: '2025-03-01',
      representativeId: ids.rep2a,
      channel: 'in-writing',
      answers: {
        'photo-premises': 'granted',
        'photo-publish': 'granted',
        'name-publish': 'refused',
      },
    });
    const left = await v.consents.unreturnedForms(v.secretary, {
      groupId: ids.groupA,
      templateId: 'lv-veidlapa-1',
    });
    expect(left.map((f) => f.subjectId)).toEqual([ids.child3, ids.child1]);
    // Another template has no open forms for these children.
    expect(
      await v.consents.unreturnedForms(v.secretary, {
        subjectIds: [ids.child1],
        templateId: 'lt-sutikimas-1',
      }),
    ).toEqual([]);

    const formsBefore = await v.db.table(CONSENT_TABLES.forms).count();
    const pages = pageTexts(
      await v.consents.reprintForms(
        v.secretary,
        left.map((f) => f.formId),
      ),
    );
    expect(pages).toHaveLength(2);
    left.forEach((f, i) => {
      expect(pages[i]).toContain(f.formId);
      expect(pages[i]).toContain(f.childName);
    });
    expect(await v.db.table(CONSENT_TABLES.forms).count()).toBe(formsBefore);
    const audit = await v.audit.listAudit(v.head, { action: 'form.reprint' });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('is the secretary’s and head’s: a teacher is refused', async () => {
    expect(await codeOf(v.consents.unreturnedForms(v.teacher, { groupId: v.first.groupA }))).toBe(
      'forbidden:errors.forbidden',
    );
  });
});

describe('a group at a glance (the home screen)', () => {
  it('counts forms out since the oldest, children without an answer and withdrawals this month', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const ids = await seedFamilies(v.records, v);
    v.clock.now = Date.parse('2025-02-20T08:00:00.000Z');
    const empty = await v.consents.groupOverview(v.secretary, ids.groupA, '2025-02-20');
    expect(empty).toMatchObject({ unreturned: 0, oldestIssuedAt: null, withoutAnswer: 3 });
    const issued = await v.consents.issueForms(v.secretary, {
      groupId: ids.groupA,
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    const ofChild = (id: string) => issued.forms.find((f) => f.subjectId === id)?.formId ?? '';
    await v.consents.recordAnswers(v.secretary, {
      formId: ofChild(ids.child1),
      signedOn: '2025-02-20',
      representativeId: ids.rep1a,
      channel: 'in-writing',
      answers: {
        'photo-premises': 'granted',
        'photo-publish': 'granted',
        'name-publish': 'granted',
      },
    });
    v.clock.advance(12 * DAY);
    await v.consents.withdraw(v.secretary, {
      subjectId: ids.child1,
      purposeId: 'photo-publish',
      representativeId: ids.rep1a,
      receivedOn: '2025-03-03',
      channel: 'post',
    });
    const march = await v.consents.groupOverview(v.secretary, ids.groupA, '2025-03-04');
    expect(march).toEqual({
      groupId: ids.groupA,
      unreturned: 2,
      oldestIssuedAt: '2025-02-20T08:00:00.000Z',
      withoutAnswer: 2,
      withdrawnThisMonth: 1,
    });
    // February knew nothing of the March withdrawal.
    expect(
      (await v.consents.groupOverview(v.secretary, ids.groupA, '2025-02-28')).withdrawnThisMonth,
    ).toBe(0);
  });

  it('shows a teacher her group without the forms column, and refuses another group', async () => {
    const own = await v.consents.groupOverview(v.teacher, v.first.groupA, '2025-03-04');
    expect(own.unreturned).toBeNull();
    expect(await codeOf(v.consents.groupOverview(v.teacher, v.first.groupB, '2025-03-04'))).toBe(
      'forbidden:errors.forbidden',
    );
  });
});
