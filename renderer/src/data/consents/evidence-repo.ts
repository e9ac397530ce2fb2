// Scans of signed papers. Each scan's bytes are sealed under an item key of its own, in the
// identifiers category: a teacher's session never holds identifiers scope keys, so even a bug in
// a permission check could not show a scan, and one scan can be erased alone (its key goes).
// Sealed as raw bytes (a 10 MB scan as JSON would be a 13 MB string).
import type { Permission } from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import { open, seal } from '../crypto/aes-gcm';
import type { VaultDb } from '../db/vault-db';
import { rowAad } from '../db/sealed-row';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MIME_TYPES,
  type EvidenceMimeType,
  type EvidenceRow,
} from './rows';
import { CONSENT_TABLES } from './schema';

export const evidenceTable = (db: VaultDb): Table<EvidenceRow, string> =>
  db.table(CONSENT_TABLES.evidence);

export type EvidenceFile = { readonly bytes: Uint8Array; readonly mimeType: string };

export const isEvidenceMimeType = (value: string): value is EvidenceMimeType =>
  (EVIDENCE_MIME_TYPES as readonly string[]).includes(value);

/** Checks type and size; the message never names the file. */
export const assertEvidenceFile = (file: EvidenceFile): EvidenceMimeType => {
  if (!isEvidenceMimeType(file.mimeType))
    throw new AppError('validation', 'validation.scanType', { field: 'scan' });
  if (file.bytes.length === 0 || file.bytes.length > EVIDENCE_MAX_BYTES) {
    throw new AppError('validation', 'validation.scanSize', { field: 'scan' });
  }
  return file.mimeType;
};

/**
 * Seals a scan (outside any transaction) under `itemKey`, the scan's own key staged in a
 * KeyChange (key id = row.id) that the caller commits before adding the row.
 */
export const sealEvidence = async (
  itemKey: CryptoKey,
  row: Omit<EvidenceRow, 'sealed' | 'mimeType' | 'size'>,
  file: EvidenceFile,
): Promise<EvidenceRow> => {
  const mimeType = assertEvidenceFile(file);
  const box = await seal(
    itemKey,
    file.bytes,
    rowAad(CONSENT_TABLES.evidence, row.id, 'identifiers'),
  );
  return { ...row, mimeType, size: file.bytes.length, sealed: { identifiers: box } };
};

export const addEvidence = async (db: VaultDb, row: EvidenceRow): Promise<void> => {
  await db.transaction('rw', evidenceTable(db), async () => {
    await evidenceTable(db).add(row);
  });
};

export const readEvidence = async (
  db: VaultDb,
  auth: Authorized<'consent.viewEvidence'>,
  id: string,
): Promise<EvidenceFile> => {
  const row = await evidenceTable(db).get(id);
  const box = row?.sealed.identifiers;
  if (!row || !box) throw new AppError('not-found', 'errors.notFound', { entity: 'evidence' });
  const key = await keyringFor(auth).people.itemKey(id);
  if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'identifiers' });
  const bytes = await open(key, box, rowAad(CONSENT_TABLES.evidence, id, 'identifiers'));
  return { bytes, mimeType: row.mimeType };
};

/** Which of the given scan ids are still stored (primary keys only, nothing read or opened). */
export const storedEvidenceIds = async (
  db: VaultDb,
  ids: readonly string[],
): Promise<Set<string>> =>
  ids.length === 0
    ? new Set()
    : new Set(
        (
          await evidenceTable(db)
            .where(':id')
            .anyOf([...ids])
            .primaryKeys()
        ).map(String),
      );

/** Ids of the people with at least one stored scan (plaintext index only, nothing opened). */
export const subjectsWithEvidence = async (
  db: VaultDb,
  _auth: Authorized<Permission>,
): Promise<Set<string>> =>
  new Set((await evidenceTable(db).orderBy('subjectId').uniqueKeys()).map(String));
