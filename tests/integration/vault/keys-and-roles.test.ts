import { describe, expect, it } from 'vitest';
import { KEY_CATEGORIES, type KeyCategory } from '@shared/access/roles';
import { open } from '@renderer/data/crypto/aes-gcm';
import { openRow, rowAad, sealRow } from '@renderer/data/db/sealed-row';
import type { SealedFields } from '@renderer/data/db/rows';
import { authorize, keyringFor, type Session } from '@renderer/services';
import { staffSession, withVault, type Harness } from './helpers';
import { SCHEMA_WITH_RECORDS } from './records-schema';

type TestRecord = { id: string; groupId: string; sealed: SealedFields };
const FIELDS = {
  core: { firstName: 'Ūna', lastName: 'Bērziņa' },
  identifiers: { personalCode: '010118-00000' },
  contacts: { phone: '+371 20000000' },
  health: { note: 'test allergy note' },
};

const writeRecord = async (h: Harness, head: Session): Promise<TestRecord> => {
  const keys = keyringFor(authorize(head, 'subject.create')).categories;
  const id = crypto.randomUUID();
  const row: TestRecord = {
    id,
    groupId: 'g1',
    sealed: await sealRow(keys, 'testRecords', id, FIELDS),
  };
  await h.db.table<TestRecord, string>('testRecords').add(row);
  return row;
};

const readDirectly = async (h: Harness, id: string): Promise<TestRecord> => {
  const row = await h.db.table<TestRecord, string>('testRecords').get(id);
  if (!row) throw new Error('row missing');
  return row;
};

/** Tries every key the session holds against a category's box: none may open it. */
const anyKeyOpens = async (
  session: Session,
  row: TestRecord,
  category: KeyCategory,
): Promise<boolean> => {
  const box = row.sealed[category];
  if (!box) throw new Error('box missing');
  for (const key of keyringFor(authorize(session, 'group.view')).categories.values()) {
    try {
      await open(key, box, rowAad('testRecords', row.id, category));
      return true;
    } catch {
      /* expected for foreign keys */
    }
  }
  return false;
};

const heldCategories = (session: Session): KeyCategory[] =>
  KEY_CATEGORIES.filter((c) => keyringFor(authorize(session, 'group.view')).categories.has(c));

describe('category keys per role', () => {
  it("a teacher's session cannot decrypt identifiers or health, even reading the table directly", async () => {
    const h = await withVault(SCHEMA_WITH_RECORDS);
    const written = await writeRecord(h, h.head);
    const { session: teacher } = await staffSession(h, h.head, 'teacher', 'skolotaja', ['g1']);
    const row = await readDirectly(h, written.id);
    const keys = keyringFor(
      authorize(teacher, 'subject.view', { subjectGroupId: 'g1' }),
    ).categories;
    expect(await openRow<typeof FIELDS>(keys, 'testRecords', row)).toEqual({
      core: FIELDS.core,
      contacts: FIELDS.contacts,
    });
    expect(await anyKeyOpens(teacher, row, 'identifiers')).toBe(false);
    expect(await anyKeyOpens(teacher, row, 'health')).toBe(false);
    expect(heldCategories(teacher)).toEqual(['core', 'contacts']);
    // The head, holding every key, reads it all.
    expect(
      await openRow(keyringFor(authorize(h.head, 'subject.view')).categories, 'testRecords', row),
    ).toEqual(FIELDS);
  });

  it('a sealed box cannot be moved to another row or category', async () => {
    const h = await withVault(SCHEMA_WITH_RECORDS);
    const a = await writeRecord(h, h.head);
    const b = await writeRecord(h, h.head);
    const keys = keyringFor(authorize(h.head, 'subject.view')).categories;
    await expect(
      openRow(keys, 'testRecords', { id: b.id, sealed: { core: a.sealed.core } }),
    ).rejects.toMatchObject({ code: 'crypto' });
    await expect(
      openRow(keys, 'testRecords', { id: a.id, sealed: { contacts: a.sealed.core } }),
    ).rejects.toMatchObject({ code: 'crypto' });
    await expect(openRow(keys, 'users', a)).rejects.toMatchObject({ code: 'crypto' });
  });

  it('a role change re-grants keys: teacher -> secretary gains identifiers, and back loses them', async () => {
    const h = await withVault(SCHEMA_WITH_RECORDS);
    const written = await writeRecord(h, h.head);
    const { userId, password } = await staffSession(h, h.head, 'teacher', 'maija', ['g1']);

    await h.staff.changeRole(h.head, userId, 'secretary', []);
    const asSecretary = await h.vault.unlock('maija', password);
    expect(asSecretary.role).toBe('secretary');
    expect(heldCategories(asSecretary)).toEqual(['core', 'identifiers', 'contacts']);
    expect(keyringFor(authorize(asSecretary, 'subject.view')).blindIndex).toBeDefined();
    const opened = await openRow<typeof FIELDS>(
      keyringFor(authorize(asSecretary, 'subject.view')).categories,
      'testRecords',
      await readDirectly(h, written.id),
    );
    expect(opened.identifiers).toEqual(FIELDS.identifiers);
    expect(opened.health).toBeUndefined();

    await h.staff.changeRole(h.head, userId, 'teacher', ['g1']);
    const asTeacher = await h.vault.unlock('maija', password);
    expect(heldCategories(asTeacher)).toEqual(['core', 'contacts']);
    expect(keyringFor(authorize(asTeacher, 'group.view')).blindIndex).toBeUndefined();
    const names = (await h.db.grants.where('principalId').equals(userId).toArray())
      .map((g) => g.keyName)
      .sort();
    expect(names).toEqual(['audit', 'contacts', 'core']);
    expect(await anyKeyOpens(asTeacher, await readDirectly(h, written.id), 'identifiers')).toBe(
      false,
    );
  });

  it('in-memory keys are non-extractable', async () => {
    const h = await withVault();
    const keyring = keyringFor(authorize(h.head, 'subject.view'));
    for (const key of [...keyring.categories.values(), keyring.audit, keyring.privateKey])
      expect(key.extractable).toBe(false);
  });

  it('only the head manages staff', async () => {
    const h = await withVault();
    const { session } = await staffSession(h, h.head, 'secretary', 'sekretare');
    await expect(h.staff.listUsers(session)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      h.staff.createUser(session, {
        username: 'x1',
        displayName: 'X',
        role: 'head',
        groupIds: [],
        initialPassword: 'whatever-pass-1',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      h.staff.createUser(h.head, {
        username: 'SEKRETARE',
        displayName: 'Y',
        role: 'teacher',
        groupIds: [],
        initialPassword: 'whatever-pass-1',
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.usernameTaken' });
  });
});
