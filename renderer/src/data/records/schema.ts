// The records tables: groups, subjects (children and clients), representatives and the links
// between them. Plaintext is only ids, kinds, statuses, the restriction flag and the blind
// index of a personal code (an HMAC nobody can reverse without the vault's key).
import type { SchemaVersion } from '../db/schema';

export const RECORD_TABLES = {
  groups: 'groups',
  subjects: 'subjects',
  representatives: 'representatives',
  links: 'representativeLinks',
} as const;

/** Below the consent tables' 20 (see data/consents/schema.ts): Dexie allows the gap. */
export const RECORDS_SCHEMA_VERSION = 10;

export const RECORDS_SCHEMA: SchemaVersion = {
  version: RECORDS_SCHEMA_VERSION,
  stores: {
    groups: 'id, status',
    // '&codeIndex': the database itself refuses a second record with the same personal code;
    // rows without a code have no codeIndex and are not in the index at all.
    subjects: 'id, kind, groupId, status, restricted, &codeIndex',
    representatives: 'id, codeIndex',
    representativeLinks: 'id, subjectId, representativeId',
  },
  plaintext: {
    groups: ['id', 'status', 'createdAt', 'updatedAt'],
    subjects: [
      'id',
      'kind',
      'groupId',
      'status',
      'restricted',
      'codeIndex',
      'createdAt',
      'updatedAt',
    ],
    representatives: ['id', 'codeIndex', 'createdAt', 'updatedAt'],
    representativeLinks: ['id', 'subjectId', 'representativeId', 'position', 'createdAt'],
  },
};
