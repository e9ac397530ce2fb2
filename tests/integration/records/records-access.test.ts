import { beforeAll, describe, expect, it } from 'vitest';
import { createConsentRecordsPort } from '@renderer/services/records';
import { childSave, CODE_1, CODE_2, recordsVault, type RecordsVault } from './records-harness';

let v: RecordsVault;
let inA: string;
let inB: string;

beforeAll(async () => {
  v = await recordsVault();
  inA = await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ personalCode: CODE_1, birthDate: '2020-03-15' }, v.groupA.id),
  );
  inB = await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ givenNames: 'Roberts', familyName: 'Šķēle', personalCode: CODE_2 }, v.groupB.id),
  );
  await v.records.setHealthNotes(v.sessions.nurse, inA, 'Alerģija pret riekstiem');
}, 120_000);

describe('records service: create and read', () => {
  it('stores a subject with two linked representatives and reads it back whole for the head', async () => {
    const { subject, representatives } = await v.records.getSubject(v.sessions.head, inA);
    expect(subject).toMatchObject({
      givenNames: 'Anniņa',
      familyName: 'Ūzuliņa',
      personalCode: CODE_1,
      groupId: v.groupA.id,
      status: 'active',
      healthNotes: 'Alerģija pret riekstiem',
    });
    expect(representatives.map((r) => [r.givenNames, r.relation, r.phone])).toEqual([
      ['Līga', 'mother', '+371 20000001'],
      ['Jānis', 'father', '+371 20000002'],
    ]);
    expect(representatives[1]?.custodyNotes).toBe('Dzīvo atsevišķi');
  });

  it('refuses invalid input with the domain schema key and the field', async () => {
    await expect(
      v.records.saveSubject(v.sessions.secretary, childSave({ givenNames: '' })),
    ).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'validation.required',
      details: { field: 'givenNames' },
    });
    await expect(
      v.records.saveSubject(v.sessions.secretary, childSave({ personalCode: '12345678901' })),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('updates in place and removes links left out of the save', async () => {
    const id = await v.records.saveSubject(
      v.sessions.secretary,
      childSave({ givenNames: 'Elza', familyName: 'Kalniņa' }, v.groupA.id),
    );
    const before = await v.records.getSubject(v.sessions.secretary, id);
    const keep = before.representatives[0];
    if (!keep) throw new Error('no representative');
    const { linkId, relation, id: representativeId, custodyNotes: _c, ...draft } = keep;
    await v.records.saveSubject(v.sessions.secretary, {
      id,
      draft: {
        kind: 'child',
        givenNames: 'Elza Marija',
        familyName: 'Kalniņa',
        groupId: v.groupA.id,
      },
      status: 'active',
      representatives: [
        { linkId, representativeId, relation, draft: { ...draft, phone: '+371 29999999' } },
      ],
    });
    const after = await v.records.getSubject(v.sessions.secretary, id);
    expect(after.subject.givenNames).toBe('Elza Marija');
    expect(after.representatives).toHaveLength(1);
    expect(after.representatives[0]).toMatchObject({
      id: representativeId,
      phone: '+371 29999999',
    });
  });
});

describe('records service: roles', () => {
  it('scopes a teacher to their own groups, without personal codes or health', async () => {
    const list = await v.records.listSubjects(v.sessions.teacher);
    expect(list.map((s) => s.id)).toContain(inA);
    expect(list.map((s) => s.id)).not.toContain(inB);
    expect(list.every((s) => s.personalCode === undefined && s.healthNotes === undefined)).toBe(
      true,
    );
    const detail = await v.records.getSubject(v.sessions.teacher, inA);
    expect(detail.subject.personalCode).toBeUndefined();
    expect(detail.representatives[0]?.phone).toBe('+371 20000001');
    await expect(v.records.getSubject(v.sessions.teacher, inB)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await v.records.listGroups(v.sessions.teacher)).map((g) => g.id)).toEqual([
      v.groupA.id,
    ]);
  });

  it('refuses writes to roles without them', async () => {
    await expect(v.records.saveSubject(v.sessions.teacher, childSave())).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      v.records.saveSubject(v.sessions.nurse, { ...childSave(), id: inA }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      v.records.createGroup(v.sessions.secretary, { name: 'X', yearBand: '', teacherIds: [] }),
    ).resolves.toBeDefined();
    await expect(
      v.records.createGroup(v.sessions.teacher, { name: 'Y', yearBand: '', teacherIds: [] }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(v.records.setHealthNotes(v.sessions.secretary, inA, 'x')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(v.records.importRows(v.sessions.accountant, [])).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('shows codes to the accountant but health only to head and nurse', async () => {
    const accountant = await v.records.getSubject(v.sessions.accountant, inA);
    expect(accountant.subject.personalCode).toBe(CODE_1);
    expect(accountant.subject.healthNotes).toBeUndefined();
    expect((await v.records.getSubject(v.sessions.nurse, inA)).subject).toMatchObject({
      healthNotes: 'Alerģija pret riekstiem',
    });
    expect(
      (await v.records.getSubject(v.sessions.nurse, inA)).subject.personalCode,
    ).toBeUndefined();
    expect(
      (await v.records.getSubject(v.sessions.secretary, inA)).subject.healthNotes,
    ).toBeUndefined();
  });

  it('keeps the other categories intact when a role without their keys saves', async () => {
    await v.records.saveSubject(v.sessions.secretary, {
      ...childSave(
        { personalCode: CODE_1, birthDate: '2020-03-15', notes: 'Piezīme' },
        v.groupA.id,
      ),
      id: inA,
    });
    expect((await v.records.getSubject(v.sessions.head, inA)).subject.healthNotes).toBe(
      'Alerģija pret riekstiem',
    );
    await v.records.setHealthNotes(v.sessions.nurse, inA, 'Alerģija pret riekstiem');
    expect((await v.records.getSubject(v.sessions.head, inA)).subject.personalCode).toBe(CODE_1);
  });

  it('gives the methodologist names but no contacts (no contacts key)', async () => {
    const detail = await v.records.getSubject(v.sessions.methodologist, inA);
    expect(detail.subject.familyName).toBe('Ūzuliņa');
    expect(
      detail.representatives.every((r) => r.phone === undefined && r.email === undefined),
    ).toBe(true);
  });
});

describe('records service: restriction', () => {
  it('hides a restricted record from everyday roles and keeps it for head and secretary', async () => {
    const id = await v.records.saveSubject(
      v.sessions.secretary,
      childSave({ givenNames: 'Ģirts', familyName: 'Ozoliņš' }, v.groupA.id),
    );
    await expect(
      v.records.setRestriction(v.sessions.teacher, id, {
        reason: 'Pieprasījums',
        since: '2025-02-01',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await v.records.setRestriction(v.sessions.secretary, id, {
      reason: 'Pieprasījums',
      since: '2025-02-01',
    });
    expect((await v.records.listSubjects(v.sessions.teacher)).map((s) => s.id)).not.toContain(id);
    expect((await v.records.listSubjects(v.sessions.nurse)).map((s) => s.id)).not.toContain(id);
    await expect(v.records.getSubject(v.sessions.teacher, id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const head = await v.records.getSubject(v.sessions.head, id);
    expect(head.subject.restriction).toEqual({ reason: 'Pieprasījums', since: '2025-02-01' });
    await v.records.setRestriction(v.sessions.head, id, null);
    expect((await v.records.listSubjects(v.sessions.teacher)).map((s) => s.id)).toContain(id);
  });
});

describe('records service: blind index and storage', () => {
  it('refuses a second subject with the same personal code, in any spelling', async () => {
    const spaced = `${CODE_1.slice(0, 6)}-${CODE_1.slice(6)}`;
    await expect(
      v.records.saveSubject(v.sessions.secretary, childSave({ personalCode: spaced })),
    ).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'records.errors.duplicateCode',
      details: { field: 'personalCode' },
    });
    expect(await v.records.codeExists(v.sessions.secretary, spaced)).toBe(true);
    expect(await v.records.codeExists(v.sessions.secretary, '010101-10005')).toBe(false);
    await expect(v.records.codeExists(v.sessions.teacher, CODE_1)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('writes no name, code, phone or note in clear, and audits ids only', async () => {
    const tables = ['subjects', 'representatives', 'representativeLinks', 'groups', 'audit'];
    const dump = JSON.stringify(await Promise.all(tables.map((t) => v.db.table(t).toArray())));
    for (const secret of [
      'Ūzuliņa',
      'Anniņa',
      CODE_1,
      CODE_2,
      '20000001',
      'Alerģija',
      'Zīlītes',
      'example.lv',
      'Dzīvo',
    ]) {
      expect(dump).not.toContain(secret);
    }
    const row = await v.db.table<Record<string, unknown>, string>('subjects').get(inA);
    // No code index either: it lives in the keybook, where erasure really removes it. The
    // caseloads (worker ids, issue 11) are empty for a child.
    expect((row as { caseloads?: unknown }).caseloads).toEqual([]);
    expect(Object.keys(row as object).sort()).toEqual([
      'caseloads',
      'createdAt',
      'groupId',
      'id',
      'kind',
      'restricted',
      'sealed',
      'status',
      'updatedAt',
    ]);
    // The audited actions happen here, so the test holds when run alone or in any order.
    const auditedBefore = await v.db.table('audit').count();
    await v.records.getSubject(v.sessions.head, inA);
    await v.records.listSubjects(v.sessions.head);
    await v.records.setRestriction(v.sessions.secretary, inA, {
      reason: 'Pieprasījums',
      since: '2025-02-01',
    });
    await v.records.setRestriction(v.sessions.secretary, inA, null);
    const entries = (await v.db.table('audit').toArray()) as { action: string; entityId: string }[];
    expect(entries.map((r) => r.action)).toEqual(
      expect.arrayContaining(['subject.create', 'group.create']),
    );
    const mine = entries.slice(auditedBefore);
    expect(mine.map((r) => r.action)).toEqual(
      expect.arrayContaining(['subject.view', 'subject.list', 'subject.restrict']),
    );
    expect(mine.filter((r) => r.action !== 'subject.list').every((r) => r.entityId === inA)).toBe(
      true,
    );
  });
});

describe('records service: groups', () => {
  it('audits closing and reopening a group as what they are, not as an edit', async () => {
    const group = await v.records.createGroup(v.sessions.head, {
      name: 'Pūcītes',
      yearBand: '2022',
      teacherIds: [],
    });
    await v.records.setGroupStatus(v.sessions.head, group.id, 'closed');
    await v.records.setGroupStatus(v.sessions.head, group.id, 'active');
    const rows = (await v.db.table('audit').toArray()) as { action: string; entityId: string }[];
    expect(rows.filter((r) => r.entityId === group.id).map((r) => r.action)).toEqual([
      'group.create',
      'group.close',
      'group.reopen',
    ]);
  });
});

describe('createConsentRecordsPort', () => {
  it('serves the consent capability with the records permission checks', async () => {
    const port = createConsentRecordsPort(v.records);
    expect(await port.subject(v.sessions.teacher, inA)).toMatchObject({
      id: inA,
      familyName: 'Ūzuliņa',
      groupId: v.groupA.id,
      restricted: false,
    });
    expect((await port.representatives(v.sessions.teacher, inA)).map((r) => r.givenNames)).toEqual([
      'Līga',
      'Jānis',
    ]);
    expect((await port.groupMembers(v.sessions.teacher, v.groupA.id)).map((s) => s.id)).toContain(
      inA,
    );
    expect(await port.group(v.sessions.teacher, v.groupA.id)).toEqual({
      id: v.groupA.id,
      name: 'Zīlītes',
    });
    await expect(port.subject(v.sessions.teacher, inB)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(port.group(v.sessions.teacher, v.groupB.id)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
