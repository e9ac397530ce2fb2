// Registers written by earlier versions (tests/fixtures/vault-v*/register.json): every table
// dumped as JSON, bytes as {$bytes: base64}. Loaded into a fresh database at that version's
// schema, exactly as the earlier version left it, for the migration tests.
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { createVaultDb } from '@renderer/data/db/vault-db';

export type RegisterFixture = {
  readonly dexieVersion?: number;
  readonly head: { readonly username: string; readonly password: string };
  readonly staffPassword: string;
  readonly subjects: { readonly first: string; readonly sibling: string; readonly noGroup: string };
  readonly tables: Record<string, unknown[]>;
};

export const decode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const bytes = (value as { $bytes?: string }).$bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
};

/** Reads a fixture, e.g. readRegisterFixture('vault-v20'); callers name its extra fields. */
export const readRegisterFixture = (dir: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${dir}/register.json`, import.meta.url), 'utf8'));

/**
 * Writes the fixture's rows into a new database declared with the schema versions up to
 * `schemaVersion` (the version that made it); returns the database name, closed.
 */
export const loadRegister = async (
  fixture: RegisterFixture,
  schemaVersion: number,
): Promise<string> => {
  const name = `v${String(schemaVersion)}-${crypto.randomUUID()}`;
  const old = createVaultDb(
    name,
    VAULT_SCHEMA.filter((v) => v.version <= schemaVersion),
  );
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables))
    if (rows.length > 0) await old.table(table).bulkAdd(decode(rows) as object[]);
  old.close();
  return name;
};

/** A register fixture that carries the schema of the version that made it (register-v50 on). */
export type FrozenRegisterFixture = {
  readonly dexieVersion: number;
  /** That version's Dexie stores of every schema version, as it declared them. */
  readonly schema: readonly {
    readonly version: number;
    readonly stores: Readonly<Record<string, string | null>>;
  }[];
  readonly tables: Record<string, unknown[]>;
  /** The keybook's files (OPFS in the app), bytes as {$bytes: base64}. */
  readonly keybook: Record<string, unknown>;
};

/**
 * Writes the fixture's rows into a new database declared with the fixture's own frozen schema
 * (plain Dexie, no guard: exactly the stores the earlier version created), not the current
 * code's definition of the earlier versions; returns the database name, closed, at
 * `fixture.dexieVersion`.
 */
export const loadFrozenRegister = async (fixture: FrozenRegisterFixture): Promise<string> => {
  const name = `frozen-v${String(fixture.dexieVersion)}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  for (const v of fixture.schema) old.version(v.version).stores({ ...v.stores });
  await old.open();
  if (old.verno !== fixture.dexieVersion) throw new Error('the frozen schema is not the fixture');
  for (const [table, rows] of Object.entries(fixture.tables))
    if (rows.length > 0) await old.table(table).bulkAdd(decode(rows) as object[]);
  old.close();
  return name;
};
