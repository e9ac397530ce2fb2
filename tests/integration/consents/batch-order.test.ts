// Issue 14, defect 4: a group's batch of forms comes in the app's collation by surname, then
// given names, after a cover page naming the group and the number of forms; the group sheet
// follows the same order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../support/temp-dirs';
import { consentVault, seedFamilies, type ConsentVault } from './consent-harness';
import { pageTexts } from './pdf-text';

afterAll(removeTempDirs);

let v: ConsentVault;
beforeAll(async () => {
  v = await consentVault();
}, 120_000);

describe('a group batch of consent forms', () => {
  it('starts with a cover naming the group and the count, then the children in Latvian order', async () => {
    // Entered as Ūzuliņa, Bērziņš, Ķēniņa; Latvian order is B < K < Ķ < U < Ū.
    const ids = await seedFamilies(v.records, v);
    const result = await v.consents.issueForms(v.secretary, {
      groupId: ids.groupA,
      templateId: 'lv-veidlapa-1',
      representatives: 'all',
    });
    expect(result.forms.map((f) => f.subjectId)).toEqual([
      ids.child2,
      ids.child3,
      ids.child3,
      ids.child1,
      ids.child1,
    ]);
    const [cover = '', ...forms] = pageTexts(result.pdf);
    expect(cover).toContain('Veidlapu komplekts');
    expect(cover).toContain('Grupa: Zīļuks');
    expect(cover).toContain('Veidlapu skaits: 5');
    expect(cover).toContain('lv-veidlapa-1');
    for (const form of result.forms) expect(cover).not.toContain(form.formId);
    expect(forms).toHaveLength(5);
    const children = ['Bērziņš', 'Ķēniņa', 'Ķēniņa', 'Ūzuliņa', 'Ūzuliņa'];
    forms.forEach((text, i) => {
      expect(text).toContain(children[i]);
      expect(text).toContain(result.forms[i]?.formId);
    });
  });

  it('prints forms chosen child by child in the same order, without a cover', async () => {
    const ids = await seedFamilies(v.records, v);
    const result = await v.consents.issueForms(v.secretary, {
      subjectIds: [ids.child1, ids.child3, ids.child2],
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    expect(result.forms.map((f) => f.subjectId)).toEqual([ids.child2, ids.child3, ids.child1]);
    const pages = pageTexts(result.pdf);
    expect(pages).toHaveLength(3);
    expect(pages[0]).not.toContain('Veidlapu komplekts');
  });

  it('lists the group sheet in the same order', async () => {
    const ids = await seedFamilies(v.records, v);
    const [sheet = ''] = pageTexts(
      await v.consents.groupSheetPdf(v.secretary, ids.groupA, '2025-03-01'),
    );
    const at = (name: string) => sheet.indexOf(name);
    expect(at('Bērziņš')).toBeGreaterThan(-1);
    expect(at('Bērziņš')).toBeLessThan(at('Ķēniņa'));
    expect(at('Ķēniņa')).toBeLessThan(at('Ūzuliņa'));
  });
});
