// The key migration's placements and refusals (renderer/src/data/keys/key-migration.ts), on the
// register written by the version before per-person keys (tests/fixtures/vault-v20): a parent's
// key goes where her children are and nowhere else, a child's form goes under the child's key,
// a user who has left gets no key, and the conversion refuses to start without every category
// key or without the register's own row.
import { describe, expect, it } from 'vitest';
import { openSlot } from '@renderer/data/vault/principals';
import { Keybook } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { migrateToPersonKeys } from '@renderer/data/keys/key-migration';
import type { UserRow } from '@renderer/data/db/rows';
import { snapshotVault } from './helpers';
import { fixture, open, previousRegister } from './key-migration-harness';

/** The group scopes a person's keys sit in after the conversion, sorted. */
const groupScopesOf = async (files: ReturnType<typeof memoryKeybookFiles>, ownerId: string) => {
  const book = new Keybook(files);
  await book.load();
  return [
    ...new Set(
      book
        .entriesOfOwner(ownerId)
        .map((e) => e.scopeId)
        .filter((s) => s.startsWith('group:')),
    ),
  ].sort();
};

/** A user's id and private key, opened with her password as an unlock would. */
const principalOf = async (r: ReturnType<typeof open>, role: UserRow['role'], secret: string) => {
  const user = (await r.db.users.toArray()).find((u) => u.role === role) as UserRow;
  const slot = (await r.db.slots.where('principalId').equals(user.id).toArray())[0];
  if (!slot) throw new Error('no slot');
  return { id: user.id, privateKey: await openSlot(slot, secret) };
};

describe('key migration: where the keys go', () => {
  it("places each parent's keys in the groups of her own children only", async () => {
    const r = open(await previousRegister());
    const head = await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const { first, sibling, noGroup } = fixture.subjects;
    const one = await r.records.getSubject(head, first);
    const groupOf = async (id: string) =>
      `group:${String((await r.records.getSubject(head, id)).subject.groupId)}`;
    const [mother, father] = one.representatives.map((p) => p.id);
    const guardian = (await r.records.getSubject(head, noGroup)).representatives[0]?.id;
    // The mother has a child in each group, the father one in the first, the guardian's child
    // (restricted) in none.
    expect(await groupScopesOf(r.keybook, mother ?? '')).toEqual(
      [await groupOf(first), await groupOf(sibling)].sort(),
    );
    expect(await groupScopesOf(r.keybook, father ?? '')).toEqual([await groupOf(first)]);
    expect(await groupScopesOf(r.keybook, guardian ?? '')).toEqual([]);
    // So the teacher of the first child's group reads both parents' phones.
    const teacher = await r.services.vault.unlock('skolotaja', fixture.staffPassword);
    expect(
      (await r.records.getSubject(teacher, first)).representatives.map((p) => p.phone),
    ).toEqual(['+371 20000001', '+371 20000002']);
  });

  it("seals a child's forms under the child's keys and a blank form under the org key", async () => {
    const r = open(await previousRegister());
    await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const forms = await r.db
      .table<{ subjectId: string | null; sealed: object }>('consentForms')
      .toArray();
    const boxes = (childForms: boolean) =>
      forms
        .filter((f) => (f.subjectId !== null) === childForms)
        .map((f) => Object.keys(f.sealed).sort());
    expect(boxes(false)).toEqual([['org']]);
    expect(boxes(true)).toHaveLength(2);
    for (const categories of boxes(true)) expect(categories).not.toContain('org');
  });

  it('gives a user who has left no key at all, and takes back the ones she held', async () => {
    const name = await previousRegister();
    const before = open(name);
    const nurse = (await before.db.users.toArray()).find((u) => u.role === 'nurse') as UserRow;
    await before.db.users.update(nurse.id, { status: 'deactivated' });
    expect(await before.db.grants.where('principalId').equals(nurse.id).count()).toBeGreaterThan(0);
    await before.services.vault.unlock(fixture.head.username, fixture.head.password);
    expect(await before.db.grants.where('principalId').equals(nurse.id).toArray()).toEqual([]);
    const teacher = (await before.db.users.toArray()).find((u) => u.role === 'teacher');
    expect(
      await before.db.grants
        .where('principalId')
        .equals(teacher?.id ?? '')
        .count(),
    ).toBeGreaterThan(0);
  });
});

describe('key migration: refusals before anything is written', () => {
  it('refuses a principal without every category key (a teacher), changing nothing', async () => {
    const r = open(await previousRegister());
    await r.db.open();
    const before = await snapshotVault(r.db);
    const teacher = await principalOf(r, 'teacher', fixture.staffPassword);
    await expect(
      migrateToPersonKeys(r.db, new Keybook(r.keybook), teacher.id, teacher.privateKey, new Date()),
    ).rejects.toMatchObject({ code: 'forbidden', i18nKey: 'errors.upgradeNeedsHead' });
    expect(await snapshotVault(r.db)).toEqual(before);
    expect(r.keybook.files.size).toBe(0);
  });

  it("refuses a register without its own row ('vault' in meta) as not found", async () => {
    const r = open(await previousRegister());
    await r.db.open();
    const head = await principalOf(r, 'head', fixture.head.password);
    await r.db.meta.delete('vault');
    await expect(
      migrateToPersonKeys(r.db, new Keybook(r.keybook), head.id, head.privateKey, new Date()),
    ).rejects.toMatchObject({ code: 'not-found', i18nKey: 'errors.noVault' });
    expect(r.keybook.files.size).toBe(0);
  });
});
