// The keys a backup file carries, opened for the principal that made it (docs/backup-format.md,
// "Verifying"): the principal's grants IN THE FILE give the org key and its category keys, those
// open the file's scope keys, and the file's keybook holds every person's wrapped data keys.
// Nothing of the register in use is consulted, so a box opens here only if it opens after a
// restore. Each box's key is found the way the repositories find it: an item key named by the
// row (a scan: its id; a request or disclosure: requestKeyId), else the data key of the person
// the row is (subjects, representatives) or is about (subjectId).
import type { KeyCategory } from '@shared/access/roles';
import type { SealedBox } from '../crypto/aes-gcm';
import type { GrantRow, VaultMetaRow } from '../db/rows';
import { openRow } from '../db/sealed-row';
import { Keybook, type KeyEntry } from '../keys/keybook';
import { memoryKeybookFiles } from '../keys/keybook-files';
import { PersonKeys, unwrapDataKey } from '../keys/person-keys';
import { openScopeKeys, type ScopeKeyRow } from '../keys/scope-keys';
import type { ErasureContent, ErasureRow } from '../retention/erasures-repo';
import { requestKeyId, type KeyedRow } from '../requests/requests-codec';
import { categoryKeysOf, openGrantRows } from '../vault/principals';
import type { FrameVisitor } from './backup-reader';
import { KeyCache } from './key-cache';

/** Who verifies: the principal that made the backup, with its (non-extractable) private key. */
export type BackupOpener = { readonly principalId: string; readonly privateKey: CryptoKey };

/** What a box needs: its key, or 'skip' (a category the opener's role never holds). */
export type BoxKey = CryptoKey | 'skip';

/** Data keys held at most this many at a time (memory bounded at 50,000 children). */
export const CACHE_LIMIT = 20_000;

/** The tables whose rows the keys need (the rest of the pass is only hashed). */
const KEY_TABLES: ReadonlySet<string> = new Set(['meta', 'grants', 'scopeKeys', 'erasures']);

/** Gathers, during one pass over the file, what opening its rows needs (small, but the keybook). */
export class KeyMaterial {
  vaultMeta: VaultMetaRow | undefined;
  readonly grants: GrantRow[] = [];
  readonly scopeKeys: ScopeKeyRow[] = [];
  readonly erasures: ErasureRow[] = [];
  readonly files = memoryKeybookFiles();

  constructor(private readonly principalId: string) {}

  readonly visitor: FrameVisitor = {
    wants: (table) => KEY_TABLES.has(table),
    rows: (table, rows) => {
      if (table === 'meta') this.vaultMeta ??= rows.find((r) => r['id'] === 'vault') as never;
      else if (table === 'grants')
        for (const row of rows)
          if (row['principalId'] === this.principalId) this.grants.push(row as GrantRow);
      if (table === 'scopeKeys') this.scopeKeys.push(...(rows as ScopeKeyRow[]));
      if (table === 'erasures') this.erasures.push(...(rows as ErasureRow[]));
    },
    keybookFile: (name, bytes) => this.files.write(name, bytes),
  };
}

/** Ids whose keys an unfinished erasure may already have removed (the restore finishes it). */
const unfinishedErasures = async (
  org: CryptoKey | undefined,
  rows: readonly ErasureRow[],
): Promise<Set<string>> => {
  const ids = new Set<string>();
  if (!org) return ids;
  for (const row of rows.filter((r) => r.doneAt === null)) {
    const content = (
      await openRow<{ org: ErasureContent }>(new Map([['org', org]]), 'erasures', row)
    ).org;
    for (const id of [...(content?.personIds ?? []), ...(content?.itemIds ?? [])]) ids.add(id);
  }
  return ids;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export class FileKeys {
  private readonly cache: KeyCache<Promise<CryptoKey>>;

  private constructor(
    /** Rows sealed before per-person keys (seal version 1): boxes under the category keys. */
    readonly legacy: boolean,
    private readonly org: CryptoKey | undefined,
    private readonly categoryKeys: ReadonlyMap<KeyCategory, CryptoKey>,
    private readonly people: PersonKeys,
    private readonly erased: ReadonlySet<string>,
    cacheLimit: number,
  ) {
    this.cache = new KeyCache(cacheLimit);
  }

  /**
   * Opens the material for `opener`. Throws AppError('crypto', 'errors.unwrapFailed') when a
   * grant or scope key of the file does not open, AppError('storage', 'errors.keybookDamaged')
   * for a keybook file that does not decode. `cacheLimit`: data keys held at most (tests make it
   * small).
   */
  static async open(
    material: KeyMaterial,
    opener: BackupOpener,
    cacheLimit = CACHE_LIMIT,
  ): Promise<FileKeys> {
    const { base, scopes } = await openGrantRows(
      material.grants,
      opener.principalId,
      opener.privateKey,
    );
    const categoryKeys = categoryKeysOf(base);
    for (const [scopeId, keys] of await openScopeKeys(material.scopeKeys, categoryKeys))
      scopes.set(scopeId, new Map([...(scopes.get(scopeId) ?? []), ...keys]));
    const keybook = new Keybook(material.files);
    await keybook.load();
    // The decoded entries are all that is needed from here on; the files' bytes can go.
    material.files.files.clear();
    const org = base.get('org');
    return new FileKeys(
      material.vaultMeta?.keyScheme !== 2,
      org,
      categoryKeys,
      new PersonKeys(keybook, scopes),
      await unfinishedErasures(org, material.erasures),
      cacheLimit,
    );
  }

  /** True when the row belongs to a person or item an unfinished erasure is removing. */
  isBeingErased(row: Readonly<Record<string, unknown>>): boolean {
    return [row['id'], row['subjectId'], row['representativeId']].some(
      (id) => typeof id === 'string' && this.erased.has(id),
    );
  }

  /** The key entries of a box: an item key named by the row, else the person's data key. */
  private entriesFor(row: Readonly<Record<string, unknown>>, category: KeyCategory): KeyEntry[] {
    const { keybook } = this.people;
    const id = text(row['id']);
    const items = (keyId: string): KeyEntry[] => keybook.entriesOfKey(keyId).filter((e) => e.item);
    for (const keyId of id ? [id, requestKeyId(row as KeyedRow)] : []) {
      const found = items(keyId);
      if (found.length > 0) return found;
    }
    if (category === 'org') return [];
    for (const owner of [id, text(row['subjectId'])]) {
      const found = owner ? this.people.personEntries(owner, category) : [];
      if (found.length > 0) return found;
    }
    return [];
  }

  private unwrap(entry: KeyEntry, scopeKey: CryptoKey): Promise<CryptoKey> {
    const cached = this.cache.get(entry.keyId);
    if (cached) return cached;
    const pending = unwrapDataKey(scopeKey, entry, false);
    this.cache.set(entry.keyId, pending);
    return pending;
  }

  /**
   * The key of one box of `row`: undefined when the file holds no key the opener can reach for
   * it although its role holds the category (the box would not open after a restore); 'skip'
   * for a category the opener's role never holds (a secretary's backup: health notes).
   */
  async keyFor(
    row: Readonly<Record<string, unknown>>,
    category: KeyCategory,
  ): Promise<BoxKey | undefined> {
    if (this.legacy || category === 'org') {
      const key = category === 'org' ? this.org : this.categoryKeys.get(category);
      return key ?? (this.holds(category) ? undefined : 'skip');
    }
    const entries = this.entriesFor(row, category);
    const openable = await this.people.openable(entries);
    if (openable) return this.unwrap(openable.entry, openable.scopeKey);
    const first = entries[0];
    return first && !this.holds(first.category) ? 'skip' : undefined;
  }

  private holds(category: KeyCategory): boolean {
    return category === 'org' || this.categoryKeys.has(category);
  }
}

/** A stored box: an IV and a ciphertext, both bytes. */
export const isBox = (value: unknown): value is SealedBox =>
  typeof value === 'object' &&
  value !== null &&
  (value as SealedBox).iv instanceof Uint8Array &&
  (value as SealedBox).ct instanceof Uint8Array;
