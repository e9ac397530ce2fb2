// The due list (issue 9 item 3): which people's data, by category, has outlived the retention
// schedule on a day; what blocks an erasure; who may ask. Real records, consents and requests.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import { makeValidLvNewCode } from '@shared/personal-code/generate';
import { createRetentionService, type RetentionService } from '@renderer/services/retention';
import { approveErasure, proposeErasure } from '@renderer/services/retention/proposals';
import { childSave } from '../records/records-harness';
import { accessInput, requestsVault, type RequestsVault } from '../requests/requests-harness';

let v: RequestsVault;
let retention: RetentionService;
let plain = '';
let withConsents = '';
let held = '';

const dueOf = async (id: string, today: string) =>
  (await retention.listDueForErasure(v.head, today)).find((d) => d.personId === id);
const categoriesOf = async (id: string, today: string) =>
  (await dueOf(id, today))?.categories.map((c) => c.category) ?? [];

beforeAll(async () => {
  v = await requestsVault();
  retention = createRetentionService(v.context);
  const child = (givenNames: string) =>
    v.records.saveSubject(v.head, childSave({ givenNames, personalCode: undefined }, v.group.id));
  plain = await child('Marta');
  await v.records.setHealthNotes(v.head, plain, 'Alerģija pret zemesriekstiem');
  withConsents = v.childId;
  held = await child('Zane');
  // The fixture child gave a consent, later withdrawn, and made a request (refused: closed).
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [withConsents],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const form = issued.forms[0];
  if (!form) throw new Error('no form');
  await v.consents.recordAnswers(v.secretary, {
    formId: form.formId,
    signedOn: '2025-03-01',
    representativeId: v.motherId,
    channel: 'in-writing',
    answers: { 'photo-premises': 'granted', 'photo-publish': 'refused', 'name-publish': 'refused' },
  });
  const { id: requestId } = await v.requests.register(v.secretary, accessInput(v));
  await v.requests.refuse(v.head, requestId, {
    on: '2025-03-01',
    reasons: ['not-held'],
    partial: false,
  });
  for (const id of [plain, withConsents, held])
    await v.records.setLeaving(v.secretary, id, {
      leftOn: '2024-02-29',
      reason: { code: 'school' },
    });
  // An open request about the third child blocks an erasure.
  await v.requests.register(v.secretary, accessInput(v, { subjectId: held }));
}, 120_000);

describe('listDueForErasure', () => {
  it('lists nobody still attending, nor leavers before their first period ends', async () => {
    const active = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Ieva', personalCode: undefined }, v.group.id),
    );
    expect(await dueOf(active, '2099-01-01')).toBeUndefined();
    expect(await dueOf(plain, '2024-03-28')).toBeUndefined();
  });

  it('a leaver’s categories fall due one by one on calendar dates (left on a leap day)', async () => {
    // Defaults for a kindergarten: health 1 month, contacts 6 months, record and code 1 year.
    // This child was registered without a personal code: that category never falls due.
    expect(await categoriesOf(plain, '2024-03-29')).toEqual(['healthNotes']);
    expect(await categoriesOf(plain, '2024-08-29')).toEqual(['contacts', 'healthNotes']);
    expect(await categoriesOf(plain, '2025-02-27')).toEqual(['contacts', 'healthNotes']);
    expect(await dueOf(plain, '2025-02-28')).toEqual({
      personId: plain,
      kind: 'child',
      blockedBy: [],
      categories: [
        { category: 'record', event: 'leavingDate', eventDate: '2024-02-29', dueOn: '2025-02-28' },
        {
          category: 'contacts',
          event: 'leavingDate',
          eventDate: '2024-02-29',
          dueOn: '2024-08-29',
        },
        {
          category: 'healthNotes',
          event: 'leavingDate',
          eventDate: '2024-02-29',
          dueOn: '2024-03-29',
        },
      ],
    });
  });

  it('consent forms and events count three years from leaving; closed requests from closing', async () => {
    expect(await categoriesOf(withConsents, '2027-02-27')).not.toContain('consents');
    expect(await categoriesOf(withConsents, '2027-02-28')).toContain('consents');
    expect(await categoriesOf(withConsents, '2028-02-29')).not.toContain('requests');
    const later = await dueOf(withConsents, '2028-03-01');
    expect(later?.categories.find((c) => c.category === 'requests')).toEqual({
      category: 'requests',
      event: 'requestClosed',
      eventDate: '2025-03-01',
      dueOn: '2028-03-01',
    });
    // No scan was stored: nothing in the evidence category.
    expect(later?.categories.map((c) => c.category)).not.toContain('evidence');
  });

  it('an open request is named as what blocks the erasure', async () => {
    const due = await dueOf(held, '2030-01-01');
    expect(due?.blockedBy).toEqual(['openRequest']);
    expect(due?.categories.map((c) => c.category)).toContain('record');
  });

  it('health notes are due only while stored: none entered, or erased on their own', async () => {
    // The third child never had a health note.
    expect(await categoriesOf(held, '2030-01-01')).not.toContain('healthNotes');
    const noted = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Līva', personalCode: undefined }, v.group.id),
    );
    await v.records.setHealthNotes(v.head, noted, 'Astma');
    await v.records.setLeaving(v.secretary, noted, {
      leftOn: '2024-05-31',
      reason: { code: 'school' },
    });
    expect(await categoriesOf(noted, '2024-07-01')).toEqual(['healthNotes']);
    const id = await proposeErasure(v.context, v.secretary, noted, {
      reason: 'Veselības piezīmju glabāšanas termiņš beidzies',
      legalBasis: 'VDAR 5. panta 1. punkta e) apakšpunkts',
      scope: { kind: 'partial', categories: ['health'] },
    });
    await approveErasure(v.context, v.head, id);
    // Nothing of the category is left: it is no longer listed; the rest keeps its dates.
    expect(await dueOf(noted, '2024-07-01')).toBeUndefined();
    expect(await categoriesOf(noted, '2025-06-01')).toEqual(['record', 'contacts']);
  });

  it('the personal code and contacts are due only while stored (issue 9: no code, no phone)', async () => {
    const bare = await v.records.saveSubject(v.head, {
      ...childSave({ givenNames: 'Elza', personalCode: undefined }, v.group.id),
      representatives: [
        { draft: { givenNames: 'Inese', familyName: 'Ozoliņa' }, relation: 'mother' },
      ],
    });
    const full = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Rūta', personalCode: makeValidLvNewCode(4242) }, v.group.id),
    );
    for (const id of [bare, full])
      await v.records.setLeaving(v.secretary, id, {
        leftOn: '2024-05-31',
        reason: { code: 'school' },
      });
    expect(await categoriesOf(bare, '2025-06-01')).toEqual(['record']);
    expect(await categoriesOf(full, '2025-06-01')).toEqual(['record', 'personalCode', 'contacts']);
  });

  it('listNotYetDue: what a whole-record erasure takes before its time, with the day it ends', async () => {
    // The fixture child: consents three years after leaving, the closed request three after closing.
    expect(await retention.listNotYetDue(v.head, withConsents, '2025-02-28')).toEqual([
      { category: 'consents', dueOn: '2027-02-28' },
      { category: 'requests', dueOn: '2028-03-01' },
    ]);
    // A child still attending: every stored category, none of them started.
    const attending = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Ieva', personalCode: undefined }, v.group.id),
    );
    expect(await retention.listNotYetDue(v.secretary, attending, '2025-02-28')).toEqual([
      { category: 'record', dueOn: null },
      { category: 'contacts', dueOn: null },
    ]);
    expect(await retention.listNotYetDue(v.head, plain, '2030-01-01')).toEqual([]);
    await expect(retention.listNotYetDue(v.teacher, plain, '2030-01-01')).rejects.toSatisfy(
      (e: unknown) => isAppError(e) && e.code === 'forbidden',
    );
  });

  it('is sorted by the earliest due date and carries ids only', async () => {
    const list = await retention.listDueForErasure(v.secretary, '2030-01-01');
    expect(list.map((d) => d.personId)).toEqual(
      expect.arrayContaining([plain, withConsents, held]),
    );
    expect(JSON.stringify(list)).not.toMatch(/Marta|Zane|Ūzuliņa/);
  });

  it('is for the head and the secretary only; a malformed date is refused', async () => {
    for (const s of [v.teacher, v.nurse, v.socialWorker]) {
      await expect(retention.listDueForErasure(s, '2030-01-01')).rejects.toSatisfy(
        (e: unknown) => isAppError(e) && e.code === 'forbidden',
      );
    }
    await expect(retention.listDueForErasure(v.head, '01.01.2030')).rejects.toSatisfy(
      (e: unknown) => isAppError(e) && e.code === 'validation',
    );
  });
});
