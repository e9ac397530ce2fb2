// The vault's Dexie database. Typed accessors for the vault's own tables; other features add
// their tables in later SchemaVersions and reach them with db.table(name).
import { Dexie, type Table } from 'dexie';
import type {
  AuditRow,
  GrantRow,
  LoginAttemptRow,
  MetaRow,
  SettingRow,
  SlotRow,
  UserRow,
} from './rows';
import { plaintextAllowList, VAULT_SCHEMA, type SchemaVersion } from './schema';
import { plaintextGuard } from './plaintext-guard';

export const DEFAULT_DB_NAME = 'piekrisanas-registrs';

export type VaultDbOptions = {
  /**
   * Every read-write transaction's IndexedDB durability. Absent: the browser's default, which in
   * Chromium (since 121) is 'relaxed': 'complete' fires once the OS has the data, before it is
   * flushed to disk. 'strict': 'complete' fires after the flush.
   */
  readonly durability?: 'strict' | 'relaxed';
};

export class VaultDb extends Dexie {
  declare readonly meta: Table<MetaRow, string>;
  declare readonly users: Table<UserRow, string>;
  declare readonly slots: Table<SlotRow, string>;
  declare readonly grants: Table<GrantRow, string>;
  declare readonly audit: Table<AuditRow, number>;
  declare readonly loginAttempts: Table<LoginAttemptRow, string>;
  declare readonly settings: Table<SettingRow, string>;
  readonly schemaVersions: readonly SchemaVersion[];

  constructor(name: string, versions: readonly SchemaVersion[], options: VaultDbOptions = {}) {
    super(name, options.durability ? { chromeTransactionDurability: options.durability } : {});
    this.schemaVersions = versions;
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      const upgrade = v.upgrade;
      if (upgrade) declared.upgrade((tx) => upgrade(tx));
    }
    this.use(plaintextGuard(plaintextAllowList(versions)));
  }

  /** The tables that hold vault state (loginAttempts is deliberately outside). */
  get vaultTables(): Table[] {
    return [this.meta, this.users, this.slots, this.grants, this.audit, this.settings];
  }
}

export const createVaultDb = (
  name: string = DEFAULT_DB_NAME,
  versions: readonly SchemaVersion[] = VAULT_SCHEMA,
  options: VaultDbOptions = {},
): VaultDb => new VaultDb(name, versions, options);
