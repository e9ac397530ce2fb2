// A stand-in for a later feature's table, added the way real features will add theirs: a new
// SchemaVersion appended to VAULT_SCHEMA.
import type { SchemaVersion } from '@renderer/data/db/schema';
import { VAULT_SCHEMA_V1 } from '@renderer/data/db/schema';

export const TEST_RECORDS_V2: SchemaVersion = {
  version: 2,
  stores: { testRecords: 'id, groupId' },
  plaintext: { testRecords: ['id', 'groupId'] },
};

export const SCHEMA_WITH_RECORDS: readonly SchemaVersion[] = [VAULT_SCHEMA_V1, TEST_RECORDS_V2];
