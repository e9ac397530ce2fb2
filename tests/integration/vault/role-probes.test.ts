// Role probes: read the raw database and the keybook with EVERY key a session can reach (its
// grants, the scope keys its category keys open, every data key those open) and try each one on
// every sealed box. What opens is what the role could read by bypassing the services entirely.
import { beforeAll, describe, expect, it } from 'vitest';
import { authorize, keyringFor, type Session } from '@renderer/services';
import { opened, reachableKeys, rowOf, type Row } from './raw-probe';
import { childSave, CODE_1, recordsVault, type RecordsVault } from '../records/records-harness';
import { staffSession } from './helpers';

let v: RecordsVault;
let inA: string;
let inB: string;
let restrictedA: string;
let leftA: string;
let teacherB: Session;

beforeAll(async () => {
  v = await recordsVault();
  const secretary = v.sessions.secretary;
  inA = await v.records.saveSubject(secretary, childSave({ personalCode: CODE_1 }, v.groupA.id));
  await v.records.setHealthNotes(v.sessions.nurse, inA, 'Alerģija');
  inB = await v.records.saveSubject(secretary, childSave({ givenNames: 'Roberts' }, v.groupB.id));
  restrictedA = await v.records.saveSubject(
    secretary,
    childSave({ givenNames: 'Rasa' }, v.groupA.id),
  );
  await v.records.setRestriction(secretary, restrictedA, {
    reason: 'Art. 18',
    since: '2025-02-01',
  });
  const left = childSave({ givenNames: 'Laura' }, v.groupA.id);
  leftA = await v.records.saveSubject(secretary, { ...left, status: 'left' });
  teacherB = (await staffSession(v, v.head, 'teacher', 'skolotajab', [v.groupB.id])).session;
}, 180_000);

describe('role probes: a teacher reading the database directly', () => {
  it("opens her group's current children (names, parents' contacts) and nothing else", async () => {
    const keys = await reachableKeys(v, v.sessions.teacher);
    expect(await opened(keys, 'subjects', await rowOf(v, 'subjects', inA))).toEqual(['core']);
    for (const other of [inB, restrictedA, leftA])
      expect(await opened(keys, 'subjects', await rowOf(v, 'subjects', other))).toEqual([]);
    const links = await v.db
      .table<Row & { subjectId: string; representativeId: string }>('representativeLinks')
      .toArray();
    for (const link of links) {
      const rep = await rowOf(v, 'representatives', link.representativeId);
      const expected = link.subjectId === inA ? ['contacts', 'core'] : [];
      expect({ subject: link.subjectId, rep: await opened(keys, 'representatives', rep) }).toEqual({
        subject: link.subjectId,
        rep: expected,
      });
    }
    // Her key set: org, audit and her group's scope keys; no category key at all.
    const keyring = keyringFor(authorize(v.sessions.teacher, 'group.view'));
    expect(keyring.categoryKeys.size).toBe(0);
    expect([...keyring.scopes.keys()]).toEqual([`group:${v.groupA.id}`]);
  });

  it('follows a child moved to another group: the old teacher loses it, the new one gains it', async () => {
    const moved = await v.records.saveSubject(
      v.sessions.secretary,
      childSave({ givenNames: 'Mārcis' }, v.groupA.id),
    );
    const before = await reachableKeys(v, v.sessions.teacher);
    expect(await opened(before, 'subjects', await rowOf(v, 'subjects', moved))).toEqual(['core']);
    const detail = await v.records.getSubject(v.sessions.secretary, moved);
    await v.records.saveSubject(v.sessions.secretary, {
      id: moved,
      draft: { ...childSave().draft, givenNames: 'Mārcis', groupId: v.groupB.id },
      status: 'active',
      representatives: detail.representatives.map((r) => ({
        linkId: r.linkId,
        representativeId: r.id,
        draft: r,
        relation: r.relation,
      })),
    });
    const teacherA = await v.vault.unlock('user-teacher', 'own-passphrase-2');
    expect(
      await opened(await reachableKeys(v, teacherA), 'subjects', await rowOf(v, 'subjects', moved)),
    ).toEqual([]);
    expect(
      await opened(await reachableKeys(v, teacherB), 'subjects', await rowOf(v, 'subjects', moved)),
    ).toEqual(['core']);
  });

  it('ending an assignment removes the grant: she opens nothing of the group any more', async () => {
    const { userId, password } = await staffSession(v, v.head, 'teacher', 'aizvietotaja', [
      v.groupA.id,
    ]);
    const substitute = await v.vault.unlock('aizvietotaja', password);
    expect(
      await opened(await reachableKeys(v, substitute), 'subjects', await rowOf(v, 'subjects', inA)),
    ).toEqual(['core']);
    await v.staff.changeRole(v.head, userId, 'teacher', []);
    const names = (await v.db.grants.where('principalId').equals(userId).toArray()).map(
      (g) => g.keyName,
    );
    expect(names.sort()).toEqual(['audit', 'org']);
    const after = await v.vault.unlock('aizvietotaja', password);
    expect(
      await opened(await reachableKeys(v, after), 'subjects', await rowOf(v, 'subjects', inA)),
    ).toEqual([]);
  });
});

describe('role probes: institution-wide roles', () => {
  it('secretary: all but health; nurse: names and health; accountant: codes, no health', async () => {
    const row = await rowOf(v, 'subjects', inA);
    expect(await opened(await reachableKeys(v, v.sessions.secretary), 'subjects', row)).toEqual([
      'core',
      'identifiers',
    ]);
    expect(await opened(await reachableKeys(v, v.sessions.nurse), 'subjects', row)).toEqual([
      'core',
      'health',
    ]);
    expect(await opened(await reachableKeys(v, v.sessions.accountant), 'subjects', row)).toEqual([
      'core',
      'identifiers',
    ]);
    expect(await opened(await reachableKeys(v, v.sessions.methodologist), 'subjects', row)).toEqual(
      ['core'],
    );
  });

  it('keeps every key in memory non-extractable', async () => {
    const keyring = keyringFor(authorize(v.sessions.head, 'subject.view'));
    const people = await keyring.people.keysOf(inA);
    expect(people.size).toBe(3);
    for (const key of [
      keyring.org,
      keyring.audit,
      keyring.privateKey,
      ...keyring.categoryKeys.values(),
      ...[...keyring.scopes.values()].flatMap((m) => [...m.values()]),
      ...people.values(),
    ])
      expect(key.extractable).toBe(false);
  });

  it('binds a box to its row and category: moved elsewhere it opens for no one', async () => {
    const keys = await reachableKeys(v, v.sessions.head);
    const a = await rowOf(v, 'subjects', inA);
    const b = await rowOf(v, 'subjects', inB);
    expect(await opened(keys, 'subjects', { id: b.id, sealed: { core: a.sealed.core } })).toEqual(
      [],
    );
    expect(await opened(keys, 'subjects', { id: a.id, sealed: { health: a.sealed.core } })).toEqual(
      [],
    );
    expect(await opened(keys, 'users', a)).toEqual([]);
  });

  it('only the head manages staff', async () => {
    await expect(v.staff.listUsers(v.sessions.secretary)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      v.staff.createUser(v.head, {
        username: 'USER-SECRETARY',
        displayName: 'Y',
        role: 'teacher',
        groupIds: [],
        initialPassword: 'whatever-pass-1',
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.usernameTaken' });
  });
});
