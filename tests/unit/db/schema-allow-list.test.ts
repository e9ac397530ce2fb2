// The plaintext allow-list the guard enforces (renderer/src/data/db/schema.ts): each table's list
// as its LATEST version declares it, whatever order the versions are given in, so a field a later
// version took away stays away; a table a later version deletes accepts no writes at all.
import { describe, expect, it } from 'vitest';
import { plaintextAllowList, type SchemaVersion } from '@renderer/data/db/schema';

const v1: SchemaVersion = {
  version: 1,
  stores: { notes: 'id', tags: 'id' },
  plaintext: { notes: ['id', 'groupId', 'createdAt'], tags: ['id'] },
};
const v2: SchemaVersion = {
  version: 2,
  stores: { notes: 'id' },
  plaintext: { notes: ['id', 'createdAt'] }, // groupId taken away
};
const v3: SchemaVersion = { version: 3, stores: { tags: null }, plaintext: {} };

const asObject = (m: Map<string, ReadonlySet<string>>) =>
  Object.fromEntries([...m].map(([table, fields]) => [table, [...fields].sort()]));

describe('plaintextAllowList', () => {
  it("takes each table's list from its latest version, in any order given", () => {
    for (const order of [
      [v1, v2],
      [v2, v1],
    ])
      expect(asObject(plaintextAllowList(order))).toEqual({
        notes: ['createdAt', 'id'],
        tags: ['id'],
      });
  });

  it('drops a table a later version deletes, even when that version is listed first', () => {
    for (const order of [
      [v1, v2, v3],
      [v3, v2, v1],
    ])
      expect(asObject(plaintextAllowList(order))).toEqual({ notes: ['createdAt', 'id'] });
  });
});
