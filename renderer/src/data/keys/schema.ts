// Schema version 50: per-person keys (issue 9). Numbered after the request register (40): a
// register made by that version is at 40 already, and only a higher number upgrades it. New tables: the scope keys (wrapped under the
// category keys), erasure records (also the tombstones a restore applies again) and the versioned
// retention schedule. The personal-code index leaves the records tables: it now lives in the
// keybook, where erasure can really remove it (docs/security-model.md, "Code index").
// No upgrade step: rows are converted by the key migration at the head's first unlock, because
// Dexie upgrades run without keys.
import { META_PLAINTEXT } from '../db/meta-plaintext';
import type { SchemaVersion } from '../db/schema';

export const KEY_SCHEME_VERSION = 50;

export const KEY_TABLES = {
  scopeKeys: 'scopeKeys',
  erasures: 'erasures',
  retentionSchedules: 'retentionSchedules',
} as const;

export const KEY_SCHEME_SCHEMA: SchemaVersion = {
  version: KEY_SCHEME_VERSION,
  stores: {
    subjects: 'id, kind, groupId, status, restricted',
    representatives: 'id',
    scopeKeys: 'id, scopeId',
    erasures: 'id, state, proposedAt',
    retentionSchedules: 'id, version',
  },
  plaintext: {
    meta: [...META_PLAINTEXT, 'keyScheme'],
    subjects: ['id', 'kind', 'groupId', 'status', 'restricted', 'createdAt', 'updatedAt'],
    representatives: ['id', 'createdAt', 'updatedAt'],
    scopeKeys: ['id', 'scopeId', 'category', 'iv', 'ct', 'createdAt'],
    erasures: [
      'id',
      'kind',
      'state',
      'proposedAt',
      'proposedBy',
      'decidedAt',
      'decidedBy',
      'doneAt',
    ],
    retentionSchedules: ['id', 'version', 'createdAt', 'createdBy'],
  },
};
