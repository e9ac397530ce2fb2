// Wrapping: a principal (a user, or the recovery slot) owns an ECDH P-256 key pair. The private
// half is wrapped under the password KEK; vault keys are granted to the public half through an
// ephemeral ECDH exchange -> HKDF -> AES-GCM wrap. So the head can grant keys to anyone (create,
// role change, reset) without knowing their password.
import { AppError } from '@shared/errors/app-error';
import { asBytes, concatBytes, randomBytes, utf8, type Bytes } from '../crypto/bytes';
import { AES_GCM_IV_BYTES, type SealedBox } from '../crypto/aes-gcm';
import { keyAlgorithm, type KeyName } from './key-names';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

export type WrappedGrant = {
  readonly ephemeralPublicKey: Uint8Array;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
};

/** The private half is extractable only so it can be wrapped once; sessions re-import it locked. */
export const generatePrincipalKeyPair = (): Promise<CryptoKeyPair> =>
  crypto.subtle.generateKey(ECDH, true, ['deriveBits']);

export const exportPublicKey = async (key: CryptoKey): Promise<Bytes> =>
  new Uint8Array(await crypto.subtle.exportKey('raw', key));

const importPublicKey = (raw: Uint8Array): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', asBytes(raw), ECDH, true, []);

export const slotAad = (slotId: string, principalId: string): Bytes =>
  utf8(`slot\u0000${slotId}\u0000${principalId}`);

export const wrapPrivateKey = async (
  privateKey: CryptoKey,
  kek: CryptoKey,
  aad: Uint8Array,
): Promise<SealedBox> => {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const ct = await crypto.subtle.wrapKey('pkcs8', privateKey, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: asBytes(aad),
  });
  return { iv, ct: new Uint8Array(ct) };
};

/** A wrong password surfaces here as AppError('crypto', 'errors.unwrapFailed'). */
export const unwrapPrivateKey = async (
  box: SealedBox,
  kek: CryptoKey,
  aad: Uint8Array,
  extractable: boolean,
): Promise<CryptoKey> => {
  try {
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      asBytes(box.ct),
      kek,
      { name: 'AES-GCM', iv: asBytes(box.iv), additionalData: asBytes(aad) },
      ECDH,
      extractable,
      ['deriveBits'],
    );
  } catch {
    throw new AppError('crypto', 'errors.unwrapFailed');
  }
};

const grantInfo = (principalId: string, keyName: KeyName): Bytes =>
  utf8(`grant\u0000${principalId}\u0000${keyName}`);

const grantWrappingKey = async (
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephemeralRaw: Uint8Array,
  principalId: string,
  keyName: KeyName,
): Promise<CryptoKey> => {
  const shared = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256),
  );
  const hkdfKey = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  shared.fill(0);
  return crypto.subtle.deriveKey(
    // The ephemeral public key is the salt: each grant gets its own wrapping key.
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: asBytes(ephemeralRaw),
      info: grantInfo(principalId, keyName),
    },
    hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
};

/** Wraps `key` (must be extractable: a transient copy) for the principal owning `recipientPublicKey`. */
export const grantKey = async (
  key: CryptoKey,
  keyName: KeyName,
  recipientPublicKey: Uint8Array,
  principalId: string,
): Promise<WrappedGrant> => {
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const ephemeralPublicKey = await exportPublicKey(ephemeral.publicKey);
  const recipient = await importPublicKey(recipientPublicKey);
  const wrapping = await grantWrappingKey(
    ephemeral.privateKey,
    recipient,
    ephemeralPublicKey,
    principalId,
    keyName,
  );
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const aad = concatBytes(grantInfo(principalId, keyName), ephemeralPublicKey);
  const ct = await crypto.subtle.wrapKey('raw', key, wrapping, {
    name: 'AES-GCM',
    iv,
    additionalData: aad,
  });
  return { ephemeralPublicKey, iv, ct: new Uint8Array(ct) };
};

export const unwrapGrant = async (
  grant: WrappedGrant,
  keyName: KeyName,
  privateKey: CryptoKey,
  principalId: string,
  extractable: boolean,
): Promise<CryptoKey> => {
  try {
    const ephemeral = await importPublicKey(grant.ephemeralPublicKey);
    const wrapping = await grantWrappingKey(
      privateKey,
      ephemeral,
      grant.ephemeralPublicKey,
      principalId,
      keyName,
    );
    const aad = concatBytes(grantInfo(principalId, keyName), asBytes(grant.ephemeralPublicKey));
    const { algorithm, usages } = keyAlgorithm(keyName);
    return await crypto.subtle.unwrapKey(
      'raw',
      asBytes(grant.ct),
      wrapping,
      { name: 'AES-GCM', iv: asBytes(grant.iv), additionalData: aad },
      algorithm,
      extractable,
      usages,
    );
  } catch {
    throw new AppError('crypto', 'errors.unwrapFailed', { keyName });
  }
};
