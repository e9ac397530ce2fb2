// Versions of the retention schedule, kept in the settings table: one row per version, id
// 'retentionSchedule:<version, 6 digits>', the version number as the plaintext value and the
// schedule with who changed it and when sealed under the org key (the head's notes are free text
// and may name someone). Rows are only ever added: earlier versions stay readable.
import type { Permission } from '@shared/access/permissions';
import type { RetentionSchedule } from '@shared/retention';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import type { SealedFields } from '../db/rows';
import { openRow, sealRow } from '../db/sealed-row';
import type { VaultDb } from '../db/vault-db';
import { orgKeys } from '../session/session';

const TABLE = 'settings';
const PREFIX = 'retentionSchedule:';

type ScheduleRow = { readonly id: string; readonly value: number; readonly sealed: SealedFields };
type ScheduleBody = {
  readonly schedule: RetentionSchedule;
  readonly changedAt: string;
  readonly changedBy: string;
};

/** One stored version of the schedule. */
export type ScheduleVersion = ScheduleBody & { readonly version: number };

const table = (db: VaultDb): Table<ScheduleRow, string> =>
  db.table(TABLE) as unknown as Table<ScheduleRow, string>;

const idOf = (version: number): string => `${PREFIX}${String(version).padStart(6, '0')}`;

/** Every stored version, newest first. Throws the decrypt error of a damaged row. */
export const readScheduleVersions = async (
  db: VaultDb,
  auth: Authorized<Permission>,
): Promise<ScheduleVersion[]> => {
  const rows = await table(db).where('id').startsWith(PREFIX).reverse().toArray();
  const keys = orgKeys(keyringFor(auth));
  return Promise.all(
    rows.map(async (row) => {
      const body = (await openRow<{ org: ScheduleBody }>(keys, TABLE, row)).org;
      if (!body) throw new Error('schedule row without its box');
      return { version: row.value, ...body };
    }),
  );
};

/** Adds `version` (the next number); refuses (ConstraintError) a number already stored. */
export const addScheduleVersion = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  version: number,
  body: ScheduleBody,
): Promise<void> => {
  const id = idOf(version);
  const sealed = await sealRow(orgKeys(keyringFor(auth)), TABLE, id, { org: body });
  await table(db).add({ id, value: version, sealed });
};
