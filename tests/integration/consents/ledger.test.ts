import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_TABLES } from '@renderer/data/consents';
import { normalize, pdfText, tempDir, writePdf, removeTempDirs } from '../../unit/pdf/pdf-tools';
import {
  codeOf,
  consentVault,
  seedFamilies,
  type ConsentVault,
  type FamilyIds,
} from './consent-harness';

afterAll(removeTempDirs);

const DAY = 24 * 60 * 60 * 1000;
const pages = async (pdf: Uint8Array): Promise<number> =>
  (await PDFDocument.load(pdf)).getPageCount();

let v: ConsentVault;
let c: FamilyIds;
beforeAll(async () => {
  v = await consentVault();
}, 60_000);
beforeEach(async () => {
  c = await seedFamilies(v.records, v);
  // Each test starts on the same day; some move the clock forward.
  v.clock.now = Date.parse('2025-03-01T08:00:00.000Z');
});

const issueChild1 = async () => {
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [c.child1],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const form = issued.forms[0];
  if (!form) throw new Error('no form');
  return { issued, form };
};

describe('issueForms', () => {
  it('prints one form per representative for a whole group and records each printed form', async () => {
    const progress: number[] = [];
    const result = await v.consents.issueForms(v.secretary, {
      groupId: c.groupA,
      templateId: 'lv-veidlapa-1',
      representatives: 'all',
      onProgress: (done) => progress.push(done),
    });
    // child-1 and child-3 have two parents, child-2 one: five forms, each one A4 page, after the cover.
    expect(result.forms).toHaveLength(5);
    expect(await pages(result.pdf)).toBe(6); // and the cover (batch-order.test.ts)
    expect(progress).toEqual([1, 2, 3]);
    expect(new Set(result.forms.map((f) => f.formId)).size).toBe(5);
    expect(
      result.forms
        .filter((f) => f.subjectId === c.child1)
        .flatMap((f) => f.representativeIds)
        .sort(),
    ).toEqual([c.rep1a, c.rep1b]);
    const stored = await v.db
      .table(CONSENT_TABLES.forms)
      .where('subjectId')
      .anyOf([c.child1, c.child2, c.child3])
      .toArray();
    expect(stored).toHaveLength(5);
    // The representatives' ids are sealed; the row carries only ids, versions and dates.
    expect(JSON.stringify(stored)).not.toContain(c.rep1a);
    const formRowIds = new Set(result.forms.map((f) => f.id));
    const audit = await v.audit.listAudit(v.head, { action: 'form.issue' });
    expect(audit.filter((a) => a.entityId !== null && formRowIds.has(a.entityId))).toHaveLength(5);
  });

  it('prints a blank form without a child and refuses a teacher', async () => {
    const blank = await v.consents.issueForms(v.secretary, {
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
      blank: true,
    });
    expect(blank.forms).toHaveLength(1);
    expect(blank.forms[0]?.subjectId).toBeNull();
    expect(
      await codeOf(
        v.consents.issueForms(v.teacher, {
          groupId: c.groupA,
          templateId: 'lv-veidlapa-1',
          representatives: 'first',
        }),
      ),
    ).toBe('forbidden:errors.forbidden');
  });

  it('marks the Lithuanian template as a translation to review', async () => {
    const result = await v.consents.issueForms(v.secretary, {
      subjectIds: [c.child2],
      templateId: 'lt-sutikimas-1',
      representatives: 'first',
    });
    expect(result.template.reviewRequired).toBe(true);
    const templates = await v.consents.templates(v.secretary);
    expect(templates.find((t) => t.id === 'lv-veidlapa-1')?.reviewRequired).toBe(false);
  });
});

describe('recordAnswers', () => {
  it('finds a form by its printed id as typed and records each answer', async () => {
    const { form } = await issueChild1();
    const typed = form.formId.toLowerCase().replace(/-/g, ' ');
    const found = await v.consents.findForm(v.secretary, typed);
    expect(found.form.id).toBe(form.id);
    expect(found.representatives[0]?.id).toBe(c.rep1a);
    expect(found.items.map((i) => i.id)).toEqual([
      'photo-premises',
      'photo-publish',
      'name-publish',
    ]);
    await v.consents.recordAnswers(v.secretary, {
      formId: form.formId,
      signedOn: '2025-03-01',
      representativeId: c.rep1a,
      channel: 'in-writing',
      answers: {
        'photo-premises': 'granted',
        'photo-publish': 'granted',
        'name-publish': 'refused',
      },
    });
    const view = await v.consents.subjectConsents(v.secretary, c.child1, '2025-03-01');
    expect(Object.fromEntries(view.purposes.map((p) => [p.purpose.id, p.state]))).toEqual({
      'photo-premises': 'granted',
      'photo-publish': 'granted',
      'name-publish': 'refused',
    });
    expect(view.history).toHaveLength(3);
    expect(view.history[0]?.representativeName).toBe('Līga Ūzuliņa');
    expect((await v.consents.findForm(v.secretary, form.formId)).answeredBy).toEqual([c.rep1a]);
  });

  it('refuses a second recording, a stranger as signer, a future date and an unknown id', async () => {
    const { form } = await issueChild1();
    const base = {
      formId: form.formId,
      signedOn: '2025-03-01',
      representativeId: c.rep1a,
      channel: 'in-writing' as const,
      answers: { 'photo-premises': 'granted' as const },
    };
    expect(
      await codeOf(v.consents.recordAnswers(v.secretary, { ...base, representativeId: c.rep4a })),
    ).toBe('validation:validation.representativeNotLinked');
    expect(
      await codeOf(v.consents.recordAnswers(v.secretary, { ...base, signedOn: '2025-03-02' })),
    ).toBe('validation:validation.dateInFuture');
    expect(
      await codeOf(
        v.consents.recordAnswers(v.secretary, { ...base, answers: { 'no-such': 'granted' } }),
      ),
    ).toBe('validation:validation.invalid');
    await v.consents.recordAnswers(v.secretary, base);
    expect(await codeOf(v.consents.recordAnswers(v.secretary, base))).toBe(
      'validation:errors.formAlreadyRecorded',
    );
    expect(await codeOf(v.consents.findForm(v.secretary, 'F-0000-0000'))).toBe(
      'not-found:errors.formNotFound',
    );
    expect(await codeOf(v.consents.findForm(v.secretary, 'F-12'))).toBe(
      'validation:validation.formId',
    );
  });

  it('applies "any no means no" across two representatives', async () => {
    const issued = await v.consents.issueForms(v.secretary, {
      subjectIds: [c.child3],
      templateId: 'lv-veidlapa-1',
      representatives: 'all',
    });
    const [f1, f2] = issued.forms;
    if (!f1 || !f2) throw new Error('forms');
    await v.consents.recordAnswers(v.secretary, {
      formId: f1.formId,
      signedOn: '2025-03-01',
      representativeId: f1.representativeIds[0] ?? '',
      channel: 'in-person',
      answers: { 'photo-publish': 'granted' },
    });
    await v.consents.recordAnswers(v.secretary, {
      formId: f2.formId,
      signedOn: '2025-03-01',
      representativeId: f2.representativeIds[0] ?? '',
      channel: 'in-person',
      answers: { 'photo-publish': 'refused' },
    });
    const view = await v.consents.subjectConsents(v.secretary, c.child3, '2025-03-01');
    expect(view.purposes.find((p) => p.purpose.id === 'photo-publish')?.state).toBe('refused');
  });
});

describe('withdraw', () => {
  it('stops use from the day the withdrawal was received; the history before it stays', async () => {
    const { form } = await issueChild1();
    await v.consents.recordAnswers(v.secretary, {
      formId: form.formId,
      signedOn: '2025-03-01',
      representativeId: c.rep1a,
      channel: 'in-writing',
      answers: { 'photo-publish': 'granted' },
    });
    v.clock.advance(10 * DAY);
    await v.consents.withdraw(v.secretary, {
      subjectId: c.child1,
      purposeId: 'photo-publish',
      representativeId: c.rep1a,
      receivedOn: '2025-03-08',
      channel: 'e-mail-e-signature',
    });
    const before = await v.consents.subjectConsents(v.secretary, c.child1, '2025-03-07');
    const after = await v.consents.subjectConsents(v.secretary, c.child1, '2025-03-08');
    const pub = (s: typeof before) => s.purposes.find((p) => p.purpose.id === 'photo-publish');
    expect(pub(before)?.state).toBe('granted');
    expect(pub(after)?.state).toBe('withdrawn');
    expect(pub(after)?.useStoppedOn).toBe('2025-03-08');
    expect(pub(after)?.timeline.map((t) => [t.from, t.state])).toEqual([
      ['2025-03-01', 'granted'],
      ['2025-03-08', 'withdrawn'],
    ]);
    expect(after.history.map((h) => h.kind)).toEqual(['withdrawn', 'granted']);
    const sheet = await v.consents.groupMatrix(v.secretary, c.groupA, '2025-03-08');
    expect(sheet.rows.find((r) => r.subjectId === c.child1)?.states['photo-publish']).toBe(
      'withdrawn',
    );
  });

  it('refuses a receipt date in the future, naming the field', async () => {
    expect(
      await codeOf(
        v.consents.withdraw(v.secretary, {
          subjectId: c.child1,
          purposeId: 'photo-publish',
          representativeId: c.rep1a,
          receivedOn: '2999-01-01',
          channel: 'post',
        }),
      ),
    ).toBe('validation:validation.dateInFuture');
  });

  it('any legal representative may withdraw, not only the one who signed (issue 14, defect 6)', async () => {
    const { form } = await issueChild1();
    await v.consents.recordAnswers(v.secretary, {
      formId: form.formId,
      signedOn: '2025-03-01',
      representativeId: c.rep1a,
      channel: 'in-writing',
      answers: { 'photo-publish': 'granted' },
    });
    // The father never answered the form; later that day he withdraws what the mother granted.
    v.clock.advance(60 * 60 * 1000);
    await v.consents.withdraw(v.secretary, {
      subjectId: c.child1,
      purposeId: 'photo-publish',
      representativeId: c.rep1b,
      receivedOn: '2025-03-01',
      channel: 'in-person',
    });
    const view = await v.consents.subjectConsents(v.secretary, c.child1, '2025-03-01');
    expect(view.purposes.find((p) => p.purpose.id === 'photo-publish')?.state).toBe('withdrawn');
    expect(view.history[0]).toMatchObject({ kind: 'withdrawn', representativeId: c.rep1b });
    // The printed withdrawal names the form whose "yes" it takes back.
    const printed = await v.consents.withdrawalForm(v.secretary, {
      subjectId: c.child1,
      representativeId: c.rep1b,
      purposeIds: ['photo-publish'],
    });
    const text = normalize(pdfText(writePdf(tempDir(), 'atsaukums.pdf', printed.pdf)));
    expect(text).toContain(form.formId);
  });

  it('refuses to withdraw what the representative never granted, and prints a withdrawal form', async () => {
    expect(
      await codeOf(
        v.consents.withdraw(v.secretary, {
          subjectId: c.child2,
          purposeId: 'photo-publish',
          representativeId: c.rep2a,
          receivedOn: '2025-03-01',
          channel: 'post',
        }),
      ),
    ).toBe('validation:errors.notGranted');
    const printed = await v.consents.withdrawalForm(v.secretary, {
      subjectId: c.child2,
      representativeId: c.rep2a,
      purposeIds: ['photo-publish'],
    });
    expect(await pages(printed.pdf)).toBeGreaterThanOrEqual(1);
    expect((await v.consents.findForm(v.secretary, printed.formId)).kind).toBe('withdrawal');
    // The printed text, not only a page count: who withdraws what, for whom, under which id.
    const text = pdfText(writePdf(tempDir(), 'withdrawal.pdf', printed.pdf));
    expect(text).toContain('Piekrišanas atsaukums');
    expect(text).toContain('Mārtiņš Bērziņš');
    expect(text).toContain('Ieva Bērziņa');
    expect(text).toContain(printed.formId);
    expect(text).toContain('PII Testa dārziņš');
    expect(text).toContain('fotogrāfiju un filmēšanas ierakstu publicēšana');
  });
});

describe('lookups', () => {
  it('answers the photo check and the subjects list column; prints the group sheet', async () => {
    const { form } = await issueChild1();
    await v.consents.recordAnswers(v.secretary, {
      formId: form.formId,
      signedOn: '2025-03-01',
      representativeId: c.rep1a,
      channel: 'in-writing',
      answers: { 'photo-publish': 'granted', 'photo-premises': 'granted' },
    });
    const check = await v.consents.photoCheck(
      v.secretary,
      [c.child1, c.child2],
      ['photo-premises'],
      '2025-03-01',
    );
    expect(check.allowed).toBe(false);
    expect(check.purposes[0]?.subjects.map((s) => [s.name, s.state])).toEqual([
      ['Anniņa Ūzuliņa', 'granted'],
      ['Mārtiņš Bērziņš', 'none'],
    ]);
    const alone = await v.consents.photoCheck(
      v.secretary,
      [c.child1],
      ['photo-premises', 'photo-publish'],
      '2025-03-01',
    );
    expect(alone.allowed).toBe(true);
    const summary = await v.consents.consentSummary(
      v.secretary,
      [c.child1, c.child4],
      '2025-03-01',
    );
    expect(summary[c.child1]?.['photo-publish']).toBe('granted');
    expect(summary[c.child4]?.['photo-publish']).toBe('none');
    const matrix = await v.consents.groupMatrix(v.secretary, c.groupA, '2025-03-01');
    expect(matrix.rows.map((r) => r.name)).toEqual([
      'Mārtiņš Bērziņš',
      'Elza Ķēniņa',
      'Anniņa Ūzuliņa',
    ]);
    expect(
      await pages(await v.consents.groupSheetPdf(v.secretary, c.groupA, '2025-03-01')),
    ).toBeGreaterThanOrEqual(1);
  });
});
