// What the key migration builds in memory before it writes anything: scope keys (wrapped under the
// category keys) and person data keys (wrapped under scope keys, as keybook entries). All keys
// here are transient extractable copies, dropped when the migration ends.
import type { PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import type { KeyEntry } from './keybook-format';
import { generateDataKey, wrapDataKey } from './person-keys';
import { generateScopeKey, wrapScopeKey, type ScopeKeyRow } from './scope-keys';
import type { ScopeId } from './scopes';

export class MigrationSealer {
  readonly entries: KeyEntry[] = [];
  readonly scopeRows: ScopeKeyRow[] = [];
  private readonly scopeKeys = new Map<string, Promise<CryptoKey>>();
  private readonly personKeys = new Map<string, Promise<CryptoKey>>();

  constructor(
    private readonly categoryKeys: ReadonlyMap<PersonCategory, CryptoKey>,
    private readonly now: Date,
  ) {}

  /** The (new) scope key of (scope, category); its wrapped row is kept for storing. */
  scopeKey(scopeId: ScopeId, category: PersonCategory): Promise<CryptoKey> {
    const id = `${scopeId}|${category}`;
    const known = this.scopeKeys.get(id);
    if (known) return known;
    const made = (async () => {
      const categoryKey = this.categoryKeys.get(category);
      if (!categoryKey) throw new AppError('forbidden', 'errors.noCategoryKey', { category });
      const key = await generateScopeKey();
      this.scopeRows.push(await wrapScopeKey(categoryKey, key, scopeId, category, this.now));
      return key;
    })();
    this.scopeKeys.set(id, made);
    return made;
  }

  private async wrapAll(
    key: CryptoKey,
    keyId: string,
    ownerId: string,
    category: PersonCategory,
    item: boolean,
    scopes: readonly ScopeId[],
    tag: string | undefined,
  ): Promise<void> {
    for (const scopeId of scopes) {
      const label = { scopeId, keyId, ownerId, category };
      const wrapped = await wrapDataKey(await this.scopeKey(scopeId, category), key, label);
      this.entries.push({ ...label, item, wrapped, ...(tag === undefined ? {} : { tag }) });
    }
  }

  /** The person's key of a category; made (and placed in `scopes`) on first use. */
  personKey(
    ownerId: string,
    category: PersonCategory,
    scopes: readonly ScopeId[],
    tag?: string,
  ): Promise<CryptoKey> {
    const id = `${ownerId}|${category}`;
    const known = this.personKeys.get(id);
    if (known) return known;
    const made = (async () => {
      const key = await generateDataKey();
      await this.wrapAll(key, crypto.randomUUID(), ownerId, category, false, scopes, tag);
      return key;
    })();
    this.personKeys.set(id, made);
    return made;
  }

  /** A new item key (one scan). */
  async itemKey(
    itemId: string,
    ownerId: string,
    category: PersonCategory,
    scopes: readonly ScopeId[],
  ): Promise<CryptoKey> {
    const key = await generateDataKey();
    await this.wrapAll(key, itemId, ownerId, category, true, scopes, undefined);
    return key;
  }
}
