// The keybook: every wrapped person data key, one file per scope, held in memory once read.
// Changes are serialized and written file by file (each replaced atomically); memory follows
// only what reached the files, so a failed write never leaves memory ahead of the disk.
import { AppError } from '@shared/errors/app-error';
import { decodeShard, encodeShard, shardFileName, type KeyEntry } from './keybook-format';
import type { KeybookFiles } from './keybook-files';
import type { ScopeId } from './scopes';

export type { KeyEntry } from './keybook-format';

/** An exact placement of a key: removing it leaves the key's other scopes untouched. */
export type EntryRef = { readonly scopeId: ScopeId; readonly keyId: string };

export type KeybookUpdate = {
  /** New entries; one with the same scope and key id as a stored one replaces it. */
  readonly add?: readonly KeyEntry[];
  readonly remove?: readonly EntryRef[];
};

const refKey = (scopeId: ScopeId, keyId: string): string => `${scopeId}\u0000${keyId}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class Keybook {
  private shards = new Map<ScopeId, readonly KeyEntry[]>();
  private byOwner = new Map<string, KeyEntry[]>();
  private byKey = new Map<string, KeyEntry[]>();
  private byTag = new Map<string, KeyEntry[]>();
  private loading: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly files: KeybookFiles) {}

  /** Reads every file once (again after reload()). A damaged file throws AppError('storage'). */
  load(): Promise<void> {
    this.loading ??= this.readAll().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  /** Forgets what was read, e.g. after another process replaced the files (a restore). */
  reload(): Promise<void> {
    this.loading = undefined;
    return this.load();
  }

  private async readAll(): Promise<void> {
    const shards = new Map<ScopeId, readonly KeyEntry[]>();
    for (const name of await this.files.list()) {
      const bytes = await this.files.read(name);
      if (!bytes) continue;
      const { scopeId, entries } = await decodeShard(bytes);
      if (shardFileName(scopeId) !== name) throw new AppError('storage', 'errors.keybookDamaged');
      shards.set(scopeId, entries);
    }
    this.install(shards);
  }

  private install(shards: Map<ScopeId, readonly KeyEntry[]>): void {
    this.shards = shards;
    this.byOwner = new Map();
    this.byKey = new Map();
    this.byTag = new Map();
    for (const entries of shards.values()) {
      for (const entry of entries) {
        push(this.byOwner, entry.ownerId, entry);
        push(this.byKey, entry.keyId, entry);
        if (entry.tag !== undefined) push(this.byTag, entry.tag, entry);
      }
    }
  }

  /** Every placement of every key of this person (person keys and item keys). */
  entriesOfOwner(ownerId: string): readonly KeyEntry[] {
    return this.byOwner.get(ownerId) ?? [];
  }

  entriesOfKey(keyId: string): readonly KeyEntry[] {
    return this.byKey.get(keyId) ?? [];
  }

  /** Owners whose identifiers key carries this code tag (duplicate personal codes). */
  ownersWithTag(tag: string): string[] {
    return [...new Set((this.byTag.get(tag) ?? []).map((e) => e.ownerId))];
  }

  entriesInScope(scopeId: ScopeId): readonly KeyEntry[] {
    return this.shards.get(scopeId) ?? [];
  }

  scopeIds(): ScopeId[] {
    return [...this.shards.keys()];
  }

  /** Applies a change: affected files are rewritten (one atomic replace each), then memory. */
  update(change: KeybookUpdate): Promise<void> {
    const next = this.queue.then(() => this.applyNow(change));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyNow(change: KeybookUpdate): Promise<void> {
    await this.load();
    const removed = new Set((change.remove ?? []).map((r) => refKey(r.scopeId, r.keyId)));
    const added = new Map<ScopeId, Map<string, KeyEntry>>();
    for (const entry of change.add ?? []) {
      const scope = added.get(entry.scopeId) ?? new Map<string, KeyEntry>();
      scope.set(entry.keyId, entry);
      added.set(entry.scopeId, scope);
    }
    const touched = new Set<ScopeId>([
      ...added.keys(),
      ...(change.remove ?? []).map((r) => r.scopeId),
    ]);
    const shards = new Map(this.shards);
    try {
      for (const scopeId of touched) {
        const adds = added.get(scopeId) ?? new Map<string, KeyEntry>();
        const kept = (this.shards.get(scopeId) ?? []).filter(
          (e) => !removed.has(refKey(scopeId, e.keyId)) && !adds.has(e.keyId),
        );
        const entries = [...kept, ...adds.values()];
        await this.writeShard(scopeId, entries);
        if (entries.length === 0) shards.delete(scopeId);
        else shards.set(scopeId, entries);
      }
    } finally {
      // Whatever reached the files is what memory holds, even when a later file failed.
      this.install(shards);
    }
  }

  private async writeShard(scopeId: ScopeId, entries: readonly KeyEntry[]): Promise<void> {
    const name = shardFileName(scopeId);
    if (entries.length === 0) await this.files.remove(name);
    else await this.files.write(name, await encodeShard(scopeId, entries));
  }

  /** The files as stored (for a backup): name -> bytes. */
  async exportFiles(): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    for (const name of await this.files.list()) {
      const bytes = await this.files.read(name);
      if (bytes) out.set(name, bytes);
    }
    return out;
  }

  /**
   * Replaces the whole keybook (a restore, or the key migration). Every file is checked before
   * anything is written; files not in `files` are removed afterwards.
   */
  replaceFiles(files: ReadonlyMap<string, Uint8Array>): Promise<void> {
    const next = this.queue.then(async () => {
      for (const [name, bytes] of files) {
        const { scopeId } = await decodeShard(bytes);
        if (shardFileName(scopeId) !== name) throw new AppError('storage', 'errors.keybookDamaged');
      }
      for (const [name, bytes] of files) await this.files.write(name, bytes);
      for (const name of await this.files.list())
        if (!files.has(name)) await this.files.remove(name);
      this.loading = undefined;
      await this.load();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Encodes a set of entries as keybook files (for replaceFiles). */
  static async encodeAll(entries: readonly KeyEntry[]): Promise<Map<string, Uint8Array>> {
    const byScope = new Map<ScopeId, KeyEntry[]>();
    for (const entry of entries) push(byScope, entry.scopeId, entry);
    const files = new Map<string, Uint8Array>();
    for (const [scopeId, list] of byScope)
      files.set(shardFileName(scopeId), await encodeShard(scopeId, list));
    return files;
  }
}
