import { describe, expect, it } from 'vitest';
import { createPrintStore } from '../../../electron/main/print-store';

const ID_A = '11111111-2222-4333-8444-555555555555';
const ID_B = '66666666-7777-4888-8999-aaaaaaaaaaaa';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

const makeStore = () => {
  let clock = 1_000;
  const ids = [ID_A, ID_B];
  const store = createPrintStore({
    ttlMs: 60_000,
    now: () => clock,
    randomId: () => ids.shift() ?? 'x',
  });
  return { store, advance: (ms: number) => (clock += ms) };
};

describe('createPrintStore', () => {
  it('serves the bytes from memory at a random app://print URL', () => {
    const { store } = makeStore();
    const url = store.put(PDF);
    expect(url).toBe(`app://print/${ID_A}.pdf`);
    expect(store.get(url)).toBe(PDF);
  });

  it('forgets the bytes once released (the preview window closed)', () => {
    const { store } = makeStore();
    const url = store.put(PDF);
    store.release(url);
    expect(store.get(url)).toBeUndefined();
    expect(store.size()).toBe(0);
  });

  it('forgets unclaimed bytes after the time-to-live', () => {
    const { store, advance } = makeStore();
    const url = store.put(PDF);
    advance(59_999);
    expect(store.get(url)).toBe(PDF);
    advance(1);
    expect(store.get(url)).toBeUndefined();
    expect(store.size()).toBe(0);
  });

  it('keeps each print separate', () => {
    const { store } = makeStore();
    const a = store.put(PDF);
    const b = store.put(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x0a]));
    store.release(a);
    expect(store.get(b)).toHaveLength(6);
  });

  it.each([
    `app://renderer/${ID_A}.pdf`,
    `app://print/${ID_A}.pdf?x=1`,
    `app://print/../${ID_A}.pdf`,
    `app://print/${ID_A}`,
    `https://print/${ID_A}.pdf`,
    `file:///tmp/${ID_A}.pdf`,
    'app://print/',
    'nonsense',
  ])('serves nothing at %s', (url) => {
    const { store } = makeStore();
    store.put(PDF);
    expect(store.get(url)).toBeUndefined();
  });

  it('refuses ids that are not UUIDs', () => {
    const store = createPrintStore({ ttlMs: 1, now: () => 0, randomId: () => '../x' });
    expect(() => store.put(PDF)).toThrow();
  });
});
