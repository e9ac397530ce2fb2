// Schema version 60 (issue 11) adds the plaintext caseloads of a subject row and its index. A
// register at version 50 has subject rows without it: they open at 60 unchanged, count in no
// caseload, and a client of such a register can then be assigned to a worker.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { KEY_SCHEME_VERSION } from '@renderer/data/keys/schema';
import { CASELOAD_SCHEMA_VERSION } from '@renderer/data/records/caseload-schema';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { HEAD, staffSession } from '../vault/helpers';
import { clientSave } from './social-harness';

const services = (name: string, files: ReturnType<typeof memoryKeybookFiles>, at?: number) => {
  const db = createVaultDb(
    name,
    at === undefined ? VAULT_SCHEMA : VAULT_SCHEMA.filter((v) => v.version <= at),
  );
  const s = createServices({ db, kdf: FLOOR_KDF, keybookFiles: files });
  return { db, s, records: createRecordsService(s.context) };
};

/** A register as version 50 stored it: the same rows, subject rows without `caseloads`. */
const registerAt50 = async (files: ReturnType<typeof memoryKeybookFiles>) => {
  const made = services(`made-${crypto.randomUUID()}`, files);
  await made.s.vault.createVault({
    institution: { kind: 'socialOffice', country: 'LT', details: { name: 'Test' } },
    head: HEAD,
  });
  const head = await made.s.vault.unlock(HEAD.username, HEAD.password);
  const worker = await staffSession({ ...made.s, db: made.db } as never, head, 'careWorker', 'w1');
  const id = await made.records.saveSubject(head, clientSave());
  const tables = new Map<string, object[]>();
  for (const table of made.db.tables) tables.set(table.name, (await table.toArray()) as object[]);
  made.db.close();
  const name = `v50-${crypto.randomUUID()}`;
  const old = createVaultDb(
    name,
    VAULT_SCHEMA.filter((v) => v.version <= KEY_SCHEME_VERSION),
  );
  await old.open();
  for (const [table, rows] of tables) {
    const stored =
      table === 'subjects'
        ? rows.map(({ caseloads: _c, ...row }: { caseloads?: unknown }) => row)
        : rows;
    if (stored.length > 0) await old.table(table).bulkAdd(stored);
  }
  expect(old.verno).toBe(KEY_SCHEME_VERSION);
  old.close();
  return { name, id, workerId: worker.userId, workerPassword: worker.password };
};

describe('schema version 60: caseloads', () => {
  it('opens a version-50 register: its clients in no caseload, then assignable', async () => {
    const files = memoryKeybookFiles();
    const old = await registerAt50(files);
    const now = services(old.name, files);
    await now.db.open();
    expect(now.db.verno).toBe(CASELOAD_SCHEMA_VERSION);
    const row = (await now.db.table('subjects').get(old.id)) as { caseloads?: unknown };
    expect(row.caseloads).toBeUndefined();

    const head = await now.s.vault.unlock(HEAD.username, HEAD.password);
    const client = (await now.records.getSubject(head, old.id)).subject;
    expect(client.givenNames).toBe('Ona');
    expect(client.assignedWorkerIds).toBeUndefined();
    await now.records.assignCaseload(head, old.id, [old.workerId]);
    expect(await now.db.table('subjects').where('caseloads').equals(old.workerId).count()).toBe(1);
    const worker = await now.s.vault.unlock('w1', old.workerPassword);
    expect((await now.records.listSubjects(worker)).map((s) => s.id)).toEqual([old.id]);
  });
});
