// A restore unwraps each data key of the file once (issue 10, restore speed), even when the
// file holds more keys than the cache: a demo register's children's core keys open their links,
// then the representatives' keys (each used once, more than the cache holds) come, then the
// children's own rows. The cache cleared whenever it was full unwrapped the children's keys a
// second time (at 10,000 children about 8,000 extra unwraps); the bound on memory stays.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticateBackup, type BackupBlob } from '@renderer/data/backup/backup-reader';
import { openRows } from '@renderer/data/backup/backup-verify';
import { writeBackup } from '@renderer/data/backup/backup-writer';
import { FileKeys, KeyMaterial } from '@renderer/data/backup/file-keys';
import { keyringOf } from '@renderer/data/session/session';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { recordsVault, type RecordsVault } from '../records/records-harness';

const CHILDREN = 60;

describe('data keys unwrapped by a restore’s pass over a demo register', () => {
  let v: RecordsVault;
  let blob: BackupBlob;
  let macKey: Uint8Array;

  beforeAll(async () => {
    v = await recordsVault();
    await v.records.seedDemo(v.head, generateDemoRegister({ children: CHILDREN, seed: 11 }));
    const parts: BlobPart[] = [];
    ({ macKey } = await writeBackup(
      { db: v.db, keybookFiles: v.context.keybook.files },
      { appVersion: 'test', now: new Date() },
      (chunk) => parts.push(new Uint8Array(chunk)),
    ));
    blob = new Blob(parts);
  }, 120_000);

  /** Opens every row as the restore does, with a cache of `limit` keys; counts unwrapKey calls. */
  const unwrapsWith = async (limit: number): Promise<number> => {
    const { principalId, privateKey } = keyringOf(v.head);
    const material = new KeyMaterial(principalId);
    await authenticateBackup(blob, macKey, material.visitor);
    const keys = await FileKeys.open(material, { principalId, privateKey }, limit);
    const unwrap = vi.spyOn(crypto.subtle, 'unwrapKey');
    try {
      // Frame by frame, as the pipeline checks them (in file order).
      await authenticateBackup(blob, macKey, {
        rows: async (table, rows) => {
          await openRows(keys, table, rows);
        },
      });
      return unwrap.mock.calls.length;
    } finally {
      unwrap.mockRestore();
    }
  };

  it('each key once with a cache of 2 keys per child, as 20,000 are at 10,000 children', async () => {
    const distinct = await unwrapsWith(1_000_000);
    const representatives = await v.db.table('representatives').count();
    // Each representative's two keys are used once, more keys than the small cache holds.
    expect(2 * representatives).toBeGreaterThan(2 * CHILDREN);
    expect(await unwrapsWith(2 * CHILDREN)).toBe(distinct);
  });

  it('a cache far smaller than the keys still opens every row', async () => {
    const distinct = await unwrapsWith(1_000_000);
    expect(await unwrapsWith(10)).toBeGreaterThan(distinct);
  });
});
