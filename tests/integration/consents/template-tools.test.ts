import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledTemplates, templateInstitutionKind, type ConsentTemplate } from '@shared/pdf';
import { withdrawalTemplateId } from '@renderer/services/consents';
import { removeTempDirs } from '../../support/temp-dirs';
import {
  codeOf,
  consentVault,
  seedFamilies,
  type ConsentVault,
  type FamilyIds,
} from './consent-harness';
import { textOf } from './pdf-text';

afterAll(removeTempDirs);

let v: ConsentVault;
let c: FamilyIds;
beforeAll(async () => {
  v = await consentVault();
}, 60_000);
beforeEach(async () => {
  c = await seedFamilies(v.records, v);
  v.clock.now = Date.parse('2025-03-01T08:00:00.000Z');
});

describe('template tools', () => {
  it('lists bundled and edited versions with their origin, for the head only', async () => {
    expect(await codeOf(v.consents.templateVersions(v.secretary))).toBe(
      'forbidden:errors.forbidden',
    );
    const before = await v.consents.templateVersions(v.head);
    // A kindergarten's head sees its own kind's templates only, not the client forms.
    expect(before.filter((t) => t.origin === 'bundled').map((t) => `${t.id}@${t.version}`)).toEqual(
      loadBundledTemplates()
        .all.filter((t) => templateInstitutionKind(t) === 'kindergarten')
        .map((t) => `${t.id}@${t.version}`),
    );
    const lt = loadBundledTemplates().latest('lt-sutikimas-1') as ConsentTemplate;
    const saved = await v.consents.saveTemplateVersion(v.head, {
      ...lt,
      purpose: `${lt.purpose} (redaguota)`,
    });
    const after = await v.consents.templateVersions(v.head);
    const edited = after.find((t) => t.id === 'lt-sutikimas-1' && t.version === saved.version);
    expect(edited).toMatchObject({ origin: 'edited', createdAt: '2025-03-01T08:00:00.000Z' });
    expect(after.find((t) => t.id === 'lt-sutikimas-1' && t.version === 1)?.origin).toBe('bundled');
  });

  it('previews edited wording as a blank form without recording anything', async () => {
    const lv = loadBundledTemplates().latest('lv-veidlapa-1') as ConsentTemplate;
    const [first, ...rest] = lv.items;
    if (!first) throw new Error('no item');
    const edited: ConsentTemplate = {
      ...lv,
      items: [{ ...first, text: 'Piekrītu / nepiekrītu fotografēšanai pārgājienā.' }, ...rest],
    };
    expect(await codeOf(v.consents.previewTemplate(v.secretary, edited))).toBe(
      'forbidden:errors.forbidden',
    );
    const text = textOf(await v.consents.previewTemplate(v.head, edited));
    expect(text).toContain('fotografēšanai pārgājienā');
    expect(text).toContain('F-0000-0000');
    expect(await codeOf(v.consents.previewTemplate(v.head, { ...edited, title: [] }))).toBe(
      'validation:errors.pdf.templateInvalid',
    );
    expect(await codeOf(v.consents.findForm(v.secretary, 'F-0000-0000'))).toBe(
      'not-found:errors.formNotFound',
    );
  });

  it('records an answer for a custom purpose, never for a built-in one, and prints its withdrawal', async () => {
    const purpose = await v.consents.createPurpose(v.head, {
      lv: 'Dalība pētījuma aptaujā',
      lt: 'Dalyvavimas tyrimo apklausoje',
      en: 'Research survey',
    });
    const base = {
      subjectId: c.child2,
      representativeId: c.rep2a,
      on: '2025-02-20',
      channel: 'in-writing' as const,
    };
    expect(
      await codeOf(
        v.consents.recordCustomAnswer(v.secretary, {
          ...base,
          purposeId: 'photo-publish',
          kind: 'granted',
        }),
      ),
    ).toBe('validation:validation.invalid');
    expect(
      await codeOf(
        v.consents.recordCustomAnswer(v.secretary, {
          ...base,
          purposeId: purpose.id,
          kind: 'granted',
          on: '2025-03-09',
        }),
      ),
    ).toBe('validation:validation.dateInFuture');
    // The teacher teaches the first families' group only; this child is in a fresh group.
    expect(
      await codeOf(
        v.consents.recordCustomAnswer(v.teacher, {
          ...base,
          purposeId: purpose.id,
          kind: 'granted',
        }),
      ),
    ).toBe('forbidden:errors.forbidden');
    await v.consents.recordCustomAnswer(v.secretary, {
      ...base,
      purposeId: purpose.id,
      kind: 'granted',
    });
    const view = await v.consents.subjectConsents(v.secretary, c.child2, '2025-03-01');
    expect(view.purposes.find((p) => p.purpose.id === purpose.id)?.state).toBe('granted');
    const matrix = await v.consents.groupMatrix(v.secretary, c.groupA, '2025-03-01');
    expect(matrix.rows.find((r) => r.subjectId === c.child2)?.states[purpose.id]).toBe('granted');
    const check = await v.consents.photoCheck(v.secretary, [c.child2], [purpose.id], '2025-03-01');
    expect(check.allowed).toBe(true);
    const { pdf } = await v.consents.withdrawalForm(v.secretary, {
      subjectId: c.child2,
      representativeId: c.rep2a,
      purposeIds: [purpose.id],
    });
    const text = textOf(pdf);
    expect(text).toContain('Piekrišanas atsaukums');
    expect(text).toContain('Dalība pētījuma aptaujā');
    await v.consents.withdraw(v.secretary, {
      ...base,
      purposeId: purpose.id,
      receivedOn: '2025-03-01',
    });
    const later = await v.consents.subjectConsents(v.secretary, c.child2, '2025-03-01');
    expect(later.purposes.find((p) => p.purpose.id === purpose.id)?.state).toBe('withdrawn');
  });

  it('picks the withdrawal form of the institution country', () => {
    expect(withdrawalTemplateId('LV')).toBe('lv-atsaukums-1');
    expect(withdrawalTemplateId('LT')).toBe('lt-atsaukimas-1');
    expect(loadBundledTemplates().latest('lt-atsaukimas-1')).toMatchObject({
      kind: 'withdrawal',
      language: 'lt',
      reviewRequired: true,
    });
  });
});
