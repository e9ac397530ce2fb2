import { describe, expect, it } from 'vitest';
import { generateAesKey, open, seal } from '@renderer/data/crypto/aes-gcm';
import { utf8 } from '@renderer/data/crypto/bytes';
import { deriveKek, FLOOR_KDF, newKdfParams } from '@renderer/data/crypto/kdf';
import {
  keyNamesForRole,
  parseScopeKeyName,
  scopeKeyNamesForRole,
} from '@renderer/data/keys/key-names';
import {
  exportPublicKey,
  generatePrincipalKeyPair,
  grantKey,
  slotAad,
  unwrapGrant,
  unwrapPrivateKey,
  wrapPrivateKey,
} from '@renderer/data/keys/key-wrap';

describe('key names per role', () => {
  it('gives everyone org and audit, the blind index only with identifiers, a teacher no category key', () => {
    expect(keyNamesForRole('teacher')).toEqual(['org', 'audit']);
    expect(scopeKeyNamesForRole('teacher', ['group:a', 'group:b'])).toEqual([
      'scope/group:a/core',
      'scope/group:a/contacts',
      'scope/group:b/core',
      'scope/group:b/contacts',
    ]);
    expect(keyNamesForRole('secretary')).toEqual([
      'org',
      'core',
      'identifiers',
      'contacts',
      'audit',
      'blindIndex',
    ]);
    expect(scopeKeyNamesForRole('secretary', ['group:a'])).toEqual([]);
    expect(keyNamesForRole('nurse')).not.toContain('blindIndex');
  });
  it('parses scope key names back, and nothing else', () => {
    expect(parseScopeKeyName('scope/group:a-b/contacts')).toEqual({
      scopeId: 'group:a-b',
      category: 'contacts',
    });
    expect(parseScopeKeyName('scope/inst/org')).toBeUndefined();
    expect(parseScopeKeyName('core')).toBeUndefined();
  });
});

describe('private-key wrapping and ECDH grants', () => {
  it('grants a key to a public key and only that private key opens it', async () => {
    const alice = await generatePrincipalKeyPair();
    const mallory = await generatePrincipalKeyPair();
    const data = await generateAesKey(true);
    const grant = await grantKey(data, 'core', await exportPublicKey(alice.publicKey), 'alice');

    const opened = await unwrapGrant(grant, 'core', alice.privateKey, 'alice', false);
    expect(opened.extractable).toBe(false);
    const box = await seal(data, utf8('x'), utf8('aad'));
    expect(await open(opened, box, utf8('aad'))).toEqual(utf8('x'));

    await expect(
      unwrapGrant(grant, 'core', mallory.privateKey, 'alice', false),
    ).rejects.toMatchObject({ code: 'crypto' });
    // A grant cannot be relabelled as another category or moved to another principal.
    await expect(
      unwrapGrant(grant, 'health', alice.privateKey, 'alice', false),
    ).rejects.toMatchObject({ code: 'crypto' });
    await expect(unwrapGrant(grant, 'core', alice.privateKey, 'bob', false)).rejects.toMatchObject({
      code: 'crypto',
    });
  });

  it('wraps the private key under the password KEK; a wrong password fails', async () => {
    const pair = await generatePrincipalKeyPair();
    const params = newKdfParams(FLOOR_KDF);
    const box = await wrapPrivateKey(
      pair.privateKey,
      await deriveKek('right passphrase', params),
      slotAad('s1', 'u1'),
    );
    const back = await unwrapPrivateKey(
      box,
      await deriveKek('right passphrase', params),
      slotAad('s1', 'u1'),
      false,
    );
    expect(back.extractable).toBe(false);
    await expect(
      unwrapPrivateKey(
        box,
        await deriveKek('wrong passphrase', params),
        slotAad('s1', 'u1'),
        false,
      ),
    ).rejects.toMatchObject({ code: 'crypto' });
    await expect(
      unwrapPrivateKey(
        box,
        await deriveKek('right passphrase', params),
        slotAad('s1', 'u2'),
        false,
      ),
    ).rejects.toMatchObject({ code: 'crypto' });
  });
});

describe('blind index', () => {
  it('is deterministic per key and purpose, and refused without the key', async () => {
    const { generateHmacKey } = await import('@renderer/data/crypto/hmac');
    const { blindIndexOf } = await import('@renderer/data/keys/blind-index');
    const base = { principalId: 'p', audit: await generateHmacKey(false) };
    const ring = { ...base, blindIndex: await generateHmacKey(false) };
    const a = await blindIndexOf(ring, 'personalCode', '01011800000');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await blindIndexOf(ring, 'personalCode', '01011800000')).toBe(a);
    expect(await blindIndexOf(ring, 'personalCode', '01011800001')).not.toBe(a);
    expect(
      await blindIndexOf(
        { ...ring, blindIndex: await generateHmacKey(false) },
        'personalCode',
        '01011800000',
      ),
    ).not.toBe(a);
    await expect(
      blindIndexOf({ ...base, blindIndex: undefined }, 'personalCode', '01011800000'),
    ).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.noCategoryKey',
      details: { category: 'identifiers' },
    });
  });

  it('separates purposes: the same code under another purpose gives another tag', async () => {
    const { generateHmacKey } = await import('@renderer/data/crypto/hmac');
    const { blindIndexOf } = await import('@renderer/data/keys/blind-index');
    const ring = { blindIndex: await generateHmacKey(false) };
    const code = await blindIndexOf(ring, 'personalCode', '01011800000');
    expect(await blindIndexOf(ring, 'otherPurpose', '01011800000')).not.toBe(code);
    // The separator keeps 'a' + 'b1' apart from 'ab' + '1'.
    expect(await blindIndexOf(ring, 'a', 'b1')).not.toBe(await blindIndexOf(ring, 'ab', '1'));
  });
});
