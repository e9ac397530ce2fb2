// The keys of a vault and which of them each role's session receives.
import {
  KEY_CATEGORIES,
  ROLE_KEY_CATEGORIES,
  type KeyCategory,
  type Role,
} from '@shared/access/roles';

/** Category keys (AES-GCM) plus the audit MAC key (everyone) and the blind-index key. */
export type KeyName = KeyCategory | 'audit' | 'blindIndex';
export const KEY_NAMES: readonly KeyName[] = [...KEY_CATEGORIES, 'audit', 'blindIndex'];

export const isCategory = (name: KeyName): name is KeyCategory =>
  (KEY_CATEGORIES as readonly string[]).includes(name);

/**
 * Every user appends audit entries, so every role holds the audit key. The blind index lets a
 * user find a duplicate personal code, which only makes sense with the identifiers key.
 */
export const keyNamesForRole = (role: Role): KeyName[] => {
  const categories = ROLE_KEY_CATEGORIES[role];
  return [
    ...categories,
    'audit',
    ...(categories.includes('identifiers') ? (['blindIndex'] as const) : []),
  ];
};

export const keyAlgorithm = (
  name: KeyName,
): { algorithm: AesKeyAlgorithm | HmacImportParams; usages: KeyUsage[] } =>
  isCategory(name)
    ? { algorithm: { name: 'AES-GCM', length: 256 }, usages: ['encrypt', 'decrypt'] }
    : { algorithm: { name: 'HMAC', hash: 'SHA-256' }, usages: ['sign', 'verify'] };
