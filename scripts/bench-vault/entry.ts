// Runs inside Chromium (bundled by scripts/bench-vault.ts) with the app's own vault code: a vault
// with the default Argon2id parameters, N sealed child rows, and the same N rows as plain objects
// in a separate Dexie database without the guard. Each window.bench* call is one repetition;
// the Node side repeats them and takes medians.
import { Dexie, type Table } from 'dexie';
import type { KeyCategory } from '@shared/access/roles';
import { deriveKek, newKdfParams, DEFAULT_KDF } from '@renderer/data/crypto/kdf';
import { openRow, sealRow, type CategoryKeys } from '@renderer/data/db/sealed-row';
import type { SealedFields } from '@renderer/data/db/rows';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { keyringOf, type Session } from '@renderer/data/session/session';
import { createServices, type Services } from '@renderer/services';
import {
  BENCH_SCHEMA,
  BENCH_TABLE,
  makeChildren,
  type BenchCore,
  type BenchRowHead,
} from './fixtures';

type SealedRow = BenchRowHead & { readonly sealed: SealedFields };
type PlainRow = BenchRowHead & BenchCore & { readonly personalCode: string };
/** reader: one session kept open for the read repetitions, so each does not pay for an unlock. */
type Fixture = {
  readonly services: Services;
  readonly plain: Table<PlainRow, string>;
  readonly reader: Session;
};
export type DecryptMode = 'sequential' | 'parallel' | 'parallelAll';
export type ReadTiming = {
  readonly readMs: number;
  readonly decryptMs: number;
  readonly rows: number;
};

const HEAD = {
  username: 'bench-head',
  displayName: 'Bench Head',
  password: 'zalas-liepas-lapas-9',
};
/** Promise.all over this many rows at a time: enough to keep WebCrypto's worker busy, bounded memory. */
const BATCH = 500;
const fixtures = new Map<number, Fixture>();

const fixtureOf = (n: number): Fixture => {
  const fixture = fixtures.get(n);
  if (!fixture) throw new Error(`no fixture for ${String(n)}`);
  return fixture;
};

const sealedTable = (services: Services): Table<SealedRow, string> =>
  services.context.db.table(BENCH_TABLE);

/** Only the categories asked for: the (b) measurement decrypts core alone, as a list view needs. */
const keysFor = (session: Session, categories: readonly KeyCategory[]): CategoryKeys =>
  new Map([...keyringOf(session).categoryKeys].filter(([c]) => categories.includes(c)));

/** Creates the vault and both tables for N children. Not timed: setup. */
const setup = async (
  n: number,
): Promise<{ sealMs: number; writeMs: number; plainWriteMs: number }> => {
  const db = createVaultDb(`bench-vault-${String(n)}-${crypto.randomUUID()}`, [
    ...VAULT_SCHEMA,
    BENCH_SCHEMA,
  ]);
  const services = createServices({ db, kdf: DEFAULT_KDF });
  await services.vault.createVault({
    institution: { kind: 'kindergarten', country: 'LV', details: { name: 'Bench' } },
    head: HEAD,
  });
  const session = await services.vault.unlock(HEAD.username, HEAD.password);
  const children = makeChildren(n);
  const keys = keyringOf(session).categoryKeys;
  let t0 = performance.now();
  // Sealed before the write transaction: WebCrypto promises would end an IndexedDB transaction.
  const sealed: SealedRow[] = [];
  for (let i = 0; i < children.length; i += BATCH) {
    sealed.push(
      ...(await Promise.all(
        children.slice(i, i + BATCH).map(async (c) => ({
          ...c.head,
          sealed: await sealRow(keys, BENCH_TABLE, c.head.id, {
            core: c.core,
            identifiers: { personalCode: c.personalCode },
          }),
        })),
      )),
    );
  }
  const sealMs = performance.now() - t0;
  t0 = performance.now();
  await sealedTable(services).bulkAdd(sealed);
  const writeMs = performance.now() - t0;
  const plainDb = new Dexie(`bench-plain-${String(n)}-${crypto.randomUUID()}`);
  plainDb.version(1).stores({ [BENCH_TABLE]: 'id, kind, groupId, status, restricted' });
  const plain: Table<PlainRow, string> = plainDb.table(BENCH_TABLE);
  t0 = performance.now();
  await plain.bulkAdd(
    children.map((c) => ({ ...c.head, ...c.core, personalCode: c.personalCode })),
  );
  const plainWriteMs = performance.now() - t0;
  fixtures.set(n, { services, plain, reader: session });
  return { sealMs, writeMs, plainWriteMs };
};

/** The KDF alone: Argon2id with the app's default parameters and a fresh salt, as unlock runs it. */
const kdf = async (): Promise<number> => {
  const params = newKdfParams(DEFAULT_KDF);
  const t0 = performance.now();
  await deriveKek(HEAD.password, params);
  return performance.now() - t0;
};

/** (a) The app's unlock: lookup, Argon2id, ECDH grant unwrap, audit entry. */
const unlock = async (n: number): Promise<number> => {
  const { services } = fixtureOf(n);
  const t0 = performance.now();
  const session = await services.vault.unlock(HEAD.username, HEAD.password);
  const ms = performance.now() - t0;
  await services.vault.lock(session);
  return ms;
};

const decryptAll = async (
  keys: CategoryKeys,
  rows: readonly SealedRow[],
  mode: DecryptMode,
): Promise<number> => {
  let opened = 0;
  if (mode === 'sequential') {
    // What the app's list does today: one await per row.
    for (const row of rows) if ((await openRow(keys, BENCH_TABLE, row)).core) opened += 1;
    return opened;
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = await Promise.all(
      rows.slice(i, i + BATCH).map((row) => openRow(keys, BENCH_TABLE, row)),
    );
    opened += batch.filter((o) => o.core !== undefined).length;
  }
  return opened;
};

/** (b) Read all sealed rows in one transaction, then decrypt (core, or every held category). */
const sealedRead = async (n: number, mode: DecryptMode): Promise<ReadTiming> => {
  const { services, reader } = fixtureOf(n);
  const keys = keysFor(reader, mode === 'parallelAll' ? ['core', 'identifiers'] : ['core']);
  const t0 = performance.now();
  const rows = await sealedTable(services).toArray();
  const t1 = performance.now();
  const opened = await decryptAll(keys, rows, mode);
  const t2 = performance.now();
  if (opened !== n) throw new Error(`decrypted ${String(opened)} of ${String(n)}`);
  return { readMs: t1 - t0, decryptMs: t2 - t1, rows: opened };
};

/** (c) The same N rows as plain objects, read back in one transaction. */
const plainRead = async (n: number): Promise<ReadTiming> => {
  const t0 = performance.now();
  const rows = await fixtureOf(n).plain.toArray();
  const readMs = performance.now() - t0;
  if (rows.length !== n) throw new Error(`read ${String(rows.length)} of ${String(n)}`);
  return { readMs, decryptMs: 0, rows: rows.length };
};

/** The parameters measured, so the report names exactly what the app uses. */
const kdfLabel = (): string =>
  DEFAULT_KDF.alg === 'argon2id'
    ? `Argon2id m=${String(DEFAULT_KDF.m / 1024)} MiB, t=${String(DEFAULT_KDF.t)}, p=${String(DEFAULT_KDF.p)}`
    : `PBKDF2-SHA256, ${String(DEFAULT_KDF.iterations)} iterations`;

/** The plain rows through IndexedDB's own getAll, without Dexie: shows what Dexie itself adds. */
const rawRead = async (n: number): Promise<ReadTiming> => {
  const { plain } = fixtureOf(n);
  const idb = plain.db.backendDB();
  const t0 = performance.now();
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const request = idb.transaction(BENCH_TABLE, 'readonly').objectStore(BENCH_TABLE).getAll();
    request.onsuccess = () => {
      resolve(request.result as unknown[]);
    };
    request.onerror = () => {
      reject(new Error('getAll failed'));
    };
  });
  const readMs = performance.now() - t0;
  if (rows.length !== n) throw new Error(`read ${String(rows.length)} of ${String(n)}`);
  return { readMs, decryptMs: 0, rows: rows.length };
};

export type BenchApi = {
  setup: typeof setup;
  kdf: typeof kdf;
  kdfLabel: typeof kdfLabel;
  unlock: typeof unlock;
  sealedRead: typeof sealedRead;
  plainRead: typeof plainRead;
  rawRead: typeof rawRead;
};
(window as unknown as { bench: BenchApi }).bench = {
  setup,
  kdf,
  kdfLabel,
  unlock,
  sealedRead,
  plainRead,
  rawRead,
};
document.title = 'bench-ready';
