// AES-256-GCM through WebCrypto. Every seal draws a fresh 96-bit IV; the additional data binds a
// ciphertext to its place (table, row, category) so a blob cannot be moved elsewhere.
import { AppError } from '@shared/errors/app-error';
import { asBytes, randomBytes, type Bytes } from './bytes';

export type SealedBox = { readonly iv: Uint8Array; readonly ct: Uint8Array };

export const AES_GCM_IV_BYTES = 12;

export const generateAesKey = (extractable: boolean): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);

export const importAesKey = (raw: Uint8Array, extractable = false): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', asBytes(raw), { name: 'AES-GCM' }, extractable, [
    'encrypt',
    'decrypt',
  ]);

/**
 * Known-answer tests only: seals with a caller-chosen IV. Reusing an IV under one key breaks
 * GCM completely, so application code must call seal(), never this.
 */
export const sealWithIvForTest = async (
  key: CryptoKey,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<Bytes> => {
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: asBytes(iv), additionalData: asBytes(aad), tagLength: 128 },
    key,
    asBytes(plaintext),
  );
  return new Uint8Array(ct);
};

export const seal = async (
  key: CryptoKey,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<SealedBox> => {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  return { iv, ct: await sealWithIvForTest(key, iv, plaintext, aad) };
};

/** Opens a box; a wrong key, a changed byte or a different AAD all end in AppError('crypto'). */
export const open = async (key: CryptoKey, box: SealedBox, aad: Uint8Array): Promise<Bytes> => {
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: asBytes(box.iv), additionalData: asBytes(aad), tagLength: 128 },
      key,
      asBytes(box.ct),
    );
    return new Uint8Array(pt);
  } catch {
    throw new AppError('crypto', 'errors.decryptFailed');
  }
};
