// The generic sealed-row helper every repository uses: one AES-GCM box per key category, AAD =
// table + id + seal version + category, so a box cannot be moved to another row, table or
// category. Call these OUTSIDE Dexie transactions (WebCrypto promises end IndexedDB transactions).
import type { KeyCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { fromUtf8, utf8, type Bytes } from '../crypto/bytes';
import { open, seal } from '../crypto/aes-gcm';
import type { SealedFields } from './rows';

/**
 * The version of the sealed-row format, bound into every row's AAD. 1: rows sealed under the
 * category keys (before issue 9); 2: person rows under per-person data keys, the rest under org.
 * The key migration reads version 1 and writes version 2.
 */
export const ROW_SEAL_VERSION = 2;
export const LEGACY_SEAL_VERSION = 1;

export type CategoryKeys = ReadonlyMap<KeyCategory, CryptoKey>;
/** The personal part of a row, split by category. */
export type CategoryFields = Partial<Record<KeyCategory, unknown>>;

export const rowAad = (
  table: string,
  id: string,
  category: KeyCategory,
  version: number = ROW_SEAL_VERSION,
): Bytes => utf8(`${table}\u0000${id}\u0000${String(version)}\u0000${category}`);

const categoryKey = (keys: CategoryKeys, category: KeyCategory): CryptoKey => {
  const key = keys.get(category);
  if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category });
  return key;
};

/** Seals each present category; throws AppError('forbidden') when a needed key is not held. */
export const sealRow = async (
  keys: CategoryKeys,
  table: string,
  id: string,
  fields: CategoryFields,
): Promise<SealedFields> => {
  const sealed: Partial<Record<KeyCategory, { iv: Uint8Array; ct: Uint8Array }>> = {};
  for (const [category, value] of Object.entries(fields) as [KeyCategory, unknown][]) {
    if (value === undefined) continue;
    sealed[category] = await seal(
      categoryKey(keys, category),
      utf8(JSON.stringify(value)),
      rowAad(table, id, category),
    );
  }
  return sealed;
};

/**
 * Opens the categories this key set holds; the others are simply absent from the result (a
 * teacher reading a child gets core and contacts, never identifiers). `only` narrows it further:
 * a list needs names, not health notes, so it does not pay to decrypt them. A tampered or moved
 * box throws AppError('crypto'). Values are parsed JSON: callers validate their shape.
 */
export const openRow = async <F extends CategoryFields>(
  keys: CategoryKeys,
  table: string,
  row: { readonly id: string; readonly sealed: SealedFields },
  only?: readonly KeyCategory[],
  version: number = ROW_SEAL_VERSION,
): Promise<Partial<F>> => {
  const boxes = (Object.entries(row.sealed) as [KeyCategory, SealedFields[KeyCategory]][]).filter(
    ([category, box]) =>
      box !== undefined && keys.has(category) && (only === undefined || only.includes(category)),
  );
  // The categories of one row are independent boxes: WebCrypto can open them concurrently.
  const opened = await Promise.all(
    boxes.map(async ([category, box]) => {
      const key = categoryKey(keys, category);
      const plain = await open(
        key,
        box as NonNullable<typeof box>,
        rowAad(table, row.id, category, version),
      );
      return [category, JSON.parse(fromUtf8(plain)) as unknown] as const;
    }),
  );
  // Safe by construction: each category was sealed from F's matching field by sealRow.
  return Object.fromEntries(opened) as Partial<F>;
};

/** Merges new category values into existing sealed fields (re-sealing only what changed). */
export const resealRow = async (
  keys: CategoryKeys,
  table: string,
  id: string,
  existing: SealedFields,
  changes: CategoryFields,
): Promise<SealedFields> => ({ ...existing, ...(await sealRow(keys, table, id, changes)) });
