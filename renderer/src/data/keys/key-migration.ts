// The key migration (schema version 50): converts a register sealed under one key per category
// into per-person keys, at the first unlock of a principal holding every category key (the head,
// or the recovery code). Everything is computed in memory, the keybook is written, then every row,
// scope key and grant change is stored in ONE transaction. A crash before that transaction leaves
// the old register untouched (the next unlock starts over and replaces the keybook).
import { missingCategoryKeys } from '../vault/new-category-keys';
import { PERSON_CATEGORIES, isRole, type PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { generateAesKey } from '../crypto/aes-gcm';
import type { GrantRow, UserRow, VaultMetaRow } from '../db/rows';
import { RECOVERY_PRINCIPAL } from '../db/rows';
import type { VaultDb } from '../db/vault-db';
import { buildGrants, openGrants } from '../vault/principals';
import {
  BASE_KEY_NAMES,
  keyNamesForRole,
  parseScopeKeyName,
  scopeKeyNamesForRole,
  type KeyName,
} from './key-names';
import { Keybook } from './keybook';
import { MigrationSealer } from './migration-sealer';
import {
  resealEvidence,
  resealOfChild,
  resealOrg,
  resealRepresentative,
  resealRequestRow,
  resealSubject,
  type AnyRow,
} from './migration-rows';
import type { KeyedRow } from '../requests/requests-codec';
import { REQUEST_TABLES } from '../requests/schema';
import { KEY_TABLES } from './schema';
import { grantedScopesOf, type PlacementFacts } from './scopes';

/** True when the register still has one key per category (made before issue 9). */
export const needsKeyMigration = (meta: VaultMetaRow): boolean => meta.keyScheme !== 2;

const ORG_TABLES = ['users', 'groups', 'consentPurposes', 'formTemplates'] as const;
/** The request register (schema 40) may hold rows sealed the old way too. */
const REQUEST_TABLE_NAMES = [REQUEST_TABLES.requests, REQUEST_TABLES.disclosures] as const;

type Rows = Map<string, AnyRow[]>;

const readAll = async (db: VaultDb): Promise<Rows> => {
  const names = new Set(db.tables.map((t) => t.name));
  const out: Rows = new Map();
  for (const name of [
    ...ORG_TABLES,
    'subjects',
    'representatives',
    'representativeLinks',
    'consentForms',
    'consentEvents',
    'consentEvidence',
    ...REQUEST_TABLE_NAMES,
  ])
    out.set(name, names.has(name) ? await db.table<AnyRow, string>(name).toArray() : []);
  return out;
};

type Facts = AnyRow & PlacementFacts;

const resealAll = async (
  rows: Rows,
  legacy: ReadonlyMap<PersonCategory, CryptoKey>,
  org: CryptoKey,
  sealer: MigrationSealer,
): Promise<Rows> => {
  const out: Rows = new Map();
  const list = (name: string): AnyRow[] => rows.get(name) ?? [];
  for (const table of ORG_TABLES)
    out.set(table, await Promise.all(list(table).map((r) => resealOrg(legacy, org, table, r))));
  const subjects = new Map(list('subjects').map((r) => [r.id, r as Facts]));
  out.set(
    'subjects',
    await Promise.all([...subjects.values()].map((r) => resealSubject(legacy, sealer, r))),
  );
  const links = list('representativeLinks') as (AnyRow & {
    subjectId: string;
    representativeId: string;
  })[];
  out.set(
    'representatives',
    await Promise.all(
      list('representatives').map((rep) =>
        resealRepresentative(
          legacy,
          sealer,
          rep,
          links
            .filter((l) => l.representativeId === rep.id)
            .flatMap((l) => subjects.get(l.subjectId) ?? []),
        ),
      ),
    ),
  );
  for (const table of ['representativeLinks', 'consentEvents'])
    out.set(
      table,
      await Promise.all(
        list(table).map((r) => {
          const childId = String(r['subjectId']);
          return resealOfChild(legacy, sealer, table, r, subjects.get(childId), childId);
        }),
      ),
    );
  out.set(
    'consentForms',
    await Promise.all(
      list('consentForms').map((r) => {
        const childId = r['subjectId'];
        return typeof childId === 'string'
          ? resealOfChild(legacy, sealer, 'consentForms', r, subjects.get(childId), childId)
          : resealOrg(legacy, org, 'consentForms', r);
      }),
    ),
  );
  out.set(
    'consentEvidence',
    await Promise.all(
      list('consentEvidence').map((r) => {
        const row = r as AnyRow & { subjectId: string };
        return resealEvidence(legacy, sealer, row, subjects.get(row.subjectId));
      }),
    ),
  );
  for (const table of REQUEST_TABLE_NAMES)
    out.set(
      table,
      await Promise.all(
        list(table).map((r) => resealRequestRow(legacy, sealer, table, r as AnyRow & KeyedRow)),
      ),
    );
  return out;
};

type GrantPlan = { readonly add: GrantRow[]; readonly removeIds: string[] };

/** Every active user (and the recovery slot) gets org; teachers trade category keys for scopes. */
const regrant = async (
  db: VaultDb,
  transient: Map<KeyName, CryptoKey>,
  sealer: MigrationSealer,
  now: Date,
): Promise<GrantPlan> => {
  const plan: GrantPlan = { add: [], removeIds: [] };
  const users = new Map((await db.users.toArray()).map((u: UserRow) => [u.id, u]));
  for (const slot of await db.slots.toArray()) {
    const user = users.get(slot.principalId);
    const wanted: KeyName[] =
      slot.principalId === RECOVERY_PRINCIPAL
        ? [...BASE_KEY_NAMES]
        : user && user.status === 'active' && isRole(user.role)
          ? [
              ...keyNamesForRole(user.role),
              ...scopeKeyNamesForRole(user.role, grantedScopesOf(user)),
            ]
          : [];
    const existing = await db.grants.where('principalId').equals(slot.principalId).toArray();
    plan.removeIds.push(...existing.filter((g) => !wanted.includes(g.keyName)).map((g) => g.id));
    const missing = wanted.filter((name) => !existing.some((g) => g.keyName === name));
    for (const name of missing) {
      const scope = parseScopeKeyName(name);
      if (scope) transient.set(name, await sealer.scopeKey(scope.scopeId, scope.category));
    }
    plan.add.push(
      ...(await buildGrants(transient, missing, slot.publicKey, slot.principalId, now)),
    );
  }
  return plan;
};

/**
 * Converts the register. `principalId`/`privateKey`: an unlocked principal holding every
 * category key. Throws AppError('forbidden', 'errors.upgradeNeedsHead') for anyone else.
 */
export const migrateToPersonKeys = async (
  db: VaultDb,
  keybook: Keybook,
  principalId: string,
  privateKey: CryptoKey,
  now: Date,
): Promise<void> => {
  const base = new Map<KeyName, CryptoKey>(
    (await openGrants(db, principalId, privateKey, true)).base,
  );
  // Categories added after the register was made (issue 11) get their keys here, granted below
  // with the rest in the same final transaction.
  for (const c of await missingCategoryKeys(db)) base.set(c, await generateAesKey(true));
  const legacy = new Map<PersonCategory, CryptoKey>();
  for (const c of PERSON_CATEGORIES) {
    const key = base.get(c);
    if (!key) throw new AppError('forbidden', 'errors.upgradeNeedsHead');
    legacy.set(c, key);
  }
  const meta = await db.meta.get('vault');
  if (!meta || meta.id !== 'vault') throw new AppError('not-found', 'errors.noVault');
  const org = await generateAesKey(true);
  const sealer = new MigrationSealer(legacy, now);
  const rows = await resealAll(await readAll(db), legacy, org, sealer);
  const newMeta = await resealOrg(legacy, org, 'meta', meta);
  const transient = new Map<KeyName, CryptoKey>([...base, ['org', org]]);
  const grants = await regrant(db, transient, sealer, now);
  await keybook.replaceFiles(await Keybook.encodeAll(sealer.entries));
  const tables = [...rows.keys()].filter((n) => db.tables.some((t) => t.name === n));
  const writeTables = [
    db.meta,
    db.grants,
    db.table(KEY_TABLES.scopeKeys),
    ...tables.map((n) => db.table(n)),
  ];
  await db.transaction('rw', writeTables, async () => {
    for (const name of tables) await db.table(name).bulkPut(rows.get(name) ?? []);
    await db.table(KEY_TABLES.scopeKeys).bulkPut(sealer.scopeRows);
    await db.grants.bulkDelete(grants.removeIds);
    await db.grants.bulkAdd(grants.add);
    await db.meta.put({ ...(newMeta as unknown as VaultMetaRow), keyScheme: 2 });
  });
};
