// Caseloads (issue 11): a social office in LT with clients assigned by the head. Each role sees
// what its duties need, through the services AND by the keys: the raw-database probe tries every
// key a session reaches on every sealed box of a client.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@renderer/services';
import { opened, reachableKeys, rowOf } from '../vault/raw-probe';
import {
  clientSave,
  LT_CODE_1,
  LT_CODE_2,
  socialOffice,
  type SocialOffice,
} from './social-harness';

let o: SocialOffice;
let shared: string;
let other: string;
let repOfShared: string;

const SERVICE = {
  id: 'svc-1',
  name: 'Pagalba į namus',
  decisionNumber: 'SP-2025/14',
  startedOn: '2025-01-10',
};

beforeAll(async () => {
  o = await socialOffice();
  shared = await o.records.saveSubject(o.head, clientSave({ personalCode: LT_CODE_1 }));
  await o.records.setHealthNotes(o.head, shared, 'Cukrinis diabetas');
  await o.records.updateClient(o.head, shared, {
    contacts: { declaredAddress: 'Testų g. 1, Vilnius', phone: '+370 60000002' },
    social: { familySituation: 'Gyvena viena', property: 'Butas' },
    financial: {
      bankAccount: 'LT12 1000 0111 0100 1000',
      benefits: [{ name: 'Socialinė pašalpa', monthlyAmountCents: 12050 }],
    },
    careNotes: 'Pirmadieniais pirkiniai',
    services: [{ ...SERVICE, responsibleWorkerId: o.socialWorker.userId }],
  });
  await o.records.assignCaseload(o.head, shared, [o.socialWorker.userId, o.careWorker.userId]);
  other = await o.records.saveSubject(
    o.head,
    clientSave({ givenNames: 'Petras', personalCode: LT_CODE_2 }),
  );
  await o.records.updateClient(o.head, other, { careNotes: 'Antradieniais' });
  await o.records.assignCaseload(o.head, other, [o.otherCareWorker.userId]);
  repOfShared = (await o.records.getSubject(o.head, shared)).representatives[0]?.id ?? '';
}, 120_000);

const probe = async (session: Session, id: string, table = 'subjects') =>
  opened(await reachableKeys(o, session), table, await rowOf(o, table, id));

describe('care worker', () => {
  it("sees her clients' name, address, phone and care notes, nothing else", async () => {
    const s = o.careWorker.session;
    expect((await o.records.listSubjects(s)).map((c) => c.givenNames)).toEqual(['Ona']);
    const { subject, representatives } = await o.records.getSubject(s, shared);
    expect(subject.contacts?.declaredAddress).toBe('Testų g. 1, Vilnius');
    expect(subject.careNotes).toBe('Pirmadieniais pirkiniai');
    expect(subject.social).toBeUndefined();
    expect(subject.financial).toBeUndefined();
    expect(subject.personalCode).toBeUndefined();
    expect(subject.healthNotes).toBeUndefined();
    expect(representatives).toEqual([]);
  });

  it('the raw database opens only core, contacts and care for her client, nothing of others', async () => {
    const s = o.careWorker.session;
    expect(await probe(s, shared)).toEqual(['care', 'contacts', 'core']);
    expect(await probe(s, other)).toEqual([]);
    expect(await probe(s, repOfShared, 'representatives')).toEqual([]);
  });

  it('writes care notes, and is forbidden anything else or another caseload', async () => {
    const s = o.careWorker.session;
    await o.records.updateClient(s, shared, { careNotes: 'Pirmadieniais ir ketvirtadieniais' });
    await expect(
      o.records.updateClient(s, shared, { social: { familySituation: 'x' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(o.records.getSubject(s, other)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(o.records.updateClient(s, other, { careNotes: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const social = (await o.records.getSubject(o.socialWorker.session, shared)).subject;
    expect(social.careNotes).toBe('Pirmadieniais ir ketvirtadieniais');
    expect(social.social?.familySituation).toBe('Gyvena viena');
  });
});

describe('accountant', () => {
  it('sees identification and finances of every client, never social, health or care', async () => {
    const s = o.accountant.session;
    const { subject } = await o.records.getSubject(s, shared);
    expect(subject.personalCode).toBe(LT_CODE_1);
    expect(subject.financial?.bankAccount).toBe('LT121000011101001000');
    expect(subject.financial?.benefits).toEqual([
      { name: 'Socialinė pašalpa', monthlyAmountCents: 12050 },
    ]);
    expect(subject.social).toBeUndefined();
    expect(subject.healthNotes).toBeUndefined();
    expect(subject.careNotes).toBeUndefined();
    expect(await probe(s, shared)).toEqual(['contacts', 'core', 'financial', 'identifiers']);
    expect(await probe(s, other)).toEqual(['core', 'identifiers']);
  });

  it('edits finances only', async () => {
    const s = o.accountant.session;
    await o.records.updateClient(s, shared, {
      financial: { bankAccount: 'LT121000011101001000', benefits: [] },
    });
    await expect(o.records.updateClient(s, shared, { careNotes: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await o.records.getSubject(o.head, shared)).subject.careNotes).toBe(
      'Pirmadieniais ir ketvirtadieniais',
    );
  });
});

describe('social worker', () => {
  it('reads every category of her client but finances, in keys as in the service', async () => {
    const s = o.socialWorker.session;
    const { subject } = await o.records.getSubject(s, shared);
    expect(subject.financial).toBeUndefined();
    expect(subject.healthNotes).toBe('Cukrinis diabetas');
    expect(subject.services?.[0]?.decisionNumber).toBe('SP-2025/14');
    expect(await probe(s, shared)).toEqual([
      'care',
      'contacts',
      'core',
      'health',
      'identifiers',
      'social',
    ]);
    expect(await probe(s, other)).toEqual([]);
    await expect(
      o.records.updateClient(s, shared, { financial: { bankAccount: 'LT121000011101001000' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('ending an assignment', () => {
  it("takes the client out of the worker's caseload: the service and the keys refuse", async () => {
    const h = await socialOffice();
    const id = await h.records.saveSubject(h.head, clientSave());
    await h.records.updateClient(h.head, id, {
      careNotes: 'Vaistai',
      contacts: { phone: '+370 60000003' },
    });
    await h.records.assignCaseload(h.head, id, [h.careWorker.userId]);
    expect(await probe2(h, h.careWorker.session, id)).toEqual(['care', 'contacts', 'core']);
    await h.records.assignCaseload(h.head, id, []);
    const again = await h.vault.unlock('lankoma', h.careWorker.password);
    expect(await h.records.listSubjects(again)).toEqual([]);
    await expect(h.records.getSubject(again, id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await probe2(h, again, id)).toEqual([]);
  });

  it('the head alone assigns, and only to active social or care workers', async () => {
    await expect(
      o.records.assignCaseload(o.secretary.session, shared, [o.careWorker.userId]),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      o.records.assignCaseload(o.head, shared, [o.accountant.userId]),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});

const probe2 = async (h: SocialOffice, session: Session, id: string) =>
  opened(await reachableKeys(h, session), 'subjects', await rowOf(h, 'subjects', id));
