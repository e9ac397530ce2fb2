// Staging keybook changes around a write: data keys for new people and items, placements that
// follow a person to another scope, and the code tag. Order of a write (docs/security-model.md,
// "Erasure and crash consistency"): commitAdditions() BEFORE the rows are stored (a row never
// exists without its key), commitRemovals() AFTER (a key leaves a scope only once the rows moved).
import type { PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import type { EntryRef, Keybook, KeyEntry } from './keybook';
import { generateDataKey, wrapDataKey, type PersonKeys } from './person-keys';
import type { Placement, ScopeId } from './scopes';

/** Returns the scope key of (scope, category), creating it when the session may. */
export type ScopeKeyProvider = (scopeId: ScopeId, category: PersonCategory) => Promise<CryptoKey>;

type Target = {
  readonly ownerId: string;
  readonly category: PersonCategory;
  readonly item: boolean;
};

export class KeyChange {
  private readonly adds = new Map<string, KeyEntry>();
  private readonly removes = new Map<string, EntryRef>();
  private readonly tags = new Map<string, string | undefined>();
  private readonly fresh = new Map<string, CryptoKey>();
  /** Keys whose placement was decided already in this change (placed once, not twice). */
  private readonly placed = new Set<string>();
  /** personKey() calls in flight, so two concurrent calls never create two keys for one person. */
  private readonly pending = new Map<string, Promise<CryptoKey>>();

  constructor(
    private readonly people: PersonKeys,
    private readonly keybook: Keybook,
    private readonly scopeKey: ScopeKeyProvider,
  ) {}

  /** Staged additions per owner (refs into `adds`), so tags apply without scanning them all. */
  private readonly addsByOwner = new Map<string, Set<string>>();

  private addEntry(entry: KeyEntry): void {
    const ref = `${entry.scopeId}\u0000${entry.keyId}`;
    this.adds.set(ref, entry);
    const owned = this.addsByOwner.get(entry.ownerId) ?? new Set<string>();
    owned.add(ref);
    this.addsByOwner.set(entry.ownerId, owned);
  }

  private async wrapInto(
    dataKey: CryptoKey,
    keyId: string,
    target: Target,
    scopes: readonly ScopeId[],
  ): Promise<void> {
    for (const scopeId of scopes) {
      const label = { scopeId, keyId, ownerId: target.ownerId, category: target.category };
      const wrapped = await wrapDataKey(
        await this.scopeKey(scopeId, target.category),
        dataKey,
        label,
      );
      this.addEntry({ ...label, item: target.item, wrapped });
    }
  }

  /** A new key wrapped into `scopes`; returns it (transient, extractable) for sealing. */
  private async create(keyId: string, target: Target, scopes: readonly ScopeId[]) {
    const key = await generateDataKey();
    await this.wrapInto(key, keyId, target, scopes);
    this.fresh.set(keyId, key);
    this.placed.add(keyId);
    return key;
  }

  /** Makes an existing key's placements exactly `scopes` (adds wraps, schedules removals). */
  private async move(entries: readonly KeyEntry[], scopes: readonly ScopeId[]): Promise<void> {
    const first = entries[0];
    if (!first || this.placed.has(first.keyId)) return;
    this.placed.add(first.keyId);
    const present = new Set(entries.map((e) => e.scopeId));
    const missing = scopes.filter((s) => !present.has(s));
    if (missing.length > 0) {
      const raw = this.fresh.get(first.keyId) ?? (await this.people.extractable(entries));
      await this.wrapInto(raw, first.keyId, first, missing);
    }
    for (const e of entries)
      if (!scopes.includes(e.scopeId))
        this.removes.set(`${e.scopeId}\u0000${e.keyId}`, { scopeId: e.scopeId, keyId: e.keyId });
  }

  /**
   * The person's key of a category for sealing, placed exactly in `scopes`: the stored one, or a
   * new one when the person has none yet.
   */
  personKey(
    ownerId: string,
    category: PersonCategory,
    scopes: readonly ScopeId[],
  ): Promise<CryptoKey> {
    const id = `${ownerId}\u0000${category}`;
    const inFlight = this.pending.get(id);
    if (inFlight) return inFlight;
    const next = this.resolvePersonKey(ownerId, category, scopes);
    this.pending.set(id, next);
    return next;
  }

  private async resolvePersonKey(
    ownerId: string,
    category: PersonCategory,
    scopes: readonly ScopeId[],
  ): Promise<CryptoKey> {
    const entries = this.people.personEntries(ownerId, category);
    const first = entries[0];
    if (!first) return this.create(crypto.randomUUID(), { ownerId, category, item: false }, scopes);
    await this.move(entries, scopes);
    const fresh = this.fresh.get(first.keyId);
    if (fresh) return fresh;
    const keys = await this.people.keysOf(ownerId, [category]);
    const key = keys.get(category);
    if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category });
    return key;
  }

  /** A new item key (e.g. one scan) of `ownerId`, key id = the item's id. */
  itemKey(
    itemId: string,
    ownerId: string,
    category: PersonCategory,
    scopes: readonly ScopeId[],
  ): Promise<CryptoKey> {
    return this.create(itemId, { ownerId, category, item: true }, scopes);
  }

  /**
   * Schedules every placement of a key for removal (with the removals, after the rows moved):
   * e.g. a request's old item key once the request is sealed under its new owner's key.
   */
  retire(keyId: string): void {
    for (const e of this.keybook.entriesOfKey(keyId))
      this.removes.set(`${e.scopeId}\u0000${e.keyId}`, { scopeId: e.scopeId, keyId: e.keyId });
  }

  /** Where the person's key of a category sits now (empty when the person has none). */
  scopesOf(ownerId: string, category: PersonCategory): ScopeId[] {
    return this.people.personEntries(ownerId, category).map((e) => e.scopeId);
  }

  /** Moves every stored key of a person (person and item keys) to the placement. */
  async place(ownerId: string, placement: Placement): Promise<void> {
    const byKey = new Map<string, KeyEntry[]>();
    for (const e of this.keybook.entriesOfOwner(ownerId))
      byKey.set(e.keyId, [...(byKey.get(e.keyId) ?? []), e]);
    for (const entries of byKey.values()) {
      const category = entries[0]?.category;
      if (category) await this.move(entries, placement[category]);
    }
  }

  /** The blind index of the person's personal code (undefined: no code). */
  setTag(ownerId: string, tag: string | undefined): void {
    this.tags.set(ownerId, tag);
  }

  private tagged(): KeyEntry[] {
    const out: KeyEntry[] = [];
    for (const [ownerId, tag] of this.tags) {
      const staged = [...(this.addsByOwner.get(ownerId) ?? [])].flatMap(
        (ref) => this.adds.get(ref) ?? [],
      );
      const stored = this.people.personEntries(ownerId, 'identifiers');
      for (const e of [...stored, ...staged]) {
        if (e.item || e.category !== 'identifiers' || e.tag === tag) continue;
        if (this.removes.has(`${e.scopeId}\u0000${e.keyId}`)) continue;
        const { tag: _old, ...rest } = e;
        out.push(tag === undefined ? rest : { ...rest, tag });
      }
    }
    return out;
  }

  /** Writes new keys and placements (and tag changes). Call BEFORE storing the rows. */
  async commitAdditions(): Promise<void> {
    for (const e of this.tagged()) this.addEntry(e);
    if (this.adds.size > 0) await this.keybook.update({ add: [...this.adds.values()] });
  }

  /** Removes placements no longer wanted. Call AFTER the rows are stored. */
  async commitRemovals(): Promise<void> {
    if (this.removes.size > 0) await this.keybook.update({ remove: [...this.removes.values()] });
  }

  /**
   * Stores rows that need this change's keys, in the order that keeps the keybook and the rows
   * consistent: new keys first, then the rows, then removals of old placements. A failed row
   * write takes back the keys created for it, so no key is left for rows that never existed.
   */
  async store<T>(write: () => Promise<T>): Promise<T> {
    await this.commitAdditions();
    let result: T;
    try {
      result = await write();
    } catch (error) {
      await this.rollback();
      throw error;
    }
    await this.commitRemovals();
    return result;
  }

  /** After a failed row write: takes back the keys created by this change (best effort). */
  async rollback(): Promise<void> {
    const created = [...this.adds.values()].filter((e) => this.fresh.has(e.keyId));
    if (created.length > 0)
      await this.keybook
        .update({ remove: created.map((e) => ({ scopeId: e.scopeId, keyId: e.keyId })) })
        .catch(() => undefined);
  }
}
