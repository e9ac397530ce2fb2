// The exact refusals of key-wrap.ts (a wrong password, a grant opened by the wrong principal):
// the code, the message key and the key name, never anything personal. Written from the file's
// mutation survivors (docs/benchmarks.md, issue 15).
import { describe, expect, it } from 'vitest';
import { generateAesKey } from '@renderer/data/crypto/aes-gcm';
import {
  exportPublicKey,
  generatePrincipalKeyPair,
  grantKey,
  slotAad,
  unwrapGrant,
  unwrapPrivateKey,
  wrapPrivateKey,
} from '@renderer/data/keys/key-wrap';

const kek = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);

describe('key-wrap refusals', () => {
  it("a wrong password's key: crypto / errors.unwrapFailed", async () => {
    const pair = await generatePrincipalKeyPair();
    const box = await wrapPrivateKey(pair.privateKey, await kek(), slotAad('s1', 'p1'));
    await expect(
      unwrapPrivateKey(box, await kek(), slotAad('s1', 'p1'), false),
    ).rejects.toMatchObject({ code: 'crypto', i18nKey: 'errors.unwrapFailed' });
  });

  it('a grant opened by another principal: crypto / errors.unwrapFailed naming the key', async () => {
    const alice = await generatePrincipalKeyPair();
    const grant = await grantKey(
      await generateAesKey(true),
      'org',
      await exportPublicKey(alice.publicKey),
      'alice',
    );
    await expect(unwrapGrant(grant, 'org', alice.privateKey, 'bob', false)).rejects.toMatchObject({
      code: 'crypto',
      i18nKey: 'errors.unwrapFailed',
      details: { keyName: 'org' },
    });
  });
});
