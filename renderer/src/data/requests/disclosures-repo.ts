// The recipients log: every disclosure of a person's data outside the institution (GDPR Art. 19,
// 30(1)(d), 15(1)(c)). Append-only: a disclosure that happened cannot be unrecorded.
import type { Permission } from '@shared/access/permissions';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import type { VaultDb } from '../db/vault-db';
import { openRow, sealRow } from '../db/sealed-row';
import type { KeyChange } from '../keys/key-change';
import { requestKeys, stageRequestKey } from './requests-codec';
import type { DisclosureCore, DisclosureRow } from './rows';
import { REQUEST_TABLES } from './schema';

export type Disclosure = Omit<DisclosureRow, 'sealed'> & DisclosureCore;

export const disclosuresTable = (db: VaultDb): Table<DisclosureRow, string> =>
  db.table(REQUEST_TABLES.disclosures);

/** Stores a disclosure under an item key of the person it is about (requests-codec). */
export const addDisclosure = async (
  db: VaultDb,
  auth: Authorized<'disclosure.record'>,
  change: KeyChange,
  disclosure: Disclosure,
): Promise<void> => {
  const { recipient, categories, legalBasis, note, ...plain } = disclosure;
  const core: DisclosureCore = { recipient, categories, legalBasis, ...(note ? { note } : {}) };
  const keys = await stageRequestKey(auth, change, plain);
  const row: DisclosureRow = {
    ...plain,
    sealed: await sealRow(keys, REQUEST_TABLES.disclosures, plain.id, { core }),
  };
  await change.store(() =>
    db.transaction('rw', disclosuresTable(db), async () => {
      await disclosuresTable(db).add(row);
    }),
  );
};

const openDisclosure = async (
  auth: Authorized<Permission>,
  row: DisclosureRow,
): Promise<Disclosure> => {
  const { core } = await openRow<{ core: DisclosureCore }>(
    await requestKeys(auth, row),
    REQUEST_TABLES.disclosures,
    row,
  );
  const { sealed: _sealed, ...plain } = row;
  return {
    ...plain,
    recipient: core?.recipient ?? '',
    categories: core?.categories ?? [],
    legalBasis: core?.legalBasis ?? 'legal-obligation',
    ...(core?.note ? { note: core.note } : {}),
  };
};

/** The disclosures of one person's data, oldest first. */
export const disclosuresOf = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  subjectId: string,
): Promise<Disclosure[]> => {
  const rows = await disclosuresTable(db).where('subjectId').equals(subjectId).sortBy('on');
  return Promise.all(rows.map((row) => openDisclosure(auth, row)));
};
