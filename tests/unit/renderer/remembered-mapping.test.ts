import { beforeEach, describe, expect, it } from 'vitest';
import {
  headerSignature,
  recallMapping,
  rememberMapping,
} from '@renderer/features/import/remembered-mapping';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => {
      store.set(key, value);
    },
  };
  Object.assign(globalThis, { window: { localStorage } });
});

// A file without a header row: its "headers" are a child's data.
const FIRST_ROW = ['Anniņa', 'Ūzuliņa', '150320-12345', '+371 20000001'];
const mapping = {
  columns: { givenNames: 'Anniņa', familyName: 'Ūzuliņa', personalCode: '150320-12345' },
  relations: { rep1: 'mother', rep2: 'father' },
} as const;

describe('remembered import mappings', () => {
  it('come back for the same header row', () => {
    rememberMapping(FIRST_ROW, mapping);
    expect(recallMapping(FIRST_ROW)).toEqual(mapping);
    expect(recallMapping(['Vārds', 'Uzvārds'])).toBeUndefined();
  });

  it('keep no header text on disk, so a first row of data is never stored readable', () => {
    rememberMapping(FIRST_ROW, mapping);
    const written = [...store.values()].join('');
    for (const value of FIRST_ROW) expect(written).not.toContain(value);
    expect(written).not.toContain('Anni');
  });

  it('sign different header rows differently and the same row the same', () => {
    expect(headerSignature(['Vārds', 'Uzvārds'])).toBe(headerSignature(['Vārds', 'Uzvārds']));
    expect(headerSignature(['Vārds', 'Uzvārds'])).not.toBe(headerSignature(['Uzvārds', 'Vārds']));
    expect(headerSignature(['a'])).toMatch(/^[0-9a-f]{16}$/);
  });
});
