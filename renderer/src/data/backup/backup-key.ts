// The backup key: a fresh random HMAC-SHA256 key per file, wrapped in the file for every principal
// of the register (each staff member's password slot and the recovery slot) exactly like a vault
// key grant (ECDH + HKDF + AES-GCM, key name 'backup'). Opening it needs a password or the
// recovery code of the register the backup was made from.
import { AppError } from '@shared/errors/app-error';
import { createHMAC, createSHA256, type IHasher } from 'hash-wasm';
import { randomBytes, type Bytes } from '../crypto/bytes';
import type { SlotRow } from '../db/rows';
import { grantKey, unwrapGrant } from '../keys/key-wrap';
import type { KeySlot } from './format';

export const BACKUP_KEY_BYTES = 32;

export const newBackupKey = (): Bytes => randomBytes(BACKUP_KEY_BYTES);

const importForGrant = (raw: Uint8Array): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'HMAC', hash: 'SHA-256' }, true, [
    'sign',
    'verify',
  ]);

/** One key slot per principal slot (public key only: no secret is needed to add a recipient). */
export const wrapBackupKey = async (
  raw: Uint8Array,
  slots: readonly SlotRow[],
): Promise<KeySlot[]> => {
  const key = await importForGrant(raw);
  const out: KeySlot[] = [];
  for (const slot of slots) {
    const wrapped = await grantKey(key, 'backup', slot.publicKey, slot.principalId);
    out.push({ principalId: slot.principalId, ...wrapped });
  }
  return out;
};

/** Opens the key slot of `principalId` with its private key; AppError('crypto') when it fails. */
export const unwrapBackupKey = async (
  slots: readonly KeySlot[],
  principalId: string,
  privateKey: CryptoKey,
): Promise<Bytes> => {
  const slot = slots.find((s) => s.principalId === principalId);
  if (!slot) throw new AppError('validation', 'errors.backup.badCredentials');
  const key = await unwrapGrant(slot, 'backup', privateKey, principalId, true);
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
};

/** Streaming HMAC-SHA256 (WebCrypto has no incremental HMAC). */
export const macHasher = async (raw: Uint8Array): Promise<IHasher> => {
  const hasher = await createHMAC(createSHA256(), raw);
  hasher.init();
  return hasher;
};

export const digestHasher = async (): Promise<IHasher> => {
  const hasher = await createSHA256();
  hasher.init();
  return hasher;
};

/** Which register a backup is of: SHA-256 of the install salt, 16 bytes as hex. */
export const institutionIdOf = async (installSalt: Uint8Array): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(installSalt)));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
};
