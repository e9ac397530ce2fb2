// Restriction of processing (GDPR Art. 18; issue 9 item 5): while a child's record is restricted
// no role, not even the head, prints a form or a group sheet with the child or records answers
// for the child by the form's id; each use is refused with errors.restrictedUse (a message that
// says why), never a generic "forbidden"; lifting the restriction is audited and use resumes.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requestsVault, type RequestsVault } from '../requests/requests-harness';
import { pdfText, tempDir, writePdf, removeTempDirs } from '../../unit/pdf/pdf-tools';

afterAll(removeTempDirs);

const TODAY = '2025-03-01';
let v: RequestsVault;
beforeEach(async () => {
  v = await requestsVault();
}, 120_000);

const auditOf = async (id: string): Promise<string[]> =>
  (await v.db.audit.toArray()).filter((a) => a.entityId === id).map((a) => a.action);

const issueFor = (session: RequestsVault['head'], subjectIds: string[]) =>
  v.consents.issueForms(session, {
    subjectIds,
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });

describe('a restricted child (GDPR Art. 18)', () => {
  it('is refused every use with its own message; lifting is audited and use resumes', async () => {
    const earlier = await issueFor(v.secretary, [v.childId]);
    const formId = earlier.forms[0]?.formId ?? '';
    const otherId = await v.records.saveSubject(v.head, {
      draft: { kind: 'child', givenNames: 'Pēteris', familyName: 'Kalniņš', groupId: v.group.id },
      status: 'active',
      representatives: [],
    });
    const { subject } = await v.records.getSubject(v.head, v.childId);
    await v.records.setRestriction(v.head, v.childId, {
      reason: 'Vecāki apstrīd datu pareizību',
      since: TODAY,
    });

    const refused = { code: 'forbidden', i18nKey: 'errors.restrictedUse' };
    for (const session of [v.head, v.secretary]) {
      await expect(issueFor(session, [v.childId])).rejects.toMatchObject(refused);
      await expect(issueFor(session, [otherId, v.childId])).rejects.toMatchObject(refused);
      await expect(v.consents.findForm(session, formId)).rejects.toMatchObject(refused);
      await expect(
        v.consents.recordAnswers(session, {
          formId,
          signedOn: TODAY,
          representativeId: v.motherId,
          channel: 'in-writing',
          answers: { 'photo-premises': 'granted' },
        }),
      ).rejects.toMatchObject(refused);
      await expect(v.consents.reprintForm(session, formId)).rejects.toMatchObject(refused);
    }
    // The group sheet leaves the child out; the other child is on it.
    const sheet = pdfText(
      writePdf(tempDir(), 's.pdf', await v.consents.groupSheetPdf(v.head, v.group.id, TODAY)),
    );
    expect(sheet).toContain('Kalniņš');
    expect(sheet).not.toContain(subject.familyName);
    // Seeing the record with its reason stays possible for the head and the secretary.
    const seen = await v.records.getSubject(v.secretary, v.childId);
    expect(seen.subject.restriction?.reason).toBe('Vecāki apstrīd datu pareizību');

    await v.records.setRestriction(v.head, v.childId, null);
    expect(await auditOf(v.childId)).toEqual(
      expect.arrayContaining(['subject.restrict', 'subject.unrestrict']),
    );
    expect((await issueFor(v.secretary, [v.childId])).forms).toHaveLength(1);
    expect((await v.consents.findForm(v.secretary, formId)).form.formId).toBe(formId);
  });
});
