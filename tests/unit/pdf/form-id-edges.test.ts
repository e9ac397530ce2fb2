// Form ids (F-XXXX-XXXX, Crockford base32 over 40 random bits) pinned bit by bit: mutation testing
// showed the encoding order, the look-alike letters and the batch check unpinned
// (docs/benchmarks.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { assertFormIds, isFormId, makeFormId, normalizeFormId } from '@shared/pdf/form-id';
import { thrownAppError } from '../support/app-error';

describe('makeFormId: 5 bytes big-endian, eight 5-bit groups, most significant first', () => {
  it('encodes known bit patterns exactly', () => {
    expect(makeFormId(new Uint8Array([0, 0, 0, 0, 1]))).toBe('F-0000-0001');
    expect(makeFormId(new Uint8Array([0, 0, 0, 0, 32]))).toBe('F-0000-0010');
    // 10000 repeated eight times: every group is 16, the letter G.
    expect(makeFormId(new Uint8Array([0x84, 0x21, 0x08, 0x42, 0x10]))).toBe('F-GGGG-GGGG');
    // 0x80 in the first byte is the top bit of the first group (16 = G).
    expect(makeFormId(new Uint8Array([0x80, 0, 0, 0, 0]))).toBe('F-G000-0000');
    // Groups 10..31 use the letters without I, L, O, U.
    expect(makeFormId(new Uint8Array([0x52, 0xd8, 0xd7, 0x3e, 0x11]))).toBe('F-ABCD-EFGH');
    expect(makeFormId(new Uint8Array([0x94, 0xe9, 0x5b, 0x5f, 0x19]))).toBe('F-JKMN-PQRS');
    expect(makeFormId(new Uint8Array([0xd6, 0xf9, 0xdf, 0x7c, 0x01]))).toBe('F-TVWX-YZ01');
    expect(makeFormId(new Uint8Array([0x10, 0xc8, 0x53, 0x1d, 0x09]))).toBe('F-2345-6789');
  });
  it('uses only the first five bytes of a longer buffer', () => {
    expect(makeFormId(new Uint8Array([0, 0, 0, 0, 1, 255, 255]))).toBe('F-0000-0001');
  });
  it('refuses fewer than 5 bytes with errors.pdf.formIdEntropy and the byte count', () => {
    const error = thrownAppError(() => makeFormId(new Uint8Array(4)));
    expect(error.code).toBe('validation');
    expect(error.i18nKey).toBe('errors.pdf.formIdEntropy');
    expect(error.details).toEqual({ bytes: 4 });
  });
});

describe('isFormId: exactly F-, four, dash, four, in the Crockford alphabet', () => {
  it.each([
    ['xF-7KQ2-9MXD'],
    ['F-7KQ2-9MXDx'],
    [' F-7KQ2-9MXD'],
    ['f-7kq2-9mxd'],
    ['F-7KQ29MXD'],
    ['F-7KQ-29MXD'],
    ['F-7KQ2-9MXI'],
    ['F-7KQ2-9MXL'],
    ['F-OKQ2-9MXD'],
    ['F-UKQ2-9MXD'],
  ])('refuses %j', (value) => {
    expect(isFormId(value)).toBe(false);
  });
});

describe('normalizeFormId: what a person types back from paper', () => {
  it('reads I and L as 1, O as 0, any case, with or without F, dashes and spaces', () => {
    expect(normalizeFormId('7kq2 9mxd')).toBe('F-7KQ2-9MXD');
    expect(normalizeFormId('F7KQ29MXD')).toBe('F-7KQ2-9MXD');
    expect(normalizeFormId('f - 7kq2 - 9mxd')).toBe('F-7KQ2-9MXD');
    expect(normalizeFormId('F-7KQ2\t9MXD')).toBe('F-7KQ2-9MXD');
    expect(normalizeFormId('F-IKQ2-LMXD')).toBe('F-1KQ2-1MXD');
    expect(normalizeFormId('F-ikq2-lmxd')).toBe('F-1KQ2-1MXD');
    expect(normalizeFormId('F-OOOO-oooo')).toBe('F-0000-0000');
  });
  it('refuses wrong lengths and letters outside the alphabet', () => {
    expect(normalizeFormId('F-7KQ2-9MXDA')).toBeUndefined();
    expect(normalizeFormId('7KQ29MX')).toBeUndefined();
    expect(normalizeFormId('F-7KQ2_9MXD')).toBeUndefined();
    expect(normalizeFormId('')).toBeUndefined();
  });
});

describe('assertFormIds: every entry of a batch has its own well-formed id', () => {
  it('accepts distinct well-formed ids and an empty batch', () => {
    expect(() => {
      assertFormIds([]);
    }).not.toThrow();
    expect(() => {
      assertFormIds([{ formId: 'F-7KQ2-9MXD' }, { formId: 'F-7KQ2-9MXE' }]);
    }).not.toThrow();
  });
  it('names the index of a malformed or repeated id (errors.pdf.formIdInvalid)', () => {
    const repeated = thrownAppError(() => {
      assertFormIds([
        { formId: 'F-7KQ2-9MXD' },
        { formId: 'F-0000-0000' },
        { formId: 'F-7KQ2-9MXD' },
      ]);
    });
    expect(repeated.code).toBe('validation');
    expect(repeated.i18nKey).toBe('errors.pdf.formIdInvalid');
    expect(repeated.details).toEqual({ index: 2 });
    const malformed = thrownAppError(() => {
      assertFormIds([{ formId: 'F-7KQ2-9MXD' }, { formId: 'F-7KQ2' }]);
    });
    expect(malformed.details).toEqual({ index: 1 });
  });
});
