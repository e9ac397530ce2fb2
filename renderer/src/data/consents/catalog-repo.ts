// Custom purposes and head-edited template versions, sealed under the org key (every role reads
// them; they are about no child). Both are append-only: a purpose is never
// renamed (its wording is what parents signed), and editing a template adds a new version.
import type { Permission } from '@shared/access/permissions';
import type { Purpose } from '@shared/consent';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import { orgKeys } from '../session/session';
import type { VaultDb } from '../db/vault-db';
import { openRow, sealRow } from '../db/sealed-row';
import type { PurposeCore, PurposeRow, TemplateRow } from './rows';
import { CONSENT_TABLES } from './schema';

const purposesTable = (db: VaultDb): Table<PurposeRow, string> => db.table(CONSENT_TABLES.purposes);
const templatesTable = (db: VaultDb): Table<TemplateRow, string> =>
  db.table(CONSENT_TABLES.templates);

export const addPurpose = async (
  db: VaultDb,
  auth: Authorized<'purpose.manage'>,
  purpose: Purpose,
  meta: { createdAt: string; createdBy: string },
): Promise<void> => {
  const org: PurposeCore = { labels: purpose.labels };
  const row: PurposeRow = {
    id: purpose.id,
    ...meta,
    sealed: await sealRow(orgKeys(keyringFor(auth)), CONSENT_TABLES.purposes, purpose.id, {
      org,
    }),
  };
  await db.transaction('rw', purposesTable(db), async () => {
    await purposesTable(db).add(row);
  });
};

export const customPurposes = async (
  db: VaultDb,
  auth: Authorized<Permission>,
): Promise<Purpose[]> => {
  const rows = await purposesTable(db).orderBy('id').toArray();
  const out: Purpose[] = [];
  for (const row of rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) {
    const opened = await openRow<{ org: PurposeCore }>(
      orgKeys(keyringFor(auth)),
      CONSENT_TABLES.purposes,
      row,
    );
    if (opened.org) out.push({ id: row.id, builtIn: false, labels: opened.org.labels });
  }
  return out;
};

export type StoredTemplate = {
  readonly templateId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly source: unknown;
};

export const addTemplateVersion = async (
  db: VaultDb,
  auth: Authorized<'template.manage'>,
  template: { id: string; version: number },
  source: unknown,
  meta: { createdAt: string; createdBy: string },
): Promise<void> => {
  const id = `${template.id}@${String(template.version)}`;
  const row: TemplateRow = {
    id,
    templateId: template.id,
    version: template.version,
    ...meta,
    sealed: await sealRow(orgKeys(keyringFor(auth)), CONSENT_TABLES.templates, id, {
      org: source,
    }),
  };
  await db.transaction('rw', templatesTable(db), async () => {
    await templatesTable(db).add(row);
  });
};

/** Every stored template version's raw JSON (validated by the registry that loads them). */
export const storedTemplates = async (
  db: VaultDb,
  auth: Authorized<Permission>,
): Promise<StoredTemplate[]> => {
  const rows = await templatesTable(db).toArray();
  const out: StoredTemplate[] = [];
  for (const row of rows) {
    const opened = await openRow<{ org: unknown }>(
      orgKeys(keyringFor(auth)),
      CONSENT_TABLES.templates,
      row,
    );
    out.push({
      templateId: row.templateId,
      version: row.version,
      createdAt: row.createdAt,
      source: opened.org,
    });
  }
  return out;
};
