// The register the backup tests start from: the records vault with one child in group A who has
// a personal code (saved by the secretary) and a health note (only the head holds that key).
import { generateAesKey, seal } from '@renderer/data/crypto/aes-gcm';
import { utf8 } from '@renderer/data/crypto/bytes';
import { rowAad } from '@renderer/data/db/sealed-row';
import {
  browserDatabaseSwitch,
  type ActiveDatabaseStore,
} from '@renderer/data/backup/database-switch';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { createServices } from '@renderer/services';
import {
  CODE_1,
  RECORDS_VERSIONS,
  childSave,
  recordsVault,
  type RecordsVault,
} from '../records/records-harness';

export const HEALTH_NOTE = 'Alerģija pret riekstiem';

export const registerWithChild = async (): Promise<{ v: RecordsVault; childId: string }> => {
  const v = await recordsVault();
  const childId = await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ personalCode: CODE_1 }, v.groupA.id),
  );
  await v.records.setHealthNotes(v.sessions.head, childId, HEALTH_NOTE);
  return { v, childId };
};

/**
 * Adds `count` plain settings rows (no personal data): a table of many pages and rows frames,
 * for the tests of how far a backup or a restore has come.
 */
export const addSettingsRows = async (v: RecordsVault, count: number): Promise<void> => {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `progress.row-${String(i).padStart(5, '0')}`,
    value: i,
  }));
  await v.db.table('settings').bulkPut(rows);
};

/** The active-database store of a PC, in memory (`map` shows what a switch wrote). */
export const memoryStore = (): ActiveDatabaseStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
};

/**
 * A PC's services over `db` (by default a new empty database: a PC without a register), its
 * active-database store in memory and its database switch.
 */
export const pcOver = (
  db: VaultDb = createVaultDb(`fresh-${crypto.randomUUID()}`, RECORDS_VERSIONS),
) => {
  const store = memoryStore();
  const databases = browserDatabaseSwitch(store);
  const services = createServices({ db, kdf: FLOOR_KDF, databases, appVersion: 'test' });
  return { store, databases, services };
};

type SubjectRow = { id: string; sealed: Record<string, unknown> };

/**
 * Runs `fn` while the child's core box is valid AES-GCM with the right AAD, only under a key
 * that is nowhere in the register (a backup made meanwhile is whole and its MAC good, but that
 * row would not open after a restore); puts the row back afterwards.
 */
export const withStrangerRow = async <T>(
  v: RecordsVault,
  childId: string,
  fn: () => Promise<T>,
): Promise<T> => {
  const table = v.db.table<SubjectRow, string>('subjects');
  const original = (await table.get(childId)) as SubjectRow;
  const stranger = await generateAesKey(false);
  const core = await seal(
    stranger,
    utf8('{"givenNames":"X"}'),
    rowAad('subjects', childId, 'core'),
  );
  await table.put({ ...original, sealed: { ...original.sealed, core } });
  try {
    return await fn();
  } finally {
    await table.put(original);
  }
};
