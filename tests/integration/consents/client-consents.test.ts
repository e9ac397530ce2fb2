// A social office's client consents (issue 11 item 5): the client form (not Veidlapa Nr. 1) is
// printed for clients, the client signs for themselves unless a representative is recorded, and
// the same ledger, history and withdrawal rules hold. Real records service, real PDFs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_PURPOSE_IDS, BUILT_IN_PURPOSE_IDS } from '@shared/consent';
import { createConsentService, type ConsentService } from '@renderer/services/consents';
import { createConsentRecordsPort, createRecordsService } from '@renderer/services/records';
import type { SubjectSave } from '@renderer/services/records';
import { withVault } from '../vault/helpers';
import { removeTempDirs } from '../../support/temp-dirs';
import { testFonts } from './consent-harness';
import { textOf } from './pdf-text';

afterAll(removeTempDirs);

const client = (givenNames: string, familyName: string, guardian?: string): SubjectSave => ({
  draft: { kind: 'client', givenNames, familyName, groupId: null },
  status: 'active',
  representatives: guardian
    ? [{ draft: { givenNames: guardian, familyName }, relation: 'guardian' }]
    : [],
});

const office = async (country: 'LV' | 'LT', kind: 'socialOffice' | 'kindergarten') => {
  const vault = await withVault(undefined, country, kind);
  await vault.vault.updateInstitution(vault.head, {
    name: country === 'LV' ? 'Sociālais dienests «Ziedkalne»' : 'Paslaugų centras „Šaltinis“',
    controllerName: 'vadītāja Test Controller',
    operatorName: 'Test Operator',
    recipients: 'sociālie darbinieki',
  });
  const records = createRecordsService(vault.context);
  const consents: ConsentService = createConsentService({
    ctx: vault.context,
    records: createConsentRecordsPort(records),
    fonts: testFonts,
  });
  return { ...vault, records, consents };
};
type Office = Awaited<ReturnType<typeof office>>;

let lv: Office;
let lt: Office;
let kindergarten: Office;
// The harness clock (tests/integration/vault/helpers.ts) stands on 2025-03-01.
const today = '2025-03-01';

beforeAll(async () => {
  lv = await office('LV', 'socialOffice');
  lt = await office('LT', 'socialOffice');
  kindergarten = await office('LV', 'kindergarten');
}, 180_000);

describe('the templates and purposes of a social office', () => {
  it('offers the client forms in a social office and Veidlapa Nr. 1 in a kindergarten', async () => {
    const ids = async (o: Office) => (await o.consents.templates(o.head)).map((t) => t.id).sort();
    expect(await ids(lv)).toEqual([
      'lt-kliento-atsaukimas-1',
      'lt-kliento-sutikimas-1',
      'lv-klienta-atsaukums-1',
      'lv-klienta-piekrisana-1',
    ]);
    expect(await ids(kindergarten)).toEqual([
      'lt-atsaukimas-1',
      'lt-sutikimas-1',
      'lv-atsaukums-1',
      'lv-veidlapa-1',
    ]);
    expect(new Set((await lv.consents.templateVersions(lv.head)).map((t) => t.id))).toEqual(
      new Set(await ids(lv)),
    );
    expect((await lv.consents.purposes(lv.head)).map((p) => p.id)).toEqual([...CLIENT_PURPOSE_IDS]);
    expect((await kindergarten.consents.purposes(kindergarten.head)).map((p) => p.id)).toEqual([
      ...BUILT_IN_PURPOSE_IDS,
    ]);
  });

  it('refuses Veidlapa Nr. 1 for a client and the client form for a child', async () => {
    const id = await lv.records.saveSubject(lv.head, client('Jānis', 'Ērglis'));
    await expect(
      lv.consents.issueForms(lv.head, {
        subjectIds: [id],
        templateId: 'lv-veidlapa-1',
        representatives: 'first',
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'validation.templateKind' });
    await expect(
      kindergarten.consents.issueForms(kindergarten.head, {
        blank: true,
        templateId: 'lv-klienta-piekrisana-1',
        representatives: 'first',
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'validation.templateKind' });
  });
});

describe('a client with no representative', () => {
  it('signs for themselves: printed, recorded, withdrawn, and the history shows both', async () => {
    const id = await lv.records.saveSubject(lv.head, client('Jānis', 'Ērglis'));
    const issued = await lv.consents.issueForms(lv.head, {
      subjectIds: [id],
      templateId: 'lv-klienta-piekrisana-1',
      representatives: 'all',
    });
    expect(issued.template.reviewRequired).toBe(true);
    const [form] = issued.forms;
    expect(form?.representativeIds).toEqual([]);
    const text = textOf(issued.pdf);
    expect(text).toContain('Jānis Ērglis');
    expect(text).toContain('(klienta vārds, uzvārds)');
    expect(text).toContain('(datums, klienta paraksts, atšifrējums)');
    expect(text).not.toContain('pārstāvot klientu');

    // The returned paper: the client is the one who signed.
    const found = await lv.consents.findForm(lv.head, form?.formId ?? '');
    expect(found.representatives).toEqual([{ id, name: 'Jānis Ērglis' }]);
    expect(found.items.map((i) => i.id)).toEqual([...CLIENT_PURPOSE_IDS]);
    await lv.consents.recordAnswers(lv.head, {
      formId: form?.formId ?? '',
      signedOn: today,
      representativeId: id,
      answers: {
        'photo-video': 'granted',
        'photo-video-publish': 'granted',
        'event-participation': 'refused',
      },
      channel: 'in-person',
    });
    lv.clock.advance(60_000);
    await lv.consents.withdraw(lv.head, {
      subjectId: id,
      purposeId: 'photo-video-publish',
      representativeId: id,
      receivedOn: today,
      channel: 'in-writing',
    });
    const page = await lv.consents.subjectConsents(lv.head, id, today);
    expect(page.representatives).toEqual([{ id, name: 'Jānis Ērglis' }]);
    expect(Object.fromEntries(page.purposes.map((p) => [p.purpose.id, p.state]))).toEqual({
      'photo-video': 'granted',
      'photo-video-publish': 'withdrawn',
      'event-participation': 'refused',
    });
    const publish = page.history.filter((h) => h.purposeId === 'photo-video-publish');
    expect(publish.map((h) => [h.kind, h.representativeName])).toEqual([
      ['withdrawn', 'Jānis Ērglis'],
      ['granted', 'Jānis Ērglis'],
    ]);
    // Withdrawing twice is refused, as for a child.
    await expect(
      lv.consents.withdraw(lv.head, {
        subjectId: id,
        purposeId: 'photo-video-publish',
        representativeId: id,
        receivedOn: today,
        channel: 'in-writing',
      }),
    ).rejects.toMatchObject({ i18nKey: 'errors.notGranted' });
  });

  it('gets the client withdrawal form and a byte-identical reprint of the consent form', async () => {
    const id = await lt.records.saveSubject(lt.head, client('Ąžuolas', 'Čiurlionis'));
    const issued = await lt.consents.issueForms(lt.head, {
      subjectIds: [id],
      templateId: 'lt-kliento-sutikimas-1',
      representatives: 'first',
    });
    const formId = issued.forms[0]?.formId ?? '';
    expect(textOf(issued.pdf)).toContain('(data, kliento parašas, vardas ir pavardė)');
    expect(await lt.consents.reprintForm(lt.head, formId)).toEqual(issued.pdf);
    await lt.consents.recordAnswers(lt.head, {
      formId,
      signedOn: today,
      representativeId: id,
      answers: { 'event-participation': 'granted' },
      channel: 'in-person',
    });
    const withdrawal = await lt.consents.withdrawalForm(lt.head, {
      subjectId: id,
      representativeId: id,
      purposeIds: ['event-participation'],
    });
    const text = textOf(withdrawal.pdf);
    expect(text).toContain('Kliento sutikimo atšaukimas');
    expect(text).toContain('atšaukiu sutikimą, duotą dėl mano asmens duomenų tvarkymo');
    expect(text).toContain('(data, kliento parašas, vardas ir pavardė)');
    expect(text).toContain(formId);
  });
});

describe("the head's new version of the client form", () => {
  it("keeps the client's own layout, prints the edited caption, and reprints v1 as it was", async () => {
    const id = await lv.records.saveSubject(lv.head, client('Ilga', 'Ozola'));
    const v1 = await lv.consents.issueForms(lv.head, {
      subjectIds: [id],
      templateId: 'lv-klienta-piekrisana-1',
      representatives: 'first',
    });
    const latest = await lv.consents.template(lv.head, 'lv-klienta-piekrisana-1', 1);
    if (latest.kind !== 'consent' || !latest.selfSigned) throw new Error('not the client form');
    const saved = await lv.consents.saveTemplateVersion(lv.head, {
      ...latest,
      selfSigned: { ...latest.selfSigned, signatureCaption: '(datums, klienta paraksts)' },
    });
    expect(saved).toMatchObject({ version: 2, institutionKind: 'socialOffice' });
    const v2 = await lv.consents.issueForms(lv.head, {
      subjectIds: [id],
      templateId: 'lv-klienta-piekrisana-1',
      representatives: 'first',
    });
    expect(v2.template.version).toBe(2);
    expect(textOf(v2.pdf)).toContain('(datums, klienta paraksts)');
    expect(textOf(v2.pdf)).not.toContain('klienta paraksts, atšifrējums');
    expect(await lv.consents.reprintForm(lv.head, v1.forms[0]?.formId ?? '')).toEqual(v1.pdf);
  });
});

describe('a client with a representative', () => {
  it('is signed for by the representative; the client alone cannot sign', async () => {
    const id = await lv.records.saveSubject(lv.head, client('Pēteris', 'Ļaudis', 'Ģirts'));
    const { representatives } = await lv.records.getSubject(lv.head, id);
    const guardianId = representatives[0]?.id ?? '';
    const issued = await lv.consents.issueForms(lv.head, {
      subjectIds: [id],
      templateId: 'lv-klienta-piekrisana-1',
      representatives: 'first',
    });
    const form = issued.forms[0];
    expect(form?.representativeIds).toEqual([guardianId]);
    const text = textOf(issued.pdf);
    expect(text).toContain('Ģirts Ļaudis');
    expect(text).toContain('pārstāvot klientu');
    expect(text).toContain('(datums, likumiskā pārstāvja vai aizbildņa paraksts, atšifrējums)');
    expect(text).not.toContain('klienta paraksts');
    await expect(
      lv.consents.recordAnswers(lv.head, {
        formId: form?.formId ?? '',
        signedOn: today,
        representativeId: id,
        answers: { 'photo-video': 'granted' },
        channel: 'in-person',
      }),
    ).rejects.toMatchObject({ i18nKey: 'validation.clientSignerNotLinked' });
    await lv.consents.recordAnswers(lv.head, {
      formId: form?.formId ?? '',
      signedOn: today,
      representativeId: guardianId,
      answers: { 'photo-video': 'granted' },
      channel: 'in-person',
    });
    const page = await lv.consents.subjectConsents(lv.head, id, today);
    expect(page.history.map((h) => h.representativeName)).toEqual(['Ģirts Ļaudis']);
  });
});

describe('a kindergarten child with no representative', () => {
  it('still has no signer: a child never signs for themselves', async () => {
    const id = await kindergarten.records.saveSubject(kindergarten.head, {
      draft: { kind: 'child', givenNames: 'Anna', familyName: 'Liepa', groupId: null },
      status: 'active',
      representatives: [],
    });
    const page = await kindergarten.consents.subjectConsents(kindergarten.head, id, today);
    expect(page.representatives).toEqual([]);
    await expect(
      kindergarten.consents.withdraw(kindergarten.head, {
        subjectId: id,
        purposeId: 'photo-publish',
        representativeId: id,
        receivedOn: today,
        channel: 'in-writing',
      }),
    ).rejects.toMatchObject({ i18nKey: 'validation.representativeNotLinked' });
  });
});
