// Which records have a planned leaving (a leaving date still to come): ids only, in one settings
// row ('plannedLeavings') sealed under the org key, so the head's or the secretary's unlock can
// turn the due ones 'left' by opening those few records instead of every attending one. The date
// and the reason stay in each record's sealed core; this list is only where to look. An id may
// linger after a cancel or an erasure (the check at unlock drops it); an id must never be missing,
// so it is added BEFORE the record is written and removed only after.
import type { Permission } from '@shared/access/permissions';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import type { SealedFields } from '../db/rows';
import { openRow, sealRow, type CategoryKeys } from '../db/sealed-row';
import type { VaultDb } from '../db/vault-db';
import { orgKeys } from '../session/session';

const TABLE = 'settings';
export const PLANNED_LEAVINGS_ID = 'plannedLeavings';
/** The format of the row's sealed body; the plaintext value. */
const FORMAT = 1;

type PlannedRow = { readonly id: string; readonly value: number; readonly sealed: SealedFields };
type PlannedBody = { readonly ids: readonly string[] };

const table = (db: VaultDb): Table<PlannedRow, string> =>
  db.table(TABLE) as unknown as Table<PlannedRow, string>;

/** The row holding `ids`, sealed with the org key in `keys` (also used when a vault is created). */
export const plannedLeavingsRow = async (
  keys: CategoryKeys,
  ids: Iterable<string>,
): Promise<PlannedRow> => ({
  id: PLANNED_LEAVINGS_ID,
  value: FORMAT,
  sealed: await sealRow(keys, TABLE, PLANNED_LEAVINGS_ID, {
    org: { ids: [...new Set(ids)].sort() } satisfies PlannedBody,
  }),
});

/**
 * The ids of records with a planned leaving; undefined when the list was never made (a register
 * from before it existed: the records themselves must be looked at once). Throws the decrypt
 * error of a damaged row.
 */
export const readPlannedLeavings = async (
  db: VaultDb,
  auth: Authorized<Permission>,
): Promise<Set<string> | undefined> => {
  const row = await table(db).get(PLANNED_LEAVINGS_ID);
  if (row === undefined) return undefined;
  const body = (await openRow<{ org: PlannedBody }>(orgKeys(keyringFor(auth)), TABLE, row)).org;
  return new Set(body?.ids ?? []);
};

/** Replaces the list with `ids`. */
export const writePlannedLeavings = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  ids: Iterable<string>,
): Promise<void> => {
  await table(db).put(await plannedLeavingsRow(orgKeys(keyringFor(auth)), ids));
};

/**
 * Adds and removes ids. A list never made stays unmade (the next unlock of the head or the
 * secretary looks at every record once and makes it), so nothing here can hide a planned leaving.
 */
export const updatePlannedLeavings = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  change: { readonly add?: readonly string[]; readonly remove?: readonly string[] },
): Promise<void> => {
  const add = change.add ?? [];
  const remove = new Set(change.remove ?? []);
  if (add.length === 0 && remove.size === 0) return;
  const ids = await readPlannedLeavings(db, auth);
  if (ids === undefined) return;
  const next = new Set([...ids].filter((id) => !remove.has(id)));
  for (const id of add) next.add(id);
  if (next.size === ids.size && [...next].every((id) => ids.has(id))) return;
  await writePlannedLeavings(db, auth, next);
};
