// Verifying a backup after writing it opens every sealed row with the keys the file carries
// (issue 10: "every row opens, counts match"), not only the digest, MAC and counts. A row whose
// box is well framed and inside the MAC but sealed under a key the file does not hold fails the
// verification with errors.backup.rowDoesNotOpen; a good file passes, also for a secretary, whose
// role never holds the health key (those boxes are skipped, not failed).
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBackup } from '@renderer/data/backup/backup-verify';
import { writeBackup } from '@renderer/data/backup/backup-writer';
import { keyringOf, type Session } from '@renderer/data/session/session';
import { childSave, type RecordsVault } from '../records/records-harness';
import { registerWithChild, withStrangerRow } from './backup-harness';
import { eraseWhole } from '../retention/erase-now';

type SubjectRow = { id: string; sealed: Record<string, unknown> };

describe('verifying a backup opens every row', () => {
  let v: RecordsVault;
  let childId: string;

  beforeAll(async () => {
    ({ v, childId } = await registerWithChild());
  }, 60_000);

  /** Writes a backup and verifies it as `session`'s principal. */
  const writeAndVerify = async (session: Session) => {
    const parts: BlobPart[] = [];
    const { macKey } = await writeBackup(
      { db: v.db, keybookFiles: v.context.keybook.files },
      { appVersion: 'test', now: new Date() },
      (chunk) => parts.push(new Uint8Array(chunk)),
    );
    const { principalId, privateKey } = keyringOf(session);
    return verifyBackup(new Blob(parts), macKey, { principalId, privateKey });
  };

  it('a good backup verifies: every box of every row opened, none skipped for the head', async () => {
    const made = await v.backup.make(v.head);
    await expect(made.verifyCopy(made.blob)).resolves.toBeUndefined();
    const report = await writeAndVerify(v.head);
    // The child (core, identifiers, contacts, health), two parents, their links, staff, groups...
    expect(report.opened).toBeGreaterThan(10);
    expect(report.skipped).toBe(0);
  });

  it("a secretary's backup verifies; the health box she never holds is skipped", async () => {
    const made = await v.backup.make(v.sessions.secretary);
    await expect(made.verifyCopy(made.blob)).resolves.toBeUndefined();
    expect(await writeAndVerify(v.sessions.secretary)).toMatchObject({ skipped: 1 });
  });

  it('a row sealed under a key the file does not carry fails the verification', async () => {
    await withStrangerRow(v, childId, async () => {
      const made = await v.backup.make(v.head);
      await expect(made.verifyCopy(made.blob)).rejects.toMatchObject({
        code: 'validation',
        i18nKey: 'errors.backup.rowDoesNotOpen',
        details: { table: 'subjects' },
      });
    });
  });

  it('rows whose keys an unfinished erasure already removed pass; after it is done they fail', async () => {
    const other = await v.records.saveSubject(
      v.head,
      childSave({ givenNames: 'Marta', familyName: 'Bērziņa' }, v.groupB.id),
    );
    const subjects = v.db.table<SubjectRow, string>('subjects');
    const row = (await subjects.get(other)) as SubjectRow;
    const erasureId = await eraseWhole(v.context, v.head, other);
    const erasures = v.db.table<{ id: string; state: string; doneAt: string | null }, string>(
      'erasures',
    );
    const done = await erasures.get(erasureId);
    // The snapshot of an erasure cut short: keys gone, the record pending, a row still there.
    await subjects.put(row);
    await erasures.update(erasureId, { state: 'pending', doneAt: null });
    try {
      const made = await v.backup.make(v.head);
      await expect(made.verifyCopy(made.blob)).resolves.toBeUndefined();
      await erasures.put(done as never);
      const after = await v.backup.make(v.head);
      await expect(after.verifyCopy(after.blob)).rejects.toMatchObject({
        i18nKey: 'errors.backup.rowDoesNotOpen',
      });
    } finally {
      await subjects.delete(other);
      await erasures.put(done as never);
    }
  });
});
