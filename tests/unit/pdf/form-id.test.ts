import { describe, expect, it } from 'vitest';
import {
  formatFormDate,
  groupRecoveryCode,
  isFormId,
  makeFormId,
  normalizeFormId,
  qrMatrix,
} from '@shared/pdf/index';

describe('makeFormId', () => {
  it('makes F-XXXX-XXXX from 40 random bits in Crockford base32', () => {
    expect(makeFormId(new Uint8Array([0, 0, 0, 0, 0]))).toBe('F-0000-0000');
    expect(makeFormId(new Uint8Array([255, 255, 255, 255, 255]))).toBe('F-ZZZZ-ZZZZ');
    expect(makeFormId(new Uint8Array([0x3a, 0x6b, 0x82, 0x4e, 0xbd]))).toMatch(
      /^F-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(makeFormId(new Uint8Array([1, 2, 3, 4, 5]))).not.toBe(
      makeFormId(new Uint8Array([1, 2, 3, 4, 6])),
    );
  });

  it('refuses too few random bytes', () => {
    expect(() => makeFormId(new Uint8Array(4))).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });

  it('reads back what a person typed', () => {
    const id = makeFormId(new Uint8Array([9, 8, 7, 6, 5]));
    expect(isFormId(id)).toBe(true);
    expect(normalizeFormId(id.toLowerCase().replace(/-/g, ' '))).toBe(id);
    expect(normalizeFormId('f-7kq2-9mxd')).toBe('F-7KQ2-9MXD');
    expect(normalizeFormId('7KQ2 9MXO')).toBe('F-7KQ2-9MX0');
    expect(normalizeFormId('F-7KQ2-9MX')).toBeUndefined();
    expect(normalizeFormId('F-7KQ2-9MXU')).toBeUndefined();
  });

  it('encodes the ID as a QR module matrix', () => {
    const matrix = qrMatrix('F-7KQ2-9MXD');
    expect(matrix.size).toBe(21);
    // Finder pattern corners are dark, the separator next to them light.
    expect(matrix.isDark(0, 0)).toBe(true);
    expect(matrix.isDark(0, 20)).toBe(true);
    expect(matrix.isDark(7, 7)).toBe(false);
  });
});

describe('print helpers', () => {
  it('formats dates as DD.MM.YYYY', () => {
    expect(formatFormDate('2025-09-01')).toBe('01.09.2025');
    expect(formatFormDate('2025-09-01T10:00:00Z')).toBe('01.09.2025');
    expect(formatFormDate('01.09.2025')).toBe('01.09.2025');
    expect(() => formatFormDate('1.9.25')).toThrow(expect.objectContaining({ code: 'validation' }));
  });

  it('groups a recovery code for reading', () => {
    expect(groupRecoveryCode('abcd efgh-ijkl')).toEqual(['ABCD', 'EFGH', 'IJKL']);
    expect(groupRecoveryCode('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });
});
