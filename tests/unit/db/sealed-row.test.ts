// Sealed rows (renderer/src/data/db/sealed-row.ts) without a database: one AES-GCM box per key
// category, bound by its additional data to table, row id, seal version and category
// (docs/security-model.md), so a box moved anywhere else does not open.
import { describe, expect, it } from 'vitest';
import type { KeyCategory } from '@shared/access/roles';
import { fromUtf8 } from '@renderer/data/crypto/bytes';
import { generateAesKey, open } from '@renderer/data/crypto/aes-gcm';
import {
  openRow,
  resealRow,
  rowAad,
  ROW_SEAL_VERSION,
  sealRow,
} from '@renderer/data/db/sealed-row';
import { rejectedAppError } from '../support/app-error';

const keyOf = async (): Promise<CryptoKey> => generateAesKey(false);
const allKeys = new Map<KeyCategory, CryptoKey>([
  ['core', await keyOf()],
  ['identifiers', await keyOf()],
  ['contacts', await keyOf()],
  ['health', await keyOf()],
]);
const only = (...categories: KeyCategory[]): Map<KeyCategory, CryptoKey> =>
  new Map([...allKeys].filter(([c]) => categories.includes(c)));

describe('rowAad', () => {
  it('is "table\\0id\\0version\\0category" in UTF-8', () => {
    expect(fromUtf8(rowAad('subjects', 's-1', 'core'))).toBe(
      `subjects\u0000s-1\u0000${String(ROW_SEAL_VERSION)}\u0000core`,
    );
  });
});

describe('sealRow and openRow', () => {
  const fields = { core: { name: 'Anna' }, identifiers: { code: '16117519997' }, health: null };

  it('seals each present category under its own key and opens them back', async () => {
    const sealed = await sealRow(allKeys, 'subjects', 's-1', { ...fields, contacts: undefined });
    expect(Object.keys(sealed).sort()).toEqual(['core', 'health', 'identifiers']);
    const core = sealed.core;
    if (core === undefined) throw new Error('core not sealed');
    const plain = await open(
      allKeys.get('core') as CryptoKey,
      core,
      rowAad('subjects', 's-1', 'core'),
    );
    expect(JSON.parse(fromUtf8(plain))).toEqual({ name: 'Anna' });
    expect(await openRow(allKeys, 'subjects', { id: 's-1', sealed })).toEqual(fields);
  });
  it('refuses to seal a category whose key the session does not hold, naming the category', async () => {
    const error = await rejectedAppError(sealRow(only('core'), 'subjects', 's-1', fields));
    expect(error.code).toBe('forbidden');
    expect(error.i18nKey).toBe('errors.noCategoryKey');
    expect(error.details).toEqual({ category: 'identifiers' });
  });
  it('opens only the categories whose keys are held, narrowed further by `only`', async () => {
    const sealed = await sealRow(allKeys, 'subjects', 's-1', fields);
    expect(await openRow(only('core', 'contacts'), 'subjects', { id: 's-1', sealed })).toEqual({
      core: { name: 'Anna' },
    });
    expect(await openRow(allKeys, 'subjects', { id: 's-1', sealed }, ['identifiers'])).toEqual({
      identifiers: { code: '16117519997' },
    });
    expect(await openRow(allKeys, 'subjects', { id: 's-1', sealed }, [])).toEqual({});
  });
  it('does not open a box moved to another row, table or category', async () => {
    const sealed = await sealRow(allKeys, 'subjects', 's-1', fields);
    const moved = [
      openRow(allKeys, 'subjects', { id: 's-2', sealed }),
      openRow(allKeys, 'representatives', { id: 's-1', sealed }),
      openRow(allKeys, 'subjects', { id: 's-1', sealed: { contacts: sealed.core } }),
    ];
    for (const attempt of moved) {
      expect((await rejectedAppError(attempt)).code).toBe('crypto');
    }
  });
  it('skips a category whose box is absent (undefined) instead of failing the row', async () => {
    const sealed = await sealRow(allKeys, 'subjects', 's-1', { core: { name: 'Anna' } });
    expect(
      await openRow(allKeys, 'subjects', { id: 's-1', sealed: { ...sealed, health: undefined } }),
    ).toEqual({ core: { name: 'Anna' } });
  });
  it('resealRow replaces the changed categories and keeps the others as they were', async () => {
    const sealed = await sealRow(allKeys, 'subjects', 's-1', fields);
    const resealed = await resealRow(allKeys, 'subjects', 's-1', sealed, {
      core: { name: 'Anna Marija' },
    });
    expect(resealed.identifiers).toBe(sealed.identifiers);
    expect(resealed.core).not.toBe(sealed.core);
    expect(await openRow(allKeys, 'subjects', { id: 's-1', sealed: resealed })).toEqual({
      ...fields,
      core: { name: 'Anna Marija' },
    });
  });
});
