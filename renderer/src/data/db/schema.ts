// The database schema as a list of versions. Each version declares its Dexie stores and, for
// every table it adds, the plaintext allow-list the guard enforces. Adding tables later:
// append a SchemaVersion (next version number, new stores, their allow-lists, an optional
// upgrade) to the list passed to createVaultDb(); see docs/security-model.md "Schema versions".
import type { Transaction } from 'dexie';
import { CONSENTS_SCHEMA } from '../consents/schema';
import { RECORDS_SCHEMA } from '../records/schema';
import { REQUESTS_SCHEMA } from '../requests/schema';

export type SchemaVersion = {
  readonly version: number;
  /** Dexie store specs; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Plaintext top-level properties allowed per table (besides 'sealed'). */
  readonly plaintext: Readonly<Record<string, readonly string[]>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * The version of the sealed-row format, bound into every row's AAD. A migration that re-seals
 * rows in a new layout bumps it.
 */
export const ROW_SEAL_VERSION = 1;

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
    // 'vault' row and 'auditHead' row share the table.
    meta: [
      'id',
      'schemaVersion',
      'installSalt',
      'kind',
      'country',
      'createdAt',
      'lastSeq',
      'lastHash',
      'mac',
    ],
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
];

/** Union of all versions' allow-lists; a table dropped later simply receives no writes. */
export const plaintextAllowList = (
  versions: readonly SchemaVersion[],
): Map<string, ReadonlySet<string>> => {
  const result = new Map<string, Set<string>>();
  for (const v of versions) {
    for (const [table, fields] of Object.entries(v.plaintext)) {
      const set = result.get(table) ?? new Set<string>();
      fields.forEach((f) => set.add(f));
      result.set(table, set);
    }
  }
  return result;
};
