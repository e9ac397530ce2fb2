// The plaintext facts the audit page reads about the rows an entry names
// (renderer/src/data/audit/entity-rows.ts): ids of rows that are gone (erased records, deleted
// forms and scans) are left out instead of failing the page, and a child's rows are found by the
// child's id. Written from the file's mutation survivors (docs/benchmarks.md, issue 15).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evidenceSubjectsById,
  formFactsById,
  rowIdsOfSubject,
  subjectRowsById,
} from '@renderer/data/audit/entity-rows';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import type { Authorized } from '@renderer/services/authorize';

// The functions only check the type of the authorization; the audit service passes a real one.
const AUTH = {} as Authorized<'audit.view'>;
const AT = '2025-03-01T08:00:00.000Z';
const SEALED = { sealed: {} };

const subject = (id: string, groupId: string | null) => ({
  id,
  kind: 'child',
  groupId,
  status: 'active',
  restricted: 0,
  createdAt: AT,
  updatedAt: AT,
  ...SEALED,
});
const form = (id: string, formId: string, subjectId: string | null) => ({
  id,
  formId,
  subjectId,
  templateId: 'lv-veidlapa-1',
  issuedAt: AT,
  ...SEALED,
});
const scan = (id: string, subjectId: string) => ({ id, subjectId, addedAt: AT, ...SEALED });
const link = (id: string, subjectId: string, representativeId: string) => ({
  id,
  subjectId,
  representativeId,
  createdAt: AT,
  ...SEALED,
});

let db: VaultDb;

beforeAll(async () => {
  db = createVaultDb(`entity-rows-${crypto.randomUUID()}`);
  await db.table('subjects').bulkAdd([subject('anna', 'group-a'), subject('eriks', null)]);
  await db
    .table('consentForms')
    .bulkAdd([
      form('form-1', 'F-AAAA-0001', 'anna'),
      form('form-2', 'F-AAAA-0002', null),
      form('form-3', 'F-AAAA-0003', 'eriks'),
    ]);
  await db.table('consentEvidence').bulkAdd([scan('scan-1', 'anna'), scan('scan-2', 'eriks')]);
  await db
    .table('representativeLinks')
    .bulkAdd([
      link('link-1', 'anna', 'liga'),
      link('link-2', 'anna', 'janis'),
      link('link-3', 'eriks', 'liga'),
    ]);
});

describe("the audit page's row facts", () => {
  it('subject rows by id, leaving out erased records', async () => {
    const rows = await subjectRowsById(db, AUTH, ['gone', 'eriks', 'anna']);
    expect(rows.map((r) => r.id)).toEqual(['eriks', 'anna']);
  });

  it('form facts by row id: the printed id and the child (none for a blank form); unknown ids left out', async () => {
    const facts = await formFactsById(db, AUTH, ['form-1', 'gone', 'form-2']);
    expect([...facts]).toEqual([
      ['form-1', { formId: 'F-AAAA-0001', subjectId: 'anna' }],
      ['form-2', { formId: 'F-AAAA-0002', subjectId: null }],
    ]);
  });

  it("each scan's child by scan id; unknown ids left out", async () => {
    const children = await evidenceSubjectsById(db, AUTH, ['scan-2', 'gone', 'scan-1']);
    expect([...children]).toEqual([
      ['scan-2', 'eriks'],
      ['scan-1', 'anna'],
    ]);
  });

  it('every row of one child: group, forms, scans and representatives (each once)', async () => {
    const anna = await rowIdsOfSubject(db, AUTH, 'anna');
    expect(anna).toEqual({
      groupId: 'group-a',
      formIds: ['form-1'],
      evidenceIds: ['scan-1'],
      representativeIds: ['liga', 'janis'],
    });
    await db.table('representativeLinks').add(link('link-4', 'anna', 'liga'));
    expect((await rowIdsOfSubject(db, AUTH, 'anna')).representativeIds).toEqual(['liga', 'janis']);
    await db.table('representativeLinks').delete('link-4');
  });

  it('an erased child: no group, and whatever rows are still there', async () => {
    await db.table('subjects').delete('eriks');
    expect(await rowIdsOfSubject(db, AUTH, 'eriks')).toEqual({
      groupId: null,
      formIds: ['form-3'],
      evidenceIds: ['scan-2'],
      representativeIds: ['liga'],
    });
  });
});
