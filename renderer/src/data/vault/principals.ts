// Principals (users and the recovery slot): creating a slot, opening it with a secret, granting
// keys to its public key, and loading a session's keyring from its grants.
import { AppError } from '@shared/errors/app-error';
import { deriveKek, newKdfParams, type KdfSettings } from '../crypto/kdf';
import {
  isPersonCategory,
  parseScopeKeyName,
  type BaseKeyName,
  type KeyName,
} from '../keys/key-names';
import type { Keybook } from '../keys/keybook';
import { PersonKeys } from '../keys/person-keys';
import { openScopeKeys, scopeKeyRowId, unwrapScopeKey, type ScopeKeyMap } from '../keys/scope-keys';
import { scopeKeysTable } from '../keys/scope-store';
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
import type { PersonCategory } from '@shared/access/roles';

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

export type GrantedKeys = {
  readonly base: ReadonlyMap<BaseKeyName, CryptoKey>;
  readonly scopes: ScopeKeyMap;
};

/** Unwraps every grant of a principal (base keys and granted scope keys). */
export const openGrants = async (
  db: VaultDb,
  principalId: string,
  privateKey: CryptoKey,
  extractable = false,
): Promise<GrantedKeys> =>
  openGrantRows(
    await db.grants.where('principalId').equals(principalId).toArray(),
    principalId,
    privateKey,
    extractable,
  );

/**
 * Unwraps the given grant rows of `principalId` (read from the database, or from a backup file).
 * A grant that does not open throws AppError('crypto', 'errors.unwrapFailed').
 */
export const openGrantRows = async (
  grants: readonly GrantRow[],
  principalId: string,
  privateKey: CryptoKey,
  extractable = false,
): Promise<GrantedKeys> => {
  const base = new Map<BaseKeyName, CryptoKey>();
  const scopes: ScopeKeyMap = new Map();
  for (const grant of grants) {
    const key = await unwrapGrant(grant, grant.keyName, privateKey, principalId, extractable);
    const scope = parseScopeKeyName(grant.keyName);
    if (scope) {
      const byCategory = scopes.get(scope.scopeId) ?? new Map<PersonCategory, CryptoKey>();
      byCategory.set(scope.category, key);
      scopes.set(scope.scopeId, byCategory);
    } else base.set(grant.keyName as BaseKeyName, key);
  }
  return { base, scopes };
};

/** The person-category keys among a principal's base keys. */
export const categoryKeysOf = (
  base: ReadonlyMap<BaseKeyName, CryptoKey>,
): Map<PersonCategory, CryptoKey> =>
  new Map(
    [...base].filter((entry): entry is [PersonCategory, CryptoKey] => isPersonCategory(entry[0])),
  );

/**
 * A session's keyring (NON-extractable keys): its grants, the scope keys its category keys
 * open, and its access to person keys through the keybook (read once per process).
 */
export const loadKeyring = async (
  db: VaultDb,
  keybook: Keybook,
  principalId: string,
  privateKey: CryptoKey,
): Promise<Keyring> => {
  const { base, scopes } = await openGrants(db, principalId, privateKey);
  const audit = base.get('audit');
  const org = base.get('org');
  if (!audit) throw new AppError('crypto', 'errors.auditKeyMissing');
  if (!org) throw new AppError('crypto', 'errors.orgKeyMissing');
  const categoryKeys = categoryKeysOf(base);
  const stored = await openScopeKeys(await scopeKeysTable(db).toArray(), categoryKeys);
  for (const [scopeId, keys] of stored) {
    const merged = new Map([...(scopes.get(scopeId) ?? []), ...keys]);
    scopes.set(scopeId, merged);
  }
  await keybook.load();
  const loadScope = async (scopeId: string, category: PersonCategory) => {
    const categoryKey = categoryKeys.get(category);
    const row = categoryKey
      ? await scopeKeysTable(db).get(scopeKeyRowId(scopeId, category))
      : undefined;
    if (!categoryKey || !row) return undefined;
    const key = await unwrapScopeKey(categoryKey, row, false);
    const byCategory = scopes.get(scopeId) ?? new Map<PersonCategory, CryptoKey>();
    byCategory.set(category, key);
    scopes.set(scopeId, byCategory);
    return key;
  };
  return {
    principalId,
    privateKey,
    org,
    categoryKeys,
    scopes,
    people: new PersonKeys(keybook, scopes, loadScope),
    audit,
    blindIndex: base.get('blindIndex'),
  };
};

/**
 * Transient EXTRACTABLE copies of the keyring's own base keys, re-opened from its grants, so
 * they can be wrapped for someone else. Callers drop them as soon as the grants are built.
 */
export const transientKeys = async (
  db: VaultDb,
  keyring: Pick<Keyring, 'principalId' | 'privateKey'>,
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
