// Scope keys, stored in IndexedDB wrapped under the category key (AES-GCM wrapKey, AAD
// 'scope|<scope>|<category>'). They are never erased, so IndexedDB's stale bytes do not matter
// here: what must disappear (the data keys they wrap) lives in the keybook.
import type { PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { AES_GCM_IV_BYTES } from '../crypto/aes-gcm';
import { asBytes, randomBytes, utf8 } from '../crypto/bytes';
import type { ScopeId } from './scopes';

export type ScopeKeyRow = {
  /** `<scope>|<category>` */
  readonly id: string;
  readonly scopeId: ScopeId;
  readonly category: PersonCategory;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  readonly createdAt: string;
};

/** scope id -> category -> key (non-extractable, wrapKey/unwrapKey). */
export type ScopeKeyMap = Map<ScopeId, Map<PersonCategory, CryptoKey>>;

export const scopeKeyRowId = (scopeId: ScopeId, category: PersonCategory): string =>
  `${scopeId}|${category}`;

const aad = (scopeId: ScopeId, category: PersonCategory) =>
  utf8(`scope\u0000${scopeId}\u0000${category}`);

const SCOPE_KEY_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];

/** A fresh scope key, extractable only so it can be wrapped and granted, then dropped. */
export const generateScopeKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, SCOPE_KEY_USAGES);

export const wrapScopeKey = async (
  categoryKey: CryptoKey,
  scopeKey: CryptoKey,
  scopeId: ScopeId,
  category: PersonCategory,
  now: Date,
): Promise<ScopeKeyRow> => {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const ct = await crypto.subtle.wrapKey('raw', scopeKey, categoryKey, {
    name: 'AES-GCM',
    iv,
    additionalData: aad(scopeId, category),
  });
  return {
    id: scopeKeyRowId(scopeId, category),
    scopeId,
    category,
    iv,
    ct: new Uint8Array(ct),
    createdAt: now.toISOString(),
  };
};

/** Throws AppError('crypto') when the row was changed or belongs to another category key. */
export const unwrapScopeKey = async (
  categoryKey: CryptoKey,
  row: ScopeKeyRow,
  extractable: boolean,
): Promise<CryptoKey> => {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      asBytes(row.ct),
      categoryKey,
      { name: 'AES-GCM', iv: asBytes(row.iv), additionalData: aad(row.scopeId, row.category) },
      { name: 'AES-GCM' },
      extractable,
      SCOPE_KEY_USAGES,
    );
  } catch {
    throw new AppError('crypto', 'errors.unwrapFailed', { keyName: 'scope' });
  }
};

/** Unwraps every stored scope key whose category key this session holds. */
export const openScopeKeys = async (
  rows: readonly ScopeKeyRow[],
  categoryKeys: ReadonlyMap<PersonCategory, CryptoKey>,
): Promise<ScopeKeyMap> => {
  const out: ScopeKeyMap = new Map();
  const opened = await Promise.all(
    rows.map(async (row) => {
      const categoryKey = categoryKeys.get(row.category);
      return categoryKey ? { row, key: await unwrapScopeKey(categoryKey, row, false) } : undefined;
    }),
  );
  for (const item of opened) {
    if (!item) continue;
    const byCategory = out.get(item.row.scopeId) ?? new Map<PersonCategory, CryptoKey>();
    byCategory.set(item.row.category, item.key);
    out.set(item.row.scopeId, byCategory);
  }
  return out;
};
