// A Lithuanian kindergarten works in Lithuanian on paper too (review #21): its staff-room group
// sheet is Lithuanian, a purpose it adds needs a Lithuanian name, which the other languages fall
// back to, and its withdrawal form is the corrected v2 naming the institution as controller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledTemplates, type ConsentTemplate } from '@shared/pdf';
import { authorize } from '@renderer/services';
import { addTemplateVersion, formByFormId } from '@renderer/data/consents';
import { removeTempDirs } from '../../support/temp-dirs';
import { consentVault, giveKeys, type ConsentVault } from './consent-harness';
import { pageTexts, textOf } from './pdf-text';

afterAll(removeTempDirs);

let v: ConsentVault;

beforeAll(async () => {
  v = await consentVault('LT');
}, 120_000);

describe('a Lithuanian institution', () => {
  it('prints a group batch and its sheet in Lithuanian order, after a Lithuanian cover', async () => {
    // Lithuanian sorts Y with I (Yla before Ivanauskas); Latvian would put Yla after it.
    const groupId = `lt-order-${crypto.randomUUID().slice(0, 8)}`;
    v.records.groups.set(groupId, 'Pelėdžiukai');
    const names = ['Jonaitis', 'Yla', 'Ivanauskas', 'Čepas', 'Cibulskis'];
    for (const familyName of names) {
      const id = `${groupId}-${familyName}`;
      v.records.subjects.set(id, {
        id,
        givenNames: 'Vaikas',
        familyName,
        groupId,
        restricted: false,
      });
    }
    await giveKeys(
      v,
      names.map((n) => ({ id: `${groupId}-${n}`, groupId, reps: [] })),
    );
    const expected = ['Cibulskis', 'Čepas', 'Yla', 'Ivanauskas', 'Jonaitis'];
    const batch = await v.consents.issueForms(v.secretary, {
      groupId,
      templateId: 'lt-sutikimas-1',
      representatives: 'first',
    });
    const [cover = '', ...forms] = pageTexts(batch.pdf);
    expect(cover).toContain('Grupė: Pelėdžiukai');
    expect(cover).toContain('Formų skaičius: 5');
    expect(forms.map((text) => expected.find((n) => text.includes(`Vaikas ${n}`)))).toEqual(
      expected,
    );
    const sheet = textOf(await v.consents.groupSheetPdf(v.secretary, groupId, '2025-03-01'));
    const positions = expected.map((n) => sheet.indexOf(`Vaikas ${n}`));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the group sheet in Lithuanian', async () => {
    const text = textOf(await v.consents.groupSheetPdf(v.secretary, v.first.groupA, '2025-03-01'));
    expect(text).toContain('Šiems vaikams NEGALIMA:');
    expect(text).toContain('2025-03-01 duomenimis');
    expect(text).toContain('Vardo ir pavardės skelbimas');
    expect(text).not.toMatch(/NEDRĪKST|Vārds, uzvārds|stāvoklis uz/);
  });

  it('requires the Lithuanian name of a new purpose and prints it, never a Latvian one', async () => {
    await expect(v.consents.createPurpose(v.head, { lv: 'Ekskursijas' })).rejects.toMatchObject({
      code: 'validation',
      details: { field: 'labels.lt' },
    });
    const purpose = await v.consents.createPurpose(v.head, { lt: 'Ekskursijos' });
    expect(purpose.labels).toEqual({ lv: 'Ekskursijos', lt: 'Ekskursijos', en: 'Ekskursijos' });
    const text = textOf(await v.consents.groupSheetPdf(v.secretary, v.first.groupA, '2025-03-01'));
    expect(text).toContain('Ekskursijos');
  });

  it('prints withdrawals on lt-atsaukimas-1 v2 and records that version', async () => {
    const { formId, pdf } = await v.consents.withdrawalForm(v.secretary, {
      subjectId: v.first.child1,
      representativeId: v.first.rep1a,
      purposeIds: ['photo-publish'],
    });
    const text = textOf(pdf);
    expect(text).toContain('lt-atsaukimas-1 v2');
    expect(text).toContain('Atšaukimas įsigalioja tą dieną, kai jį gauna įstaiga.');
    expect(text).toContain('Duomenų valdytojas: PII Testa dārziņš');
    expect(text).toContain('Duomenų valdytojo atstovas: iestādes vadītāja Test Controller');
    const form = await formByFormId(v.db, authorize(v.secretary, 'form.issue'), formId);
    expect(form).toMatchObject({ templateId: 'lt-atsaukimas-1', templateVersion: 2 });
  });
});

describe('a version number the head used before the app shipped its own', () => {
  it('keeps meaning her saved wording, and nothing breaks', async () => {
    // A register where the head saved "lt-sutikimas-1 version 2" while the app had only v1.
    const h = await consentVault('LT');
    const v1 = loadBundledTemplates().get('lt-sutikimas-1', 1) as ConsentTemplate;
    const hers: ConsentTemplate = { ...v1, version: 2, purpose: 'Įstaigos pačios formuluotė' };
    await addTemplateVersion(h.db, authorize(h.head, 'template.manage'), hers, hers, {
      createdAt: '2025-01-10T08:00:00.000Z',
      createdBy: h.head.userId,
    });
    const versions = await h.consents.templateVersions(h.head);
    const v2 = versions.filter((t) => t.id === 'lt-sutikimas-1' && t.version === 2);
    expect(v2).toEqual([expect.objectContaining({ origin: 'edited' })]);
    const again = await h.consents.template(h.head, 'lt-sutikimas-1', 2);
    expect(again.kind === 'consent' ? again.purpose : '').toBe('Įstaigos pačios formuluotė');
    const saved = await h.consents.saveTemplateVersion(h.head, { ...hers, purpose: 'Trečia' });
    expect(saved.version).toBe(3);
  }, 120_000);
});
