// The plaintext guard's row check (renderer/src/data/db/plaintext-guard.ts) without a database:
// a row may carry only its table's allow-listed fields and `sealed`, and `sealed` only AES-GCM
// boxes ({iv, ct} byte arrays) under a known key category. The error names the table and field,
// never a value. The guard inside Dexie is tested in tests/integration/vault.
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors/app-error';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { assertRowAllowed, plaintextGuard } from '@renderer/data/db/plaintext-guard';

const allowed = new Set(['id', 'groupId']);
const box = { iv: new Uint8Array(12), ct: new Uint8Array(20) };

const refusal = (table: string, allow: ReadonlySet<string> | undefined, row: unknown): unknown => {
  try {
    assertRowAllowed(table, allow, row);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('storage');
    expect(error.i18nKey).toBe('errors.plaintextField');
    return error.details;
  }
  return 'accepted';
};

describe('assertRowAllowed', () => {
  it('accepts allow-listed fields and boxes under every key category', () => {
    const sealed = { core: box, identifiers: box, contacts: box, health: box };
    expect(refusal('subjects', allowed, { id: 's1', groupId: 'g1', sealed })).toBe('accepted');
    expect(refusal('subjects', allowed, { id: 's1' })).toBe('accepted');
    expect(refusal('subjects', allowed, { id: 's1', sealed: {} })).toBe('accepted');
  });
  it('refuses a table without an allow-list, whatever the row', () => {
    expect(refusal('unknown', undefined, { id: 'x' })).toEqual({ table: 'unknown', field: '*' });
  });
  it('refuses a row that is not an object', () => {
    expect(refusal('subjects', allowed, null)).toEqual({ table: 'subjects', field: '(row)' });
    expect(refusal('subjects', allowed, 'Anna')).toEqual({ table: 'subjects', field: '(row)' });
  });
  it('names the first field outside the allow-list', () => {
    expect(refusal('subjects', allowed, { id: 's1', surname: 'Bērziņa' })).toEqual({
      table: 'subjects',
      field: 'surname',
    });
  });
  it('refuses a sealed part that is not an object of boxes', () => {
    expect(refusal('subjects', allowed, { id: 's1', sealed: null })).toEqual({
      table: 'subjects',
      field: 'sealed',
    });
    expect(refusal('subjects', allowed, { id: 's1', sealed: 'Anna' })).toEqual({
      table: 'subjects',
      field: 'sealed',
    });
  });
  it.each([
    ['an unknown category', { names: box }, 'sealed.names'],
    ['a plain value', { core: 'Anna Bērziņa' }, 'sealed.core'],
    ['null', { core: null }, 'sealed.core'],
    ['a box with an extra field', { core: { ...box, name: 'Anna' } }, 'sealed.core'],
    ['a box whose iv is not bytes', { core: { iv: [1, 2], ct: box.ct } }, 'sealed.core'],
    ['a box whose ct is text', { core: { iv: box.iv, ct: 'Anna' } }, 'sealed.core'],
    ['a box without ct', { core: { iv: box.iv } }, 'sealed.core'],
    ['a function carrying iv and ct', { core: Object.assign(() => 0, box) }, 'sealed.core'],
  ])('refuses %s inside sealed', (_why, sealed, field) => {
    expect(refusal('subjects', allowed, { id: 's1', sealed })).toEqual({
      table: 'subjects',
      field,
    });
  });
});

describe('plaintextGuard: the Dexie middleware', () => {
  const trans = {} as DBCoreTransaction;
  const fakeCore = () => {
    const mutate = vi.fn((_req: DBCoreMutateRequest) =>
      Promise.resolve({ numFailures: 0, failures: {}, lastResult: undefined }),
    );
    const get = vi.fn(() => Promise.resolve(undefined));
    const table = vi.fn((name: string) => ({ name, mutate, get }) as unknown as DBCoreTable);
    return { core: { stack: 'dbcore', table } as unknown as DBCore, mutate, get };
  };
  const guard = plaintextGuard(new Map([['subjects', allowed]]));
  const guardedTable = (core: DBCore, name: string): DBCoreTable => {
    const created = guard.create(core);
    if (created.table === undefined) throw new Error('the guard wraps no table');
    return created.table(name);
  };

  it('is a dbcore middleware named plaintext-guard', () => {
    expect(guard.stack).toBe('dbcore');
    expect(guard.name).toBe('plaintext-guard');
  });
  it('refuses a plaintext add or put before it reaches the table, passes sealed rows on', async () => {
    const { core, mutate } = fakeCore();
    const table = guardedTable(core, 'subjects');
    for (const type of ['add', 'put'] as const) {
      expect(() =>
        table.mutate({ type, trans, values: [{ id: 's1' }, { id: 's2', surname: 'Bērziņa' }] }),
      ).toThrow(expect.objectContaining({ details: { table: 'subjects', field: 'surname' } }));
    }
    expect(mutate).not.toHaveBeenCalled();
    const request: DBCoreMutateRequest = {
      type: 'put',
      trans,
      values: [{ id: 's1', sealed: { core: box } }],
    };
    await expect(table.mutate(request)).resolves.toMatchObject({ numFailures: 0 });
    expect(mutate).toHaveBeenCalledWith(request);
  });
  it("lets deletes through and keeps the table's other operations", async () => {
    const { core, mutate, get } = fakeCore();
    const table = guardedTable(core, 'subjects');
    await table.mutate({ type: 'delete', trans, keys: ['s1'] });
    expect(mutate).toHaveBeenCalledTimes(1);
    await table.get({ trans, key: 's1' });
    expect(get).toHaveBeenCalledTimes(1);
  });
  it('refuses every write to a table without an allow-list', () => {
    const { core } = fakeCore();
    expect(() =>
      guardedTable(core, 'notes').mutate({ type: 'add', trans, values: [{ id: 'n1' }] }),
    ).toThrow(expect.objectContaining({ details: { table: 'notes', field: '*' } }));
  });
});
