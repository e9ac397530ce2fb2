// A client's services and identification (issue 11): services are named from the office's list
// (a setting the head keeps), dated, with a decision number; an LT personal code in an LV office
// is accepted only for a client marked as a foreign national, with a note.
import { describe, expect, it } from 'vitest';
import { createRecordsService } from '@renderer/services/records';
import { makeValidLtCode, makeValidLvCode } from '@shared/personal-code/generate';
import { withVault } from '../vault/helpers';
import { clientSave, socialOffice } from './social-harness';

const service = (over: object = {}) => ({
  id: crypto.randomUUID(),
  name: 'Pagalba į namus',
  decisionNumber: 'SP-1',
  startedOn: '2025-01-10',
  ...over,
});

describe('services of a client', () => {
  it('takes names from the list the head keeps; the list defaults by country', async () => {
    const o = await socialOffice();
    expect(await o.settings.getServiceNames()).toContain('Pagalba į namus');
    const id = await o.records.saveSubject(o.head, clientSave());
    await o.records.updateClient(o.head, id, { services: [service()] });
    await expect(
      o.records.updateClient(o.head, id, { services: [service({ name: 'Nežinoma' })] }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'records.errors.unknownService' });
    await expect(
      o.records.updateClient(o.head, id, {
        services: [service({ startedOn: '2025-02-01', endedOn: '2025-01-01' })],
      }),
    ).rejects.toMatchObject({ code: 'validation' });

    // The head renames the list: the stored service keeps its name and stays valid.
    await o.settings.setServiceNames(o.head, [
      'Dienos socialinė globa',
      ' ',
      'Dienos socialinė globa',
    ]);
    expect(await o.settings.getServiceNames()).toEqual(['Dienos socialinė globa']);
    const stored = (await o.records.getSubject(o.head, id)).subject.services ?? [];
    await o.records.updateClient(o.head, id, {
      services: [...stored, service({ name: 'Dienos socialinė globa' })],
    });
    expect((await o.records.getSubject(o.head, id)).subject.services?.map((s) => s.name)).toEqual([
      'Pagalba į namus',
      'Dienos socialinė globa',
    ]);
    await expect(o.settings.setServiceNames(o.accountant.session, ['x'])).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(o.settings.setServiceNames(o.head, [])).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('a save through the subject form keeps services and the social parts', async () => {
    const o = await socialOffice();
    const id = await o.records.saveSubject(o.head, clientSave());
    await o.records.updateClient(o.head, id, {
      services: [service()],
      social: { familySituation: 'Gyvena su dukra' },
    });
    await o.records.saveSubject(o.head, { ...clientSave({ givenNames: 'Onutė' }), id });
    const { subject } = await o.records.getSubject(o.head, id);
    expect(subject.givenNames).toBe('Onutė');
    expect(subject.services).toHaveLength(1);
    expect(subject.social?.familySituation).toBe('Gyvena su dukra');
  });
});

describe('a foreign personal code', () => {
  const ltCode = makeValidLtCode('1950-04-04', 'female', 7);
  /** A man's code (3…) of the LV new-format shape whose last digit is not the LV check digit. */
  const ltManCode = '33309240064';

  it("a Lithuanian man's code (3…) is not taken for a Latvian one: foreign national only", async () => {
    const v = await withVault(undefined, 'LV', 'socialOffice');
    const records = createRecordsService(v.context);
    await expect(
      records.saveSubject(v.head, clientSave({ personalCode: ltManCode })),
    ).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'validation.personalCode.foreignOnly',
    });
    const id = await records.saveSubject(v.head, clientSave({ givenNames: 'Petras' }));
    await records.updateClient(v.head, id, {
      foreignNational: true,
      foreignNationalNote: 'Lietuvos pilietis',
    });
    await records.saveSubject(v.head, {
      ...clientSave({ givenNames: 'Petras', personalCode: ltManCode }),
      id,
    });
    expect((await records.getSubject(v.head, id)).subject.personalCode).toBe(ltManCode);
    await expect(
      records.updateClient(v.head, id, { foreignNational: false }),
    ).rejects.toMatchObject({ i18nKey: 'validation.personalCode.foreignOnly' });
  });

  it('in an LV office only for a client marked as a foreign national, with a note', async () => {
    const v = await withVault(undefined, 'LV', 'socialOffice');
    const records = createRecordsService(v.context);
    await expect(
      records.saveSubject(v.head, clientSave({ personalCode: ltCode })),
    ).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'validation.personalCode.foreignOnly',
    });
    const id = await records.saveSubject(
      v.head,
      clientSave({ personalCode: makeValidLvCode('1950-04-04', 5) }),
    );
    // The mark needs its reason even with a home code (the form marks the note required).
    await expect(records.updateClient(v.head, id, { foreignNational: true })).rejects.toMatchObject(
      { code: 'validation', i18nKey: 'validation.foreignNationalNote' },
    );
    await expect(
      records.updateClient(v.head, id, {
        foreignNational: true,
        foreignNationalNote: 'Dubultpilsonība',
      }),
    ).resolves.toBeUndefined();
    const foreign = await records.saveSubject(v.head, clientSave({ givenNames: 'Jonas' }));
    await records.updateClient(v.head, foreign, {
      foreignNational: true,
      foreignNationalNote: 'Lietuvos pilietis, kods izdots Lietuvā',
    });
    await records.saveSubject(v.head, {
      ...clientSave({ givenNames: 'Jonas', personalCode: ltCode }),
      id: foreign,
    });
    const { subject } = await records.getSubject(v.head, foreign);
    expect(subject.personalCode).toBe(ltCode);
    expect(subject.foreignNational).toBe(true);
    // Taking the mark away while the code is foreign is refused: nothing stored silently wrong.
    await expect(
      records.updateClient(v.head, foreign, { foreignNational: false }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'validation.personalCode.foreignOnly' });
  });

  it('a foreign national without a note is refused', async () => {
    const v = await withVault(undefined, 'LV', 'socialOffice');
    const records = createRecordsService(v.context);
    const id = await records.saveSubject(v.head, clientSave());
    await expect(records.updateClient(v.head, id, { foreignNational: true })).rejects.toMatchObject(
      { code: 'validation', i18nKey: 'validation.foreignNationalNote' },
    );
    await expect(
      records.saveSubject(v.head, {
        ...clientSave({ personalCode: ltCode, foreignNational: true }),
        id,
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'validation.foreignNationalNote' });
  });

  it('the record form marks a new client in one save; unticking with the code gone clears the note', async () => {
    const v = await withVault(undefined, 'LV', 'socialOffice');
    const records = createRecordsService(v.context);
    const note = 'Lietuvos pilietė, kods izdots Lietuvā';
    const id = await records.saveSubject(
      v.head,
      clientSave({ personalCode: ltCode, foreignNational: true, foreignNationalNote: note }),
    );
    expect((await records.getSubject(v.head, id)).subject).toMatchObject({
      personalCode: ltCode,
      foreignNational: true,
      foreignNationalNote: note,
    });
    // A save without the box (a form that does not show codes) keeps what is stored.
    await records.saveSubject(v.head, { ...clientSave({ personalCode: ltCode }), id });
    expect((await records.getSubject(v.head, id)).subject.foreignNationalNote).toBe(note);
    // The form's unticked box with the code removed: the mark and its note are gone.
    await records.saveSubject(v.head, {
      ...clientSave({ foreignNational: false, foreignNationalNote: undefined }),
      id,
    });
    const { subject } = await records.getSubject(v.head, id);
    expect(subject.foreignNational).not.toBe(true);
    expect(subject.foreignNationalNote).toBeUndefined();
    expect(subject.personalCode).toBeUndefined();
  });
});
