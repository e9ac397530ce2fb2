// Edges of the crypto wrappers that mutation testing showed unpinned (docs/benchmarks.md,
// "Mutation testing"). The KDF floor and ceilings at their exact values (docs/security-model.md:
// OWASP's Argon2id minimum m = 19 MiB, t = 2, p = 1, PBKDF2-SHA256 600 000 iterations, 16-byte
// salts; ceilings so a tampered slot cannot hang the app), non-extractable imports, strict UTF-8,
// NFC passwords, the derived key wiped, the recovery code's exact length.
import { describe, expect, it, vi } from 'vitest';
import { importAesKey, open, seal } from '@renderer/data/crypto/aes-gcm';
import {
  bytesEqual,
  concatBytes,
  fromHex,
  fromUtf8,
  toHex,
  utf8,
} from '@renderer/data/crypto/bytes';
import { hmacSha256, importHmacKey, verifyHmacSha256 } from '@renderer/data/crypto/hmac';
import {
  assertKdfFloor,
  deriveBytesUnchecked,
  deriveKek,
  FLOOR_KDF,
  KDF_FLOOR,
  newKdfParams,
  type KdfSettings,
} from '@renderer/data/crypto/kdf';
import { normalizeRecoveryCode } from '@renderer/data/crypto/recovery-code';
import { rejectedAppError, thrownAppError } from '../support/app-error';

const salt16 = new Uint8Array(16);
const accepted = (params: KdfSettings & { salt?: Uint8Array }): boolean => {
  try {
    assertKdfFloor(params);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'crypto', i18nKey: 'errors.kdfBelowFloor' });
    return false;
  }
};
const argon = (m: number, t: number, p: number): KdfSettings => ({ alg: 'argon2id', m, t, p });
const pbkdf2 = (iterations: number): KdfSettings => ({ alg: 'pbkdf2-sha256', iterations });

describe('assertKdfFloor: Argon2id edges', () => {
  it('accepts exactly the floor (m 19 456 KiB, t 2, p 1) and exactly the ceilings', () => {
    expect(KDF_FLOOR).toEqual({
      argon2idMinMemoryKiB: 19_456,
      argon2idMinIterations: 2,
      pbkdf2MinIterations: 600_000,
      minSaltBytes: 16,
    });
    expect(accepted(argon(19_456, 2, 1))).toBe(true);
    expect(accepted(argon(1_048_576, 64, 16))).toBe(true);
  });
  it.each([
    ['memory one KiB below the floor', argon(19_455, 2, 1)],
    ['memory one KiB above 1 GiB', argon(1_048_577, 2, 1)],
    ['t = 1', argon(19_456, 1, 1)],
    ['t = 65', argon(19_456, 65, 1)],
    ['p = 0', argon(19_456, 2, 0)],
    ['p = 17', argon(19_456, 2, 17)],
    ['fractional memory', argon(19_456.5, 2, 1)],
    ['fractional t', argon(19_456, 2.5, 1)],
    ['fractional p', argon(19_456, 2, 1.5)],
  ])('refuses %s', (_why, params) => {
    expect(accepted(params)).toBe(false);
  });
});

describe('assertKdfFloor: PBKDF2 edges and the salt', () => {
  it('accepts 600 000 and 20 000 000 iterations, refuses one fewer or one more', () => {
    expect(accepted(pbkdf2(600_000))).toBe(true);
    expect(accepted(pbkdf2(20_000_000))).toBe(true);
    expect(accepted(pbkdf2(599_999))).toBe(false);
    expect(accepted(pbkdf2(20_000_001))).toBe(false);
    expect(accepted(pbkdf2(600_000.5))).toBe(false);
  });
  it('accepts a 16-byte salt and refuses a 15-byte one', () => {
    expect(accepted({ ...argon(19_456, 2, 1), salt: salt16 })).toBe(true);
    expect(accepted({ ...argon(19_456, 2, 1), salt: new Uint8Array(15) })).toBe(false);
    expect(accepted({ ...pbkdf2(600_000), salt: new Uint8Array(15) })).toBe(false);
  });
});

describe('byte helpers', () => {
  it('hex: two digits per byte, whitespace ignored, odd length or non-hex refused', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 255]))).toBe('00010f10ff');
    expect(Array.from(fromHex('00 01\n0F 10 ff'))).toEqual([0, 1, 15, 16, 255]);
    expect(() => fromHex('abc')).toThrow(new RangeError('invalid hex'));
    expect(() => fromHex('zz')).toThrow(new RangeError('invalid hex'));
    expect(() => fromHex('0g')).toThrow(new RangeError('invalid hex'));
  });
  it('bytesEqual compares every byte and the length', () => {
    expect(bytesEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(bytesEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(bytesEqual(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(bytesEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
    expect(bytesEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });
  it('concatBytes keeps order and length', () => {
    expect(
      Array.from(concatBytes(new Uint8Array([1]), new Uint8Array([]), new Uint8Array([2, 3]))),
    ).toEqual([1, 2, 3]);
  });
});

describe('keys imported from raw bytes stay inside WebCrypto unless asked', () => {
  it('importAesKey and importHmacKey give non-extractable keys by default', async () => {
    expect((await importAesKey(new Uint8Array(32))).extractable).toBe(false);
    expect((await importHmacKey(new Uint8Array(32))).extractable).toBe(false);
    expect((await importAesKey(new Uint8Array(32), true)).extractable).toBe(true);
  });
});

describe('open and verifyHmacSha256', () => {
  it('a failed decryption is AppError crypto / errors.decryptFailed', async () => {
    const key = await importAesKey(new Uint8Array(32));
    const box = await seal(key, utf8('Anna'), utf8('subjects\u0000s-1'));
    const error = await rejectedAppError(open(key, box, utf8('subjects\u0000s-2')));
    expect(error.code).toBe('crypto');
    expect(error.i18nKey).toBe('errors.decryptFailed');
  });
  it('verifies the right MAC and refuses a changed one', async () => {
    const key = await importHmacKey(new Uint8Array(32).fill(3));
    const mac = await hmacSha256(key, utf8('entry'));
    expect(await verifyHmacSha256(key, utf8('entry'), mac)).toBe(true);
    const changed = new Uint8Array(mac);
    changed[31] = (changed[31] ?? 0) ^ 1;
    expect(await verifyHmacSha256(key, utf8('entry'), changed)).toBe(false);
    expect(await verifyHmacSha256(key, utf8('entrx'), mac)).toBe(false);
  });
});

describe('fromUtf8 refuses bytes that are not UTF-8', () => {
  it('throws on a lone 0xFF instead of inventing U+FFFD', () => {
    expect(fromUtf8(utf8('Bērziņa'))).toBe('Bērziņa');
    expect(() => fromUtf8(new Uint8Array([0x41, 0xff]))).toThrow(TypeError);
  });
});

describe('KDF: algorithm, normalisation and wiping', () => {
  it('refuses an unknown algorithm even with PBKDF2-sized settings (a tampered slot)', () => {
    const tampered = JSON.parse('{"alg":"md5","iterations":600000}') as KdfSettings;
    expect(accepted(tampered)).toBe(false);
  });
  it('derives the same bytes from "ā" typed composed (U+0101) or decomposed (a + U+0304)', async () => {
    const params = { alg: 'pbkdf2-sha256', iterations: 1, salt: new Uint8Array(16) } as const;
    const composed = await deriveBytesUnchecked('p\u0101rzinis', params);
    const decomposed = await deriveBytesUnchecked('pa\u0304rzinis', params);
    expect(composed).toHaveLength(32);
    expect(toHex(decomposed)).toBe(toHex(composed));
    expect(toHex(await deriveBytesUnchecked(utf8('p\u0101rzinis'), params))).toBe(toHex(composed));
  });
  it('wipes the derived key bytes once the wrapping key is imported', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      await deriveKek('a good passphrase', newKdfParams(FLOOR_KDF));
      const raw = importKey.mock.calls.at(-1)?.[1];
      expect(raw).toBeInstanceOf(Uint8Array);
      expect(Array.from(raw as Uint8Array).every((b) => b === 0)).toBe(true);
      expect((raw as Uint8Array).length).toBe(32);
    } finally {
      importKey.mockRestore();
    }
  });
});

describe('recovery code: exactly 25 characters', () => {
  it('refuses 26 alphabet characters, extra at either end, with validation / recoveryCodeFormat', () => {
    const code = 'ABCDEFGHJKMNPQRSTVWXYZ012';
    expect(normalizeRecoveryCode(code)).toBe(code);
    for (const longer of [`0${code}`, `${code}0`]) {
      const error = thrownAppError(() => normalizeRecoveryCode(longer));
      expect(error.code).toBe('validation');
      expect(error.i18nKey).toBe('errors.recoveryCodeFormat');
    }
  });
});
