// The restore's rows pipeline (data/backup/restore-pipeline.ts): frames are checked ahead of
// their writing, at most CHECKS_IN_FLIGHT at a time, and a frame's rows reach the database only
// after its own check passed, in file order; a refused check is thrown and nothing after it is
// written. And a pass that wants only some tables (the keys pass, inspect) does not decode the
// others, while the restore's full pass still refuses a damaged frame of those.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { passOver } from '@renderer/data/backup/backup-reader';
import { writeBackup } from '@renderer/data/backup/backup-writer';
import { CHECKS_IN_FLIGHT, RowsPipeline } from '@renderer/data/backup/restore-pipeline';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { RECORDS_VERSIONS } from '../records/records-harness';
import { registerWithChild } from './backup-harness';

type Row = Record<string, unknown>;

/** A check each test resolves or rejects by hand, frame by frame. */
const handCheck = () => {
  const waiting: {
    table: string;
    rows: readonly Row[];
    pass: () => void;
    fail: (e: Error) => void;
  }[] = [];
  let running = 0;
  let most = 0;
  const check = (table: string, rows: readonly Row[]) =>
    new Promise<void>((resolve, reject) => {
      running += 1;
      most = Math.max(most, running);
      const done = () => (running -= 1);
      waiting.push({
        table,
        rows,
        pass: () => {
          done();
          resolve();
        },
        fail: (e) => {
          done();
          reject(e);
        },
      });
    });
  return { check, waiting, most: () => most };
};

const frame = (from: number, n = 3): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `row-${String(from + i).padStart(4, '0')}`,
    value: 1,
  }));

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the rows pipeline', () => {
  let db: VaultDb;

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('checks ahead, writes a frame only after its check, in order', async () => {
    db = createVaultDb(`pipeline-${crypto.randomUUID()}`, RECORDS_VERSIONS);
    await db.open();
    const hand = handCheck();
    const pipeline = new RowsPipeline(db, hand.check);
    const frames = Array.from({ length: CHECKS_IN_FLIGHT + 2 }, (_, i) => frame(i * 3));
    // The first CHECKS_IN_FLIGHT frames are taken without waiting for any check.
    for (const rows of frames.slice(0, CHECKS_IN_FLIGHT)) await pipeline.add('settings', rows);
    expect(hand.waiting).toHaveLength(CHECKS_IN_FLIGHT);
    // One more: its check waits for the oldest; nothing is written meanwhile.
    const adding = pipeline.add('settings', frames[CHECKS_IN_FLIGHT] as Row[]);
    await settled();
    expect(hand.waiting).toHaveLength(CHECKS_IN_FLIGHT);
    expect(await db.table('settings').count()).toBe(0);
    // The second frame passing first changes nothing: the first is still unchecked.
    hand.waiting[1]?.pass();
    await settled();
    expect(await db.table('settings').count()).toBe(0);
    hand.waiting[0]?.pass();
    await adding;
    await pipeline.add('settings', frames[CHECKS_IN_FLIGHT + 1] as Row[]);
    expect(hand.waiting).toHaveLength(frames.length);
    for (const w of hand.waiting.slice(2)) w.pass();
    await pipeline.finish();
    expect(hand.waiting).toHaveLength(frames.length);
    expect(hand.most()).toBe(CHECKS_IN_FLIGHT);
    const ids = (await db.table('settings').toCollection().primaryKeys()) as string[];
    expect(ids).toEqual(frames.flat().map((r) => r['id']));
  });

  it('a refused frame is thrown; it and the frames after it are never written', async () => {
    db = createVaultDb(`pipeline-${crypto.randomUUID()}`, RECORDS_VERSIONS);
    await db.open();
    const hand = handCheck();
    const pipeline = new RowsPipeline(db, hand.check);
    for (let i = 0; i < CHECKS_IN_FLIGHT; i++) await pipeline.add('settings', frame(i * 3));
    hand.waiting[0]?.pass();
    hand.waiting[1]?.fail(new Error('refused'));
    hand.waiting[2]?.pass();
    await expect(pipeline.finish()).rejects.toThrow('refused');
    await pipeline.abandon();
    const ids = (await db.table('settings').toCollection().primaryKeys()) as string[];
    expect(ids.every((id) => frame(0).some((r) => r['id'] === id))).toBe(true);
  });
});

describe('a pass that wants only some tables', () => {
  it('decodes only those; every other rows frame is still hashed', async () => {
    const { v } = await registerWithChild();
    const made = await v.backup.make(v.head);
    const tables = new Set<string>();
    await passOver(made.blob, {
      wants: (table) => table === 'grants',
      rows: (table) => {
        tables.add(table);
      },
    });
    expect([...tables]).toEqual(['grants']);
    // One changed byte in a subjects frame, a table this pass does not decode: the digest.
    const bytes = new Uint8Array(await made.blob.arrayBuffer());
    const at = new TextDecoder().decode(bytes).indexOf('{"table":"subjects"}') + 40;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    await expect(
      passOver(new Blob([bytes]), { wants: (table) => table === 'grants' }),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.damaged' });
  });
});

describe('a MAC-only pass (the restore’s second)', () => {
  it('computes the MAC and skips the digest, but still wants the digest frame last', async () => {
    const { v } = await registerWithChild();
    const parts: BlobPart[] = [];
    const { macKey } = await writeBackup(
      { db: v.db, keybookFiles: v.context.keybook.files },
      { appVersion: 'test', now: new Date() },
      (chunk) => parts.push(new Uint8Array(chunk)),
    );
    const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
    // Only the digest's own 32 bytes changed: a full pass refuses it, a MAC-only pass does not,
    // and its MAC is the file's.
    const trailer = new Uint8Array(bytes);
    trailer[trailer.length - 1] = (trailer[trailer.length - 1] ?? 0) ^ 0x01;
    await expect(passOver(new Blob([trailer]), {}, macKey)).rejects.toMatchObject({
      i18nKey: 'errors.backup.damaged',
    });
    const pass = await passOver(new Blob([trailer]), {}, macKey, { macOnly: true });
    expect(pass.computedMac).toEqual(pass.mac);
    // Without its digest frame, or with a byte after it, the file is still refused.
    await expect(
      passOver(new Blob([bytes.subarray(0, bytes.length - 37)]), {}, macKey, { macOnly: true }),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.truncated' });
    await expect(
      passOver(new Blob([bytes, new Uint8Array([0])]), {}, macKey, { macOnly: true }),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.damaged' });
    // Without a MAC key there is nothing else to check: the digest is computed.
    await expect(passOver(new Blob([trailer]), {}, undefined, { macOnly: true })).rejects.toThrow();
  });
});
