// Re-sealing every row of a register made before per-person keys (seal version 1, one key per
// category) into the new layout (seal version 2): institution data under org, everything about a
// person under that person's data keys. Pure apart from WebCrypto: reads nothing, writes nothing.
import { PERSON_CATEGORIES, type KeyCategory, type PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { open, seal } from '../crypto/aes-gcm';
import {
  LEGACY_SEAL_VERSION,
  openRow,
  rowAad,
  sealRow,
  type CategoryFields,
  type CategoryKeys,
} from '../db/sealed-row';
import type { SealedFields } from '../db/rows';
import {
  REQUEST_KEY_CATEGORY,
  requestKeyId,
  requestKeyOwner,
  type KeyedRow,
} from '../requests/requests-codec';
import type { MigrationSealer } from './migration-sealer';
import {
  INSTITUTION_SCOPE,
  representativePlacement,
  subjectPlacement,
  type Placement,
  type PlacementFacts,
} from './scopes';

export type AnyRow = { readonly id: string; readonly sealed: SealedFields } & Record<
  string,
  unknown
>;

/** Old rows of the register, by table name (missing tables: empty). */
export type LegacyTables = ReadonlyMap<string, readonly AnyRow[]>;

const legacyOpen = (keys: CategoryKeys, table: string, row: AnyRow) =>
  openRow<CategoryFields>(keys, table, row, undefined, LEGACY_SEAL_VERSION);

/** A row whose 'core' box becomes an 'org' box (institution, staff, groups, purposes, templates). */
export const resealOrg = async (
  legacy: CategoryKeys,
  org: CryptoKey,
  table: string,
  row: AnyRow,
): Promise<AnyRow> => {
  const opened = await legacyOpen(legacy, table, row);
  return {
    ...row,
    sealed: await sealRow(new Map([['org', org]]), table, row.id, { org: opened.core }),
  };
};

/** Seals each category present under the owner's key of that category, placed as given. */
const resealPerson = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  table: string,
  row: AnyRow,
  ownerId: string,
  placement: Placement,
  tag?: string,
): Promise<SealedFields> => {
  const opened = await legacyOpen(legacy, table, row);
  const keys = new Map<KeyCategory, CryptoKey>();
  for (const category of Object.keys(opened) as PersonCategory[]) {
    if (!PERSON_CATEGORIES.includes(category)) throw new AppError('crypto', 'errors.decryptFailed');
    keys.set(
      category,
      await sealer.personKey(
        ownerId,
        category,
        placement[category],
        category === 'identifiers' ? tag : undefined,
      ),
    );
  }
  return sealRow(keys, table, row.id, opened);
};

const withoutCodeIndex = ({ codeIndex: _c, ...rest }: AnyRow): AnyRow => rest;

const tagOf = (row: AnyRow): string | undefined =>
  typeof row['codeIndex'] === 'string' ? row['codeIndex'] : undefined;

export const resealSubject = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  row: AnyRow & PlacementFacts,
): Promise<AnyRow> => ({
  ...withoutCodeIndex(row),
  sealed: await resealPerson(
    legacy,
    sealer,
    'subjects',
    row,
    row.id,
    subjectPlacement(row),
    tagOf(row),
  ),
});

export const resealRepresentative = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  row: AnyRow,
  children: readonly PlacementFacts[],
): Promise<AnyRow> => ({
  ...withoutCodeIndex(row),
  sealed: await resealPerson(
    legacy,
    sealer,
    'representatives',
    row,
    row.id,
    representativePlacement(children),
    tagOf(row),
  ),
});

/** A row about a child (link, form, event): its boxes go under the child's keys. */
export const resealOfChild = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  table: string,
  row: AnyRow,
  child: PlacementFacts | undefined,
  childId: string,
): Promise<AnyRow> => ({
  ...row,
  sealed: await resealPerson(
    legacy,
    sealer,
    table,
    row,
    childId,
    subjectPlacement(child ?? { groupId: null, status: 'left', restricted: 0 }),
  ),
});

/**
 * A data-subject request or a disclosure (schema 40, written by the register before per-person
 * keys): every box under one item key of its own, owned by the person it is about (or by the row
 * when about nobody in the register), in the institution scope (requests-codec).
 */
export const resealRequestRow = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  table: string,
  row: AnyRow & KeyedRow,
): Promise<AnyRow> => {
  const opened = await legacyOpen(legacy, table, row);
  const key = await sealer.itemKey(requestKeyId(row), requestKeyOwner(row), REQUEST_KEY_CATEGORY, [
    INSTITUTION_SCOPE,
  ]);
  const keys = new Map(Object.keys(opened).map((c) => [c as KeyCategory, key] as const));
  return { ...row, sealed: await sealRow(keys, table, row.id, opened) };
};

/** A scan: raw bytes under an item key of its own, placed like the child's identifiers. */
export const resealEvidence = async (
  legacy: CategoryKeys,
  sealer: MigrationSealer,
  row: AnyRow & { readonly subjectId: string },
  child: PlacementFacts | undefined,
): Promise<AnyRow> => {
  const box = row.sealed.identifiers;
  const oldKey = legacy.get('identifiers');
  if (!box || !oldKey) throw new AppError('crypto', 'errors.decryptFailed');
  const bytes = await open(
    oldKey,
    box,
    rowAad('consentEvidence', row.id, 'identifiers', LEGACY_SEAL_VERSION),
  );
  const placement = subjectPlacement(child ?? { groupId: null, status: 'left', restricted: 0 });
  const key = await sealer.itemKey(row.id, row.subjectId, 'identifiers', placement.identifiers);
  return {
    ...row,
    sealed: {
      identifiers: await seal(key, bytes, rowAad('consentEvidence', row.id, 'identifiers')),
    },
  };
};
