// Principals (users and the recovery slot): creating a slot, opening it with a secret, granting
// keys to its public key, and loading a session's keyring from its grants.
import { AppError } from '@shared/errors/app-error';
import { deriveKek, newKdfParams, type KdfSettings } from '../crypto/kdf';
import { isCategory, type KeyName } from '../keys/key-names';
import {
  exportPublicKey,
  generatePrincipalKeyPair,
  grantKey,
  slotAad,
  unwrapGrant,
  unwrapPrivateKey,
  wrapPrivateKey,
} from '../keys/key-wrap';
import type { GrantRow, SlotRow } from '../db/rows';
import type { VaultDb } from '../db/vault-db';
import type { Keyring } from '../session/session';
import type { KeyCategory } from '@shared/access/roles';

export type TransientKeys = ReadonlyMap<KeyName, CryptoKey>;

/** A new key pair for `principalId`, its private half wrapped under a KEK from `secret`. */
export const buildSlot = async (
  principalId: string,
  kind: SlotRow['kind'],
  secret: string,
  kdf: KdfSettings,
  now: Date,
): Promise<SlotRow> => {
  const params = newKdfParams(kdf);
  const kek = await deriveKek(secret, params);
  const pair = await generatePrincipalKeyPair();
  const id = crypto.randomUUID();
  return {
    id,
    principalId,
    kind,
    kdf: params,
    createdAt: now.toISOString(),
    publicKey: await exportPublicKey(pair.publicKey),
    wrappedPrivateKey: await wrapPrivateKey(pair.privateKey, kek, slotAad(id, principalId)),
  };
};

/** Opens a slot's private key. Wrong secret: AppError('crypto'); slot below the KDF floor: same. */
export const openSlot = async (
  slot: SlotRow,
  secret: string,
  extractable = false,
): Promise<CryptoKey> => {
  const kek = await deriveKek(secret, slot.kdf);
  return unwrapPrivateKey(
    slot.wrappedPrivateKey,
    kek,
    slotAad(slot.id, slot.principalId),
    extractable,
  );
};

/** Re-wraps an (extractable) private key under a new secret, keeping the same key pair. */
export const rewrapSlot = async (
  slot: SlotRow,
  privateKey: CryptoKey,
  secret: string,
  kdf: KdfSettings,
  now: Date,
): Promise<SlotRow> => {
  const params = newKdfParams(kdf);
  const kek = await deriveKek(secret, params);
  const id = crypto.randomUUID();
  return {
    ...slot,
    id,
    kdf: params,
    createdAt: now.toISOString(),
    wrappedPrivateKey: await wrapPrivateKey(privateKey, kek, slotAad(id, slot.principalId)),
  };
};

export const buildGrants = async (
  keys: TransientKeys,
  names: readonly KeyName[],
  publicKey: Uint8Array,
  principalId: string,
  now: Date,
): Promise<GrantRow[]> => {
  const rows: GrantRow[] = [];
  for (const keyName of names) {
    const key = keys.get(keyName);
    if (!key) throw new AppError('forbidden', 'errors.cannotGrantUnheldKey', { keyName });
    const wrapped = await grantKey(key, keyName, publicKey, principalId);
    rows.push({
      id: crypto.randomUUID(),
      principalId,
      keyName,
      ...wrapped,
      createdAt: now.toISOString(),
    });
  }
  return rows;
};

/** Unwraps a principal's grants as NON-extractable keys: what a session holds. */
export const loadKeyring = async (
  db: VaultDb,
  principalId: string,
  privateKey: CryptoKey,
): Promise<Keyring> => {
  const grants = await db.grants.where('principalId').equals(principalId).toArray();
  const categories = new Map<KeyCategory, CryptoKey>();
  let audit: CryptoKey | undefined;
  let blindIndex: CryptoKey | undefined;
  for (const grant of grants) {
    const key = await unwrapGrant(grant, grant.keyName, privateKey, principalId, false);
    if (isCategory(grant.keyName)) categories.set(grant.keyName, key);
    else if (grant.keyName === 'audit') audit = key;
    else blindIndex = key;
  }
  if (!audit) throw new AppError('crypto', 'errors.auditKeyMissing');
  return { principalId, privateKey, categories, audit, blindIndex };
};

/**
 * Transient EXTRACTABLE copies of the keyring's own keys, re-opened from its grants, so they can
 * be wrapped for someone else. Callers drop them as soon as the grants are built.
 */
export const transientKeys = async (
  db: VaultDb,
  keyring: Keyring,
  names: readonly KeyName[],
): Promise<TransientKeys> => {
  const grants = await db.grants.where('principalId').equals(keyring.principalId).toArray();
  const out = new Map<KeyName, CryptoKey>();
  for (const grant of grants) {
    if (!names.includes(grant.keyName)) continue;
    out.set(
      grant.keyName,
      await unwrapGrant(grant, grant.keyName, keyring.privateKey, keyring.principalId, true),
    );
  }
  return out;
};
