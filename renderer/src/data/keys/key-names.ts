// The keys of a vault and which of them each role's session receives by grant.
import {
  PERSON_CATEGORIES,
  ROLE_KEY_CATEGORIES,
  ROLE_KEY_SCOPE,
  type PersonCategory,
  type Role,
} from '@shared/access/roles';

/**
 * Base keys: the org key (every role), one category key per person category (they wrap scope
 * keys), the audit MAC key (every role) and the blind-index key. Scope keys are granted too
 * (teachers), under names made by scopeKeyName().
 */
export type BaseKeyName = 'org' | PersonCategory | 'audit' | 'blindIndex';
export type ScopeKeyName = `scope/${string}/${PersonCategory}`;
/** 'backup': a backup file's own MAC key, wrapped in the file for each principal (never granted). */
export type KeyName = BaseKeyName | ScopeKeyName | 'backup';

export const BASE_KEY_NAMES: readonly BaseKeyName[] = [
  'org',
  ...PERSON_CATEGORIES,
  'audit',
  'blindIndex',
];

export const isPersonCategory = (name: string): name is PersonCategory =>
  (PERSON_CATEGORIES as readonly string[]).includes(name);

/** The grant name of a scope key, e.g. `scope/group:<id>/core`. */
export const scopeKeyName = (scopeId: string, category: PersonCategory): ScopeKeyName =>
  `scope/${scopeId}/${category}`;

/** Splits a scope key name; undefined for base key names. */
export const parseScopeKeyName = (
  name: string,
): { readonly scopeId: string; readonly category: PersonCategory } | undefined => {
  if (!name.startsWith('scope/')) return undefined;
  const cut = name.lastIndexOf('/');
  const category = name.slice(cut + 1);
  const scopeId = name.slice('scope/'.length, cut);
  return cut > 'scope/'.length && isPersonCategory(category) ? { scopeId, category } : undefined;
};

/**
 * The base keys a role is granted. Everyone appends audit entries and reads org data; a role
 * scoped by groups holds NO category key (its scope keys come from scopeKeyNamesForRole); the
 * blind index only makes sense with the identifiers key.
 */
export const keyNamesForRole = (role: Role): BaseKeyName[] => {
  const categories = ROLE_KEY_SCOPE[role] === 'institution' ? ROLE_KEY_CATEGORIES[role] : [];
  return [
    'org',
    ...categories,
    'audit',
    ...(categories.includes('identifiers') ? (['blindIndex'] as const) : []),
  ];
};

/**
 * The scope keys granted to a scoped role: her categories in each of her scopes (a teacher's
 * groups, `group:<id>`; a social or care worker's own caseload, `caseload:<user id>`). Roles of
 * institution scope get none (their category keys open every scope).
 */
export const scopeKeyNamesForRole = (role: Role, scopeIds: readonly string[]): ScopeKeyName[] =>
  ROLE_KEY_SCOPE[role] === 'institution'
    ? []
    : scopeIds.flatMap((scopeId) =>
        ROLE_KEY_CATEGORIES[role].map((category) => scopeKeyName(scopeId, category)),
      );

/**
 * WebCrypto algorithm and usages per key. Category keys decrypt rows of the old format (the
 * migration reads them) and wrap scope keys; scope keys only wrap data keys.
 */
export const keyAlgorithm = (
  name: KeyName,
): { algorithm: AesKeyAlgorithm | HmacImportParams; usages: KeyUsage[] } => {
  if (name === 'audit' || name === 'blindIndex' || name === 'backup')
    return { algorithm: { name: 'HMAC', hash: 'SHA-256' }, usages: ['sign', 'verify'] };
  if (name === 'org')
    return { algorithm: { name: 'AES-GCM', length: 256 }, usages: ['encrypt', 'decrypt'] };
  if (parseScopeKeyName(name))
    return { algorithm: { name: 'AES-GCM', length: 256 }, usages: ['wrapKey', 'unwrapKey'] };
  return {
    algorithm: { name: 'AES-GCM', length: 256 },
    usages: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  };
};
