// Schema version 60 (issue 11) adds the plaintext caseloads of a subject row and its index. The
// register here was written by schema 50 itself (tests/fixtures/register-v50: that version's own
// code, its own Dexie stores frozen in the fixture, its keybook): opened by the current code it
// upgrades to 60 with every record, user and audit entry intact, its clients in no caseload,
// which the head can then assign.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { CASELOAD_SCHEMA_VERSION } from '@renderer/data/records/caseload-schema';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import {
  decode,
  loadFrozenRegister,
  readRegisterFixture,
  type FrozenRegisterFixture,
} from '../vault/register-fixture';
import { staffSession } from '../vault/helpers';

type V50 = FrozenRegisterFixture & {
  readonly head: { readonly username: string; readonly password: string };
  readonly staff: Record<
    'lietvede' | 'socdarb',
    { readonly id: string; readonly password: string }
  >;
  readonly subjects: { readonly withGuardian: string; readonly alone: string };
  /** What schema 50's getSubject returned for each client (subject and representatives). */
  readonly expected: Record<string, { subject: object; representatives: object[] }>;
};

const fixture = readRegisterFixture('register-v50') as V50;

/** The v50 register in a fresh database and keybook, opened by the current code. */
const openV50 = async () => {
  const name = await loadFrozenRegister(fixture);
  const files = memoryKeybookFiles();
  for (const [file, bytes] of Object.entries(fixture.keybook))
    await files.write(file, decode(bytes) as Uint8Array);
  const db = createVaultDb(name);
  const services = createServices({ db, kdf: FLOOR_KDF, keybookFiles: files });
  return { db, services, records: createRecordsService(services.context) };
};

describe('schema version 60 on a register written by schema 50', () => {
  it('was made by schema 50: its frozen stores have no caseloads index', () => {
    expect(fixture.dexieVersion).toBe(50);
    expect(fixture.schema.map((v) => v.version)).toEqual([1, 10, 20, 40, 50]);
    const subjects = fixture.schema.findLast((v) => v.stores['subjects'] !== undefined);
    expect(subjects?.stores['subjects']).not.toContain('caseloads');
  });

  it('upgrades to 60 and every client, representative and audit entry survives', async () => {
    const { db, services, records } = await openV50();
    await db.open();
    expect(db.verno).toBe(CASELOAD_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.tables))
      expect(await db.table(table).count(), table).toBe(rows.length);
    const row = (await db.table('subjects').get(fixture.subjects.withGuardian)) as {
      caseloads?: unknown;
    };
    expect(row.caseloads).toBeUndefined();

    const head = await services.vault.unlock(fixture.head.username, fixture.head.password);
    for (const [id, expected] of Object.entries(fixture.expected)) {
      const now = await records.getSubject(head, id);
      expect(now.subject).toMatchObject(expected.subject);
      expect(now.subject.assignedWorkerIds).toBeUndefined();
      expect(now.representatives).toEqual(expected.representatives);
    }
    expect((await records.listSubjects(head)).map((s) => s.id).sort()).toEqual(
      Object.keys(fixture.expected).sort(),
    );
    expect(await services.audit.verifyAudit(head)).toMatchObject({ ok: true });
    // The staff of schema 50 still sign in with their passwords.
    const secretary = await services.vault.unlock('lietvede', fixture.staff.lietvede.password);
    expect((await records.listSubjects(secretary)).length).toBe(2);
  });

  it('puts the clients in no caseload, and the head can then assign them', async () => {
    const { db, services, records } = await openV50();
    const head = await services.vault.unlock(fixture.head.username, fixture.head.password);
    const worker = await services.vault.unlock('socdarb', fixture.staff.socdarb.password);
    expect(await records.listSubjects(worker)).toEqual([]);

    const { withGuardian, alone } = fixture.subjects;
    await records.assignCaseload(head, withGuardian, [fixture.staff.socdarb.id]);
    expect(
      await db.table('subjects').where('caseloads').equals(fixture.staff.socdarb.id).count(),
    ).toBe(1);
    const again = await services.vault.unlock('socdarb', fixture.staff.socdarb.password);
    expect((await records.listSubjects(again)).map((s) => s.id)).toEqual([withGuardian]);
    expect((await records.getSubject(again, withGuardian)).subject.givenNames).toBe('Ērika');

    // A role schema 50 did not have: a care worker made now, assigned the other client.
    const care = await staffSession({ ...services, db } as never, head, 'careWorker', 'aprupe');
    await records.assignCaseload(head, alone, [care.userId]);
    const careNow = await services.vault.unlock('aprupe', care.password);
    expect((await records.listSubjects(careNow)).map((s) => s.id)).toEqual([alone]);
  });
});
