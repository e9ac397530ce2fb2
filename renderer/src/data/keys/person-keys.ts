// A session's access to person data keys: finds a person's entries in the keybook, unwraps them
// with the scope keys the session holds (non-extractable, cached for the session), and nothing
// else. A key whose scope the session does not hold simply is not there: a teacher asking for a
// child of another group gets an empty key set, whatever the services would have allowed.
import { PERSON_CATEGORIES, type PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { AES_GCM_IV_BYTES, type SealedBox } from '../crypto/aes-gcm';
import { asBytes, randomBytes, utf8, type Bytes } from '../crypto/bytes';
import type { CategoryKeys } from '../db/sealed-row';
import type { Keybook, KeyEntry } from './keybook';
import type { ScopeId } from './scopes';
import type { ScopeKeyMap } from './scope-keys';

const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

type EntryLabel = Pick<KeyEntry, 'scopeId' | 'keyId' | 'ownerId' | 'category'>;

const dkAad = (e: EntryLabel): Bytes =>
  utf8(`dk\u0000${e.scopeId}\u0000${e.keyId}\u0000${e.ownerId}\u0000${e.category}`);

/** A fresh data key, extractable only until it is wrapped into the keybook. */
export const generateDataKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, DATA_KEY_USAGES);

export const wrapDataKey = async (
  scopeKey: CryptoKey,
  dataKey: CryptoKey,
  label: EntryLabel,
): Promise<SealedBox> => {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const ct = await crypto.subtle.wrapKey('raw', dataKey, scopeKey, {
    name: 'AES-GCM',
    iv,
    additionalData: dkAad(label),
  });
  return { iv, ct: new Uint8Array(ct) };
};

export const unwrapDataKey = async (
  scopeKey: CryptoKey,
  entry: KeyEntry,
  extractable: boolean,
): Promise<CryptoKey> => {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      asBytes(entry.wrapped.ct),
      scopeKey,
      { name: 'AES-GCM', iv: asBytes(entry.wrapped.iv), additionalData: dkAad(entry) },
      { name: 'AES-GCM' },
      extractable,
      DATA_KEY_USAGES,
    );
  } catch {
    throw new AppError('crypto', 'errors.unwrapFailed', { keyName: 'data' });
  }
};

/**
 * Finds a scope key the session did not load at unlock (a scope made since, e.g. by a colleague
 * placing the first child in a new group); undefined when the session may not hold it.
 */
export type ScopeKeyLoader = (
  scopeId: ScopeId,
  category: PersonCategory,
) => Promise<CryptoKey | undefined>;

type Openable = { readonly entry: KeyEntry; readonly scopeKey: CryptoKey };

export class PersonKeys {
  private readonly cache = new Map<string, Promise<CryptoKey>>();
  private readonly loading = new Map<string, Promise<CryptoKey | undefined>>();

  constructor(
    readonly keybook: Keybook,
    readonly scopes: ScopeKeyMap,
    private readonly loadScope: ScopeKeyLoader = () => Promise.resolve(undefined),
  ) {}

  /** The session's scope key, loading (once) one it may hold but did not load yet. */
  scopeKey(scopeId: ScopeId, category: PersonCategory): Promise<CryptoKey | undefined> {
    const held = this.scopes.get(scopeId)?.get(category);
    if (held) return Promise.resolve(held);
    const id = `${scopeId}\u0000${category}`;
    const known = this.loading.get(id);
    if (known) return known;
    const pending = this.loadScope(scopeId, category);
    this.loading.set(id, pending);
    // A miss is not remembered: the scope key may be created later in this session.
    void pending.then(
      (key) => key ?? this.loading.delete(id),
      () => this.loading.delete(id),
    );
    return pending;
  }

  /** The first placement of a key this session can unwrap, with its scope key. */
  async openable(entries: readonly KeyEntry[]): Promise<Openable | undefined> {
    for (const entry of entries) {
      const scopeKey = await this.scopeKey(entry.scopeId, entry.category);
      if (scopeKey) return { entry, scopeKey };
    }
    return undefined;
  }

  private unwrap({ entry, scopeKey }: Openable): Promise<CryptoKey> {
    const cached = this.cache.get(entry.keyId);
    if (cached) return cached;
    const pending = unwrapDataKey(scopeKey, entry, false);
    this.cache.set(entry.keyId, pending);
    pending.catch(() => this.cache.delete(entry.keyId));
    return pending;
  }

  /** The person's own key entries (not item keys) of a category, in every scope. */
  personEntries(ownerId: string, category: PersonCategory): KeyEntry[] {
    return this.keybook.entriesOfOwner(ownerId).filter((e) => !e.item && e.category === category);
  }

  /**
   * The person's data keys the session can open, by category (`only` narrows them). Categories
   * without a key, or whose scope the session lacks, are absent.
   */
  async keysOf(
    ownerId: string,
    only: readonly PersonCategory[] = PERSON_CATEGORIES,
  ): Promise<CategoryKeys> {
    const found = await Promise.all(
      only.map(async (category) => {
        const cached = this.cachedPersonKey(ownerId, category);
        if (cached) return [category, await cached] as const;
        const openable = await this.openable(this.personEntries(ownerId, category));
        return openable ? ([category, await this.unwrap(openable)] as const) : undefined;
      }),
    );
    return new Map(found.filter((f) => f !== undefined));
  }

  /** The cached key of a person's category, when its key id was unwrapped before. */
  private cachedPersonKey(
    ownerId: string,
    category: PersonCategory,
  ): Promise<CryptoKey> | undefined {
    const first = this.personEntries(ownerId, category)[0];
    return first ? this.cache.get(first.keyId) : undefined;
  }

  /** An item key (a scan's), or undefined when absent or outside the session's scopes. */
  async itemKey(keyId: string): Promise<CryptoKey | undefined> {
    const openable = await this.openable(this.keybook.entriesOfKey(keyId).filter((e) => e.item));
    return openable ? this.unwrap(openable) : undefined;
  }

  /** A transient EXTRACTABLE copy of a key, to wrap it for another scope. */
  async extractable(entries: readonly KeyEntry[]): Promise<CryptoKey> {
    const openable = await this.openable(entries);
    if (!openable)
      throw new AppError('forbidden', 'errors.noCategoryKey', {
        category: entries[0]?.category ?? '',
      });
    return unwrapDataKey(openable.scopeKey, openable.entry, true);
  }

  /** Drops cached keys (after an erasure, so nothing of the person stays in memory). */
  forget(keyIds: Iterable<string>): void {
    for (const id of keyIds) this.cache.delete(id);
  }
}
