import { describe, expect, it } from 'vitest';
import { randomBytes } from '@renderer/data/crypto/bytes';
import {
  assertKdfFloor,
  DEFAULT_KDF,
  deriveKek,
  FLOOR_KDF,
  newKdfParams,
  type KdfParams,
} from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { createServices } from '@renderer/services';
import { generateRecoveryCode, normalizeRecoveryCode } from '@renderer/data/crypto/recovery-code';
import { delayAfterFailures, MAX_DELAY_MS } from '@renderer/data/vault/login-attempts';

const salt = randomBytes(16);

describe('KDF defaults', () => {
  // Pinned: a silent drop to the floor would keep every test green and halve an attacker's work.
  it('derives new slots with Argon2id at 64 MiB, t=4 (README, docs/security-model.md)', () => {
    expect(DEFAULT_KDF).toEqual({ alg: 'argon2id', m: 65_536, t: 4, p: 1 });
    expect(DEFAULT_KDF).not.toEqual(FLOOR_KDF);
  });

  it('is what the services use when no test overrides it', () => {
    expect(
      createServices({ db: createVaultDb(`kdf-default-${crypto.randomUUID()}`) }).context.kdf,
    ).toBe(DEFAULT_KDF);
  });
});

describe('KDF floor', () => {
  it.each<[string, KdfParams]>([
    ['argon2id m below 19 MiB', { alg: 'argon2id', m: 19_455, t: 2, p: 1, salt }],
    ['argon2id t=1', { alg: 'argon2id', m: 65_536, t: 1, p: 1, salt }],
    ['argon2id p=0', { alg: 'argon2id', m: 65_536, t: 2, p: 0, salt }],
    ['pbkdf2 below 600k', { alg: 'pbkdf2-sha256', iterations: 599_999, salt }],
    ['short salt', { alg: 'argon2id', m: 19_456, t: 2, p: 1, salt: randomBytes(8) }],
    ['absurd memory (tampered slot)', { alg: 'argon2id', m: 2 ** 30, t: 2, p: 1, salt }],
  ])('refuses %s when reading a slot', async (_name, params) => {
    await expect(deriveKek('a good passphrase', params)).rejects.toMatchObject({
      code: 'crypto',
      i18nKey: 'errors.kdfBelowFloor',
    });
  });

  it('refuses an unknown algorithm from disk', () => {
    const tampered = JSON.parse('{"alg":"md5","iterations":1}') as KdfParams;
    expect(() => {
      assertKdfFloor(tampered);
    }).toThrow(/kdfBelowFloor/);
  });

  it('refuses weak settings when creating a slot', () => {
    expect(() => newKdfParams({ alg: 'pbkdf2-sha256', iterations: 1000 })).toThrow(/kdfBelowFloor/);
    expect(() => newKdfParams({ alg: 'argon2id', m: 8192, t: 3, p: 1 })).toThrow(/kdfBelowFloor/);
  });

  it('accepts the floor and gives a fresh 16-byte salt each time', () => {
    const a = newKdfParams(FLOOR_KDF);
    const b = newKdfParams(FLOOR_KDF);
    expect(a.salt).toHaveLength(16);
    expect(a.salt).not.toEqual(b.salt);
    expect(() => {
      assertKdfFloor({ alg: 'pbkdf2-sha256', iterations: 600_000, salt });
    }).not.toThrow();
  });

  it('derives a non-extractable wrapping key that depends on the password', async () => {
    const params = newKdfParams(FLOOR_KDF);
    const kek = await deriveKek('a good passphrase', params);
    expect(kek.extractable).toBe(false);
    expect(kek.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
  });
});

describe('KDF parameters read from a slot', () => {
  it('are refused without a salt (a tampered slot), whatever the cost settings', async () => {
    const { salt: _salt, ...noSalt } = newKdfParams(FLOOR_KDF);
    await expect(deriveKek('a good passphrase', noSalt as KdfParams)).rejects.toMatchObject({
      code: 'crypto',
      i18nKey: 'errors.kdfBelowFloor',
    });
  });
});

describe('recovery code', () => {
  it('has 25 Crockford characters in five groups (125 bits)', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(generateRecoveryCode()).not.toBe(code);
  });

  it('normalises case, spaces, hyphens and look-alike letters', () => {
    const code = 'ABCDE-FGH1K-MN0PQ-RSTVW-XYZ01';
    expect(normalizeRecoveryCode(' abcde fghik mnopq-rstvw xyzol ')).toBe(code.replace(/-/g, ''));
  });

  it('rejects wrong length or letters outside the alphabet', () => {
    expect(() => normalizeRecoveryCode('ABCDE-FGHJK')).toThrow(/recoveryCodeFormat/);
    expect(() => normalizeRecoveryCode('ABCDE-FGHJK-MNPQR-STVWX-YZ01U')).toThrow(
      /recoveryCodeFormat/,
    );
  });
});

describe('login delay', () => {
  it('grows 0, 0, 0, 2 s, 4 s, 8 s and is capped', () => {
    expect([1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 2000, 4000, 8000]);
    expect(delayAfterFailures(40)).toBe(MAX_DELAY_MS);
  });
});
