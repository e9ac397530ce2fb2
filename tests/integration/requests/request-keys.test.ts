// Which keys seal a request and a disclosure (docs/security-model.md, "Requests and
// disclosures"): an item key of the person it is about, in the institution scope only, so a
// teacher holding the child's own keys still opens no request; a request moved to another person
// moves to a new key; and destroying the person's keys (what erasure does) shreds the personal
// part of their requests while the register facts (number, type, status, dates) stay listed.
import { beforeAll, describe, expect, it } from 'vitest';
import { INSTITUTION_SCOPE } from '@renderer/data/keys/scopes';
import { requestKeyId } from '@renderer/data/requests/requests-codec';
import { keyringOf } from '@renderer/data/session/session';
import { accessInput, requestsVault, type RequestsVault } from './requests-harness';

let v: RequestsVault;
beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

const placements = (keyId: string) =>
  v.context.keybook
    .entriesOfKey(keyId)
    .map((e) => [e.ownerId, e.scopeId, e.category, e.item] as const);

describe('request and disclosure keys', () => {
  it("seals a request under an item key of the child, which the child's teacher does not hold", async () => {
    const { id } = await v.requests.register(v.secretary, accessInput(v));
    const keyId = requestKeyId({ id, subjectId: v.childId });
    expect(placements(keyId)).toEqual([[v.childId, INSTITUTION_SCOPE, 'identifiers', true]]);
    const teacherKeys = keyringOf(v.teacher).people;
    expect((await teacherKeys.keysOf(v.childId, ['core'])).has('core')).toBe(true);
    expect(await teacherKeys.itemKey(keyId)).toBeUndefined();
    expect(await keyringOf(v.secretary).people.itemKey(keyId)).toBeDefined();
  });

  it('seals a disclosure under an item key of the child', async () => {
    const id = await v.requests.recordDisclosure(v.secretary, {
      subjectId: v.childId,
      on: '2025-02-20',
      recipient: 'Bāriņtiesa',
      categories: ['identity'],
      legalBasis: 'legal-obligation',
    });
    expect(placements(requestKeyId({ id, subjectId: v.childId }))).toEqual([
      [v.childId, INSTITUTION_SCOPE, 'identifiers', true],
    ]);
    expect((await v.requests.listDisclosures(v.head, v.childId)).map((d) => d.recipient)).toContain(
      'Bāriņtiesa',
    );
  });

  it('moves a request to a new key when it turns out to be about someone else', async () => {
    const { id } = await v.requests.register(v.secretary, accessInput(v));
    const childKey = requestKeyId({ id, subjectId: v.childId });
    expect(placements(childKey)).toHaveLength(1);
    await v.requests.update(
      v.secretary,
      id,
      accessInput(v, {
        subjectId: null,
        description: 'Cits bērns, nav reģistrā',
        requester: { kind: 'data-subject' },
      }),
    );
    expect(placements(childKey)).toEqual([]);
    expect(placements(requestKeyId({ id, subjectId: null }))).toEqual([
      [id, INSTITUTION_SCOPE, 'identifiers', true],
    ]);
    expect((await v.requests.get(v.secretary, id)).request.description).toBe(
      'Cits bērns, nav reģistrā',
    );
  });

  it("destroying the child's keys shreds their requests' personal part; the register facts stay", async () => {
    const about = await v.requests.register(v.secretary, accessInput(v));
    const other = await v.requests.register(
      v.secretary,
      accessInput(v, {
        subjectId: null,
        description: 'Kāds, kura nav reģistrā',
        requester: { kind: 'data-subject' },
      }),
    );
    const keybook = v.context.keybook;
    // What erasure does to the keys: every entry the child owns leaves the keybook.
    await keybook.update({
      remove: keybook
        .entriesOfOwner(v.childId)
        .map((e) => ({ scopeId: e.scopeId, keyId: e.keyId })),
    });
    await expect(v.requests.get(v.head, about.id)).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.noCategoryKey',
    });
    const list = await v.requests.list(v.head);
    expect(list.find((r) => r.id === about.id)).toMatchObject({
      number: about.number,
      type: 'access',
      status: 'registered',
      receivedOn: '2025-02-27',
      about: '',
    });
    expect(list.find((r) => r.id === other.id)?.about).toBe('Kāds, kura nav reģistrā');
  });
});
