// Issue 14, defect 11: two children with the same name are told apart. In one group the overview,
// the printed sheet and the list of forms not returned put the birth date beside exactly the
// namesakes; a returned form and a child's page name the child with birth date and group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../support/temp-dirs';
import { consentVault, giveKeys, seedFamilies, type ConsentVault } from './consent-harness';
import { pageTexts } from './pdf-text';

afterAll(removeTempDirs);

let v: ConsentVault;
beforeAll(async () => {
  v = await consentVault();
}, 120_000);

/** The families of seedFamilies plus a second 'Elza Ķēniņa' in group A, both with birth dates. */
const seedNamesakes = async () => {
  const ids = await seedFamilies(v.records, v);
  const twin = `c5-${ids.child1}`;
  const first = v.records.subjects.get(ids.child3);
  if (!first) throw new Error('seedFamilies changed');
  v.records.subjects.set(ids.child3, { ...first, birthDate: '2021-05-03' });
  v.records.subjects.set(twin, { ...first, id: twin, birthDate: '2020-11-14' });
  v.records.reps.set(twin, [{ id: `r5-${ids.child1}`, givenNames: 'Una', familyName: 'Ķēniņa' }]);
  await giveKeys(v, [{ id: twin, groupId: ids.groupA, reps: [`r5-${ids.child1}`] }]);
  return { ...ids, twin };
};

describe('namesakes in the consent screens and printed lists', () => {
  it('the group overview marks only the namesakes, with their birth dates', async () => {
    const ids = await seedNamesakes();
    const matrix = await v.consents.groupMatrix(v.secretary, ids.groupA, '2025-03-01');
    const byId = new Map(matrix.rows.map((r) => [r.subjectId, r]));
    expect(byId.get(ids.child3)?.namesakeBirthDate).toBe('2021-05-03');
    expect(byId.get(ids.twin)?.namesakeBirthDate).toBe('2020-11-14');
    expect(byId.get(ids.child1)?.namesakeBirthDate).toBeUndefined();
    expect(byId.get(ids.child2)?.namesakeBirthDate).toBeUndefined();
  });

  it('the printed group sheet puts the birth date beside each namesake only', async () => {
    const ids = await seedNamesakes();
    const text = pageTexts(
      await v.consents.groupSheetPdf(v.secretary, ids.groupA, '2025-03-01'),
    ).join('\n');
    expect(text).toContain('Elza Ķēniņa (dz. 03.05.2021)');
    expect(text).toContain('Elza Ķēniņa (dz. 14.11.2020)');
    expect(text).not.toContain('Bērziņš (dz.');
  });

  it('a returned form and the child page name the child with birth date and group', async () => {
    const ids = await seedNamesakes();
    const issued = await v.consents.issueForms(v.secretary, {
      subjectIds: [ids.twin],
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    const formId = issued.forms[0]?.formId ?? '';
    const found = await v.consents.findForm(v.secretary, formId);
    expect(found.subject).toMatchObject({
      id: ids.twin,
      name: 'Elza Ķēniņa',
      birthDate: '2020-11-14',
      groupName: 'Zīļuks',
    });
    const page = await v.consents.subjectConsents(v.secretary, ids.twin, '2025-03-01');
    expect(page.subject).toMatchObject({ birthDate: '2020-11-14', groupName: 'Zīļuks' });
    const open = await v.consents.unreturnedForms(v.secretary, { groupId: ids.groupA });
    const twinForm = open.find((f) => f.formId === formId);
    expect(twinForm?.namesakeBirthDate).toBe('2020-11-14');
  });
});
