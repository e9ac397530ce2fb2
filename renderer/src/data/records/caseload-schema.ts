// Schema version 60: caseloads (issue 11). A subject row gains the plaintext list of the workers
// whose caseloads hold the client (random user ids, like a child's group id: they say nothing
// about a named person), indexed so a worker's list is read without opening anyone else. The
// placement of the client's keys follows it (data/keys/scopes.ts), so it must be readable
// without keys. No upgrade step: a row without the list is in no caseload (none was before; a
// social worker's assignment sealed in core is read from there until the client's next save).
// Rewriting rows here would also trip the plaintext guard on registers not yet converted to
// per-person keys (their rows still carry the old code index until the head's first unlock).
import type { SchemaVersion } from '../db/schema';

export const CASELOAD_SCHEMA_VERSION = 60;

export const CASELOAD_SCHEMA: SchemaVersion = {
  version: CASELOAD_SCHEMA_VERSION,
  stores: {
    subjects: 'id, kind, groupId, status, restricted, *caseloads',
  },
  plaintext: {
    subjects: [
      'id',
      'kind',
      'groupId',
      'status',
      'restricted',
      'caseloads',
      'createdAt',
      'updatedAt',
    ],
  },
};
