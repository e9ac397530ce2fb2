// The database schema as a list of versions. Each version declares its Dexie stores and, for
// every table it adds, the plaintext allow-list the guard enforces. Adding tables later:
// append a SchemaVersion (next version number, new stores, their allow-lists, an optional
// upgrade) to the list passed to createVaultDb(); see docs/security-model.md "Schema versions".
import type { Transaction } from 'dexie';
import { CONSENTS_SCHEMA } from '../consents/schema';
import { META_PLAINTEXT } from './meta-plaintext';
import { KEY_SCHEME_SCHEMA } from '../keys/schema';
import { CASELOAD_SCHEMA } from '../records/caseload-schema';
import { RECORDS_SCHEMA } from '../records/schema';
import { REQUESTS_SCHEMA } from '../requests/schema';

export type SchemaVersion = {
  readonly version: number;
  /** Dexie store specs; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /**
   * Plaintext top-level properties allowed per table (besides 'sealed'). A later version that
   * lists a table again REPLACES its allow-list (a field can be taken away).
   */
  readonly plaintext: Readonly<Record<string, readonly string[]>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};

export const VAULT_SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    meta: 'id',
    users: 'id, lookupTag, status, role',
    slots: 'id, principalId',
    grants: 'id, principalId, [principalId+keyName]',
    audit: 'seq, actor, action, at',
    loginAttempts: 'id, at',
    settings: 'id',
  },
  plaintext: {
    meta: META_PLAINTEXT,
    users: ['id', 'role', 'status', 'lookupTag', 'mustChangePassword', 'groupIds', 'createdAt'],
    slots: ['id', 'principalId', 'kind', 'kdf', 'publicKey', 'wrappedPrivateKey', 'createdAt'],
    grants: ['id', 'principalId', 'keyName', 'ephemeralPublicKey', 'iv', 'ct', 'createdAt'],
    audit: ['seq', 'at', 'actor', 'action', 'entity', 'entityId', 'prevHash', 'hash', 'mac'],
    loginAttempts: ['id', 'at', 'userId'],
    settings: ['id', 'value'],
  },
};

export const VAULT_SCHEMA: readonly SchemaVersion[] = [
  VAULT_SCHEMA_V1,
  RECORDS_SCHEMA,
  CONSENTS_SCHEMA,
  REQUESTS_SCHEMA,
  KEY_SCHEME_SCHEMA,
  CASELOAD_SCHEMA,
];

/**
 * Each table's allow-list as its latest version declares it (versions in ascending order); a
 * table a later version deletes (store spec null) receives no writes at all.
 */
export const plaintextAllowList = (
  versions: readonly SchemaVersion[],
): Map<string, ReadonlySet<string>> => {
  const result = new Map<string, ReadonlySet<string>>();
  for (const v of [...versions].sort((a, b) => a.version - b.version)) {
    for (const [table, fields] of Object.entries(v.plaintext)) result.set(table, new Set(fields));
    for (const [table, spec] of Object.entries(v.stores)) if (spec === null) result.delete(table);
  }
  return result;
};
