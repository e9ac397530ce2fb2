// Backups end to end in the services, on fake-indexeddb and the in-memory OPFS: a register with
// children, representatives, a personal code and health notes is backed up, restored into a new
// database through the database switch, and opened with the same password; every refusal (wrong
// secret, flipped byte, truncated file, newer format, another institution) leaves the register
// in use exactly as it was and no new database behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { activeDatabaseName, browserDatabaseSwitch } from '@renderer/data/backup/database-switch';
import type { BackupBlob } from '@renderer/data/backup/backup-reader';
import { BACKUP_MAGIC } from '@renderer/data/backup/format';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { CODE_1, RECORDS_VERSIONS, childSave, recordsVault } from '../records/records-harness';
import { HEAD } from '../vault/helpers';
import { memoryStore, registerWithChild } from './backup-harness';

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());
const asBlob = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

/** Where `needle` first starts in `haystack`, or -1. */
const indexOf = (haystack: Uint8Array, needle: Uint8Array): number => {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean =>
  indexOf(haystack, needle) >= 0;

/**
 * `file` with one byte changed inside the first `tag` of a child's row (the JSON stays valid):
 * by default a sealed box's base64. Not just any box from the middle on: one in the 'slots' or
 * 'grants' rows is refused earlier, at unlock.
 */
const childByteChanged = (file: Uint8Array, tag = '{"$bytes":"'): Uint8Array => {
  const bad = new Uint8Array(file);
  const needle = new TextEncoder().encode(tag);
  let at = indexOf(bad, new TextEncoder().encode('{"table":"subjects"}'));
  expect(at).toBeGreaterThan(0);
  while (!contains(bad.subarray(at, at + needle.length), needle)) at += 1;
  at += needle.length + 2;
  bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
  return bad;
};

/** `bytes` with its SHA-256 trailer recomputed (what anyone can do without the register's keys). */
const redigested = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const out = new Uint8Array(bytes);
  const { createSHA256 } = await import('hash-wasm');
  const sha = await createSHA256();
  sha.init();
  sha.update(out.subarray(0, out.length - 37)); // before the digest frame (5 + 32 bytes)
  out.set(sha.digest('binary'), out.length - 32);
  return out;
};

/** Databases a restore made (a refused restore must leave none behind). */
const databaseNames = async (): Promise<string[]> =>
  (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((name) => name.includes('-restored-'))
    .sort();

/** Services over an empty database with a switch of its own (a PC without a register). */
const freshPc = () => {
  const store = memoryStore();
  const databases = browserDatabaseSwitch(store);
  const db = createVaultDb(`fresh-${crypto.randomUUID()}`, RECORDS_VERSIONS);
  const services = createServices({ db, kdf: FLOOR_KDF, databases, appVersion: 'test' });
  return { store, databases, services };
};

describe('backup and restore', () => {
  let v: Awaited<ReturnType<typeof recordsVault>>;
  let childId: string;
  let file: Uint8Array;

  beforeAll(async () => {
    ({ v, childId } = await registerWithChild());
    await v.records.saveSubject(
      v.sessions.secretary,
      childSave({ givenNames: 'Marta', familyName: 'Bērziņa' }, v.groupB.id),
    );
    const made = await v.backup.make(v.head);
    file = await bytesOf(made.blob);
    await made.verifyCopy(asBlob(file));
  }, 60_000);

  it('the file starts with the magic, carries counts per table and no personal data', async () => {
    expect(file.subarray(0, 8)).toEqual(BACKUP_MAGIC);
    const inspected = await v.backup.inspect(asBlob(file));
    const counts = Object.fromEntries(inspected.header.tables.map((t) => [t.name, t.count]));
    expect(counts['subjects']).toBe(2);
    expect(counts['representatives']).toBe(4);
    expect(counts['loginAttempts']).toBeUndefined();
    for (const marker of [
      'Anniņa',
      'Ūzuliņa',
      'Marta',
      'Bērziņa',
      'riekstiem',
      CODE_1,
      'liga@example.lv',
    ])
      expect(contains(file, new TextEncoder().encode(marker))).toBe(false);
  });

  it('restores onto a fresh PC: the same password opens every child, code and health note', async () => {
    const pc = freshPc();
    const inspected = await pc.services.backup.inspect(asBlob(file));
    const unlocked = await pc.services.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    expect(unlocked.institution).toMatchObject({ name: 'PII Testa dārziņš' });
    await pc.services.backup.restoreFresh(asBlob(file), inspected, unlocked);
    const active = activeDatabaseName(pc.store);
    expect(active).toMatch(/-restored-/);
    const restored = createServices({
      db: createVaultDb(active),
      kdf: FLOOR_KDF,
      keybookFiles: pc.databases.keybookFiles(active),
    });
    const head = await restored.vault.unlock(HEAD.username, HEAD.password);
    const records = createRecordsService(restored.context);
    const names = (await records.listSubjects(head)).map((s) => s.givenNames).sort();
    expect(names).toEqual(['Anniņa', 'Marta']);
    const detail = await records.getSubject(head, childId);
    expect(detail.subject.personalCode).toBe(CODE_1);
    expect(detail.subject.healthNotes).toBe('Alerģija pret riekstiem');
    expect(detail.representatives).toHaveLength(2);
    expect(await restored.audit.verifyAudit(head)).toMatchObject({ ok: true });
  }, 60_000);

  it('the recovery code opens the backup too', async () => {
    const pc = freshPc();
    const inspected = await pc.services.backup.inspect(asBlob(file));
    await expect(
      pc.services.backup.unlock(inspected, { recoveryCode: v.recoveryCode }),
    ).resolves.toMatchObject({ institution: { name: 'PII Testa dārziņš' } });
  });

  it('a wrong password or recovery code is refused by name', async () => {
    const pc = freshPc();
    const inspected = await pc.services.backup.inspect(asBlob(file));
    await expect(
      pc.services.backup.unlock(inspected, { username: HEAD.username, password: 'wrong-pass-1' }),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.badCredentials' });
    await expect(
      pc.services.backup.unlock(inspected, { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.badCredentials' });
  });

  it('any flipped byte is refused before anything is restored', async () => {
    const before = await databaseNames();
    const positions = [3, 12, 40, Math.floor(file.length / 2), file.length - 40, file.length - 1];
    for (const at of positions) {
      const bad = new Uint8Array(file);
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      const pc = freshPc();
      await expect(pc.services.backup.inspect(asBlob(bad))).rejects.toMatchObject({
        code: 'validation',
      });
    }
    expect(await databaseNames()).toEqual(before);
  });

  it('a byte changed with a recomputed digest fails the MAC and restores nothing', async () => {
    // An attacker who rewrites a row and recomputes the SHA-256 trailer still lacks the key.
    const bad = await redigested(childByteChanged(file));
    const pc = freshPc();
    const before = await databaseNames();
    const inspected = await pc.services.backup.inspect(asBlob(bad));
    const unlocked = await pc.services.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    await expect(
      pc.services.backup.restoreFresh(asBlob(bad), inspected, unlocked),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.damaged' });
    expect(await databaseNames()).toEqual(before);
    expect(pc.store.map.size).toBe(0);
  });

  it('a file changed between the restore’s two passes is refused and restores nothing', async () => {
    // The second pass checks the MAC, not the digest (the first checked both): a changed row is
    // refused whether its digest was recomputed or not. `changed` is read from the second pass
    // on; its change is in a plaintext field (the row still opens), so only the MAC sees it.
    const changed = childByteChanged(file, '"groupId":"');
    for (const later of [changed, await redigested(changed)]) {
      const pc = freshPc();
      const before = await databaseNames();
      const inspected = await pc.services.backup.inspect(asBlob(file));
      const unlocked = await pc.services.backup.unlock(inspected, {
        username: HEAD.username,
        password: HEAD.password,
      });
      let reads = 0;
      const changing: BackupBlob = {
        size: file.length,
        stream: () => asBlob((reads += 1) === 1 ? file : later).stream(),
      };
      await expect(
        pc.services.backup.restoreFresh(changing, inspected, unlocked),
      ).rejects.toMatchObject({ i18nKey: 'errors.backup.damaged' });
      expect(reads).toBe(2);
      expect(await databaseNames()).toEqual(before);
      expect(pc.store.map.size).toBe(0);
    }
  });

  it('a truncated file, another file, a newer format: each refused by name', async () => {
    const pc = freshPc();
    for (const cut of [9, 200, file.length - 33]) {
      await expect(pc.services.backup.inspect(asBlob(file.slice(0, cut)))).rejects.toMatchObject({
        i18nKey: cut < 10 ? 'errors.backup.notBackup' : 'errors.backup.truncated',
      });
    }
    await expect(
      pc.services.backup.inspect(asBlob(new TextEncoder().encode('%PDF-1.7 not a backup'))),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.notBackup' });
    const newer = new Uint8Array(file);
    newer[9] = 2;
    await expect(pc.services.backup.inspect(asBlob(newer))).rejects.toMatchObject({
      i18nKey: 'errors.backup.newerFormat',
      details: { version: 2 },
    });
  });

  it('a backup of another institution cannot replace the register in use', async () => {
    const other = await recordsVault();
    const inspected = await other.backup.inspect(asBlob(file));
    const unlocked = await other.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    const before = await databaseNames();
    await expect(
      other.backup.restoreReplacing(other.head, asBlob(file), inspected, unlocked),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.otherInstitution' });
    expect(await databaseNames()).toEqual(before);
  }, 60_000);

  it('only the head may replace the register; the secretary may make backups', async () => {
    await expect(v.backup.make(v.sessions.secretary)).resolves.toBeDefined();
    await expect(v.backup.make(v.sessions.teacher)).rejects.toMatchObject({ code: 'forbidden' });
    const inspected = await v.backup.inspect(asBlob(file));
    const unlocked = await v.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    await expect(
      v.backup.restoreReplacing(v.sessions.secretary, asBlob(file), inspected, unlocked),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('database switch', () => {
  it('keeps the default name until a restored database is activated; discards the rest', async () => {
    const store = memoryStore();
    expect(activeDatabaseName(store)).toBe('piekrisanas-registrs');
    store.setItem('piekrisanas-registrs.activeDatabase', 'something-else');
    expect(activeDatabaseName(store)).toBe('piekrisanas-registrs');
    const sw = browserDatabaseSwitch(store);
    const a = sw.newName();
    const b = sw.newName();
    for (const name of [a, b]) {
      // Whole registers (a vault row, no keybook files): the start proves the one switched to.
      const db = new Dexie(name);
      db.version(1).stores({ meta: 'id' });
      await db.table('meta').put({ id: 'vault' });
      db.close();
    }
    await sw.activate(b);
    expect(activeDatabaseName(store)).toBe(b);
    await sw.start();
    const names = await databaseNames();
    expect(names).toContain(b);
    expect(names).not.toContain(a);
  });
});
