// A restore reports how far it has come (issue 10: a minute at 10,000 children must not look
// stuck): a fraction after every frame of both passes over the file, never falling, up to 1 once
// the new register is complete, verified and switched to (1 only after the switch: the screen's
// 100 % never comes before the register in use is the restored one). A refused restore, or a
// switch that fails, never reports 1. The new register's last write before the switch is a strict IndexedDB transaction
// (Chromium's default durability is relaxed since version 121): the switch never names a
// database whose rows a power cut could still take.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeDatabaseName } from '@renderer/data/backup/database-switch';
import type { RecordsVault } from '../records/records-harness';
import { HEAD } from '../vault/helpers';
import { addSettingsRows, pcOver, registerWithChild, withStrangerRow } from './backup-harness';

/** Rows of a table of several frames (frames of rows are cut at 500 rows). */
const EXTRA_ROWS = 1_600;

type Seen = { fraction: number; switched: boolean };

const expectRising = (seen: readonly Seen[]): void => {
  const fractions = seen.map((s) => s.fraction);
  expect(fractions[0]).toBe(0);
  for (let i = 1; i < fractions.length; i++)
    expect(fractions[i]).toBeGreaterThan(fractions[i - 1] as number);
  expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
};

describe('restore progress', () => {
  let v: RecordsVault;
  let childId: string;
  let file: Blob;

  beforeAll(async () => {
    ({ v, childId } = await registerWithChild());
    await addSettingsRows(v, EXTRA_ROWS);
    file = (await v.backup.make(v.head)).blob;
  }, 60_000);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('onto a fresh PC: after every frame, rising, 1 once complete and switched to', async () => {
    const pc = pcOver();
    const inspected = await pc.services.backup.inspect(file);
    const unlocked = await pc.services.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    const seen: Seen[] = [];
    await pc.services.backup.restoreFresh(file, inspected, unlocked, (fraction) => {
      seen.push({ fraction, switched: pc.store.map.size > 0 });
    });
    expectRising(seen);
    expect(seen.at(-1)).toEqual({ fraction: 1, switched: true });
    expect(seen.filter((s) => s.switched)).toHaveLength(1);
    expect(activeDatabaseName(pc.store)).toMatch(/-restored-/);
    // Both passes report per frame: the settings table alone is 4 frames of rows.
    const rowsFrames = Math.ceil(EXTRA_ROWS / 500);
    expect(seen.filter((s) => s.fraction > 0 && s.fraction < 0.1).length).toBeGreaterThan(
      rowsFrames,
    );
    expect(seen.filter((s) => s.fraction >= 0.1 && s.fraction < 1).length).toBeGreaterThan(
      rowsFrames,
    );
  });

  it('replacing the register in use: the same, up to 1', async () => {
    const { store, services } = pcOver(v.db);
    const inspected = await services.backup.inspect(file);
    const unlocked = await services.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    const seen: Seen[] = [];
    await services.backup.restoreReplacing(v.head, file, inspected, unlocked, (fraction) => {
      seen.push({ fraction, switched: store.map.size > 0 });
    });
    expectRising(seen);
    expect(seen.at(-1)).toEqual({ fraction: 1, switched: true });
    expect(seen.filter((s) => s.switched)).toHaveLength(1);
    expect(activeDatabaseName(store)).toMatch(/-restored-/);
  });

  it('a refused restore never reports 1', async () => {
    const bad = await withStrangerRow(v, childId, async () => (await v.backup.make(v.head)).blob);
    const pc = pcOver();
    const inspected = await pc.services.backup.inspect(bad);
    const unlocked = await pc.services.backup.unlock(inspected, {
      username: HEAD.username,
      password: HEAD.password,
    });
    const fractions: number[] = [];
    await expect(
      pc.services.backup.restoreFresh(bad, inspected, unlocked, (f) => fractions.push(f)),
    ).rejects.toMatchObject({ i18nKey: 'errors.backup.restoreRowDoesNotOpen' });
    expect(fractions.length).toBeGreaterThan(0);
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(pc.store.map.size).toBe(0);
  });

  it('a switch that fails never reports 1', async () => {
    const pc = pcOver();
    const inspected = await pc.services.backup.inspect(file);
    const unlocked = await pc.services.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    vi.spyOn(pc.databases, 'activate').mockRejectedValue(new Error('the switch failed'));
    const fractions: number[] = [];
    await expect(
      pc.services.backup.restoreFresh(file, inspected, unlocked, (f) => fractions.push(f)),
    ).rejects.toThrow('the switch failed');
    expect(Math.max(...fractions)).toBeGreaterThan(0.9);
    expect(Math.max(...fractions)).toBeLessThan(1);
  });

  it("the new register's last write before the switch is a strict transaction", async () => {
    const pc = pcOver();
    const inspected = await pc.services.backup.inspect(file);
    const unlocked = await pc.services.backup.unlock(inspected, { recoveryCode: v.recoveryCode });
    const writes: { db: string; durability: string }[] = [];
    type Transaction = (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) => IDBTransaction;
    const original = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')
      ?.value as Transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = original.apply(this, args);
      if (tx.mode === 'readwrite') writes.push({ db: this.name, durability: tx.durability });
      return tx;
    });
    let atSwitch: typeof writes = [];
    const { activate } = pc.databases;
    vi.spyOn(pc.databases, 'activate').mockImplementation((name) => {
      atSwitch = writes.filter((w) => w.db === name);
      return activate(name);
    });
    await pc.services.backup.restoreFresh(file, inspected, unlocked);
    expect(atSwitch.length).toBeGreaterThan(1);
    expect(atSwitch.at(-1)?.durability).toBe('strict');
  });
});
