// Writes a backup: every vault table's rows exactly as stored (sealed boxes stay ciphertext) and
// every keybook file, framed and authenticated (docs/backup-format.md). The rows are read in ONE
// read-only transaction (a consistent snapshot) and pushed to the sink frame by frame while the
// transaction runs; nothing in between awaits anything but IndexedDB.
import type { IndexableType, Table } from 'dexie';
import { AppError } from '@shared/errors/app-error';
import type { IHasher } from 'hash-wasm';
import type { VaultDb } from '../db/vault-db';
import type { VaultMetaRow } from '../db/rows';
import type { KeybookFiles } from '../keys/keybook-files';
import { asBytes, type Bytes } from '../crypto/bytes';
import {
  BACKUP_FORMAT_VERSION,
  FRAME,
  encodeKeybookFile,
  encodePrefix,
  frameHead,
  jsonPayload,
  type BackupHeader,
  type FrameKind,
} from './format';
import {
  digestHasher,
  institutionIdOf,
  macHasher,
  newBackupKey,
  wrapBackupKey,
} from './backup-key';
import { RowsFrameBuilder } from './rows-frame';

/**
 * Receives the file's bytes in order. A chunk is valid only during the call (rows frames reuse
 * one buffer): a sink that keeps bytes copies them (a Blob part copies).
 */
export type BackupSink = (chunk: Bytes) => void;

export type BackupSource = {
  readonly db: VaultDb;
  readonly keybookFiles: KeybookFiles;
};

export type WriteOptions = {
  readonly appVersion: string;
  readonly now: Date;
  /**
   * Rows written so far of the rows counted in the snapshot (`total`), after every page read
   * (ROWS_PER_READ rows): how far the write has come. Called from inside the read transaction:
   * it must return at once (no awaiting, no rendering per call).
   */
  readonly onRows?: (written: number, total: number) => void;
};

/** Not in a backup: failed logins while locked belong to this PC, not to the register. */
const EXCLUDED_TABLES = new Set(['loginAttempts']);
/**
 * Read last: an erasure writes its record first and removes keys and rows after, so a snapshot
 * that holds any of a half-erased person also holds the record that finishes the erasure.
 */
const LAST_TABLES = ['erasures'];

/** Every table of the database, in file order (generic: later capabilities' tables included). */
export const backupTables = (db: VaultDb): Table[] => {
  const tables = db.tables.filter((t) => !EXCLUDED_TABLES.has(t.name));
  const rank = (t: Table): number => LAST_TABLES.indexOf(t.name);
  return tables.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
};

/** What a piece of the file is hashed into: both, the digest only (the MAC frame), or none. */
type Coverage = 'all' | 'digest' | 'none';

class FrameWriter {
  constructor(
    private readonly sink: BackupSink,
    private readonly mac: IHasher,
    private readonly digest: IHasher,
  ) {}

  raw(bytes: Bytes, coverage: Coverage = 'all'): void {
    if (coverage === 'all') this.mac.update(bytes);
    if (coverage !== 'none') this.digest.update(bytes);
    this.sink(bytes);
  }

  frame(kind: FrameKind, payload: Bytes, coverage: Coverage = 'all'): void {
    this.raw(frameHead(kind, payload.length), coverage);
    this.raw(payload, coverage);
  }

  finish(): void {
    this.frame(FRAME.mac, asBytes(this.mac.digest('binary')), 'digest');
    this.frame(FRAME.digest, asBytes(this.digest.digest('binary')), 'none');
  }
}

/**
 * Rows read per IndexedDB request (one getAll), inside the backup's one transaction. Small on
 * purpose: a page lives while its rows are encoded, and the young generation's collections
 * during that promoted pages of 500 rows to the old generation (the sampling heap profile at
 * 5,000 children: 22 of the 28 MiB promoted were rows of getAll pages), where they waited for
 * a full collection and raised the peak heap.
 */
const ROWS_PER_READ = 64;

type Row = Record<string, unknown>;

/**
 * Every row of `table` in primary-key order, `ROWS_PER_READ` at a time (a key range after the
 * last key read, so each page is one getAll and the transaction's snapshot stays the same).
 * `visit` may clear the page's entries as it goes. Tables without a single inline key path
 * are read with a cursor.
 */
const eachPage = async (
  table: Table,
  visit: (rows: (Row | undefined)[]) => void,
): Promise<void> => {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string' || keyPath.includes('.')) {
    await table.each((row: Row) => {
      visit([row]);
    });
    return;
  }
  let page = (await table.orderBy(':id').limit(ROWS_PER_READ).toArray()) as (Row | undefined)[];
  while (page.length > 0) {
    const full = page.length === ROWS_PER_READ;
    const last = page[page.length - 1]?.[keyPath] as IndexableType;
    visit(page);
    if (!full) return;
    page = (await table.where(':id').above(last).limit(ROWS_PER_READ).toArray()) as (
      Row | undefined
    )[];
  }
};

/**
 * Streams one table's rows as rows frames of at most ~1 MiB / 500 rows each, through the
 * backup's one builder (`frames`; its frame buffer is allocated once per backup, not per table).
 */
const writeTableRows = async (
  table: Table,
  frames: RowsFrameBuilder,
  /** Rows of this table written so far, after each page. */
  onPage?: (count: number) => void,
): Promise<number> => {
  let count = 0;
  await eachPage(table, (rows) => {
    for (let i = 0; i < rows.length; i++) {
      frames.add(rows[i]);
      // Encoded: the row can go at the next young-generation collection, not with its page.
      rows[i] = undefined;
    }
    count += rows.length;
    onPage?.(count);
  });
  frames.endTable();
  return count;
};

/**
 * Writes a backup of `source` to `sink`; returns its header and the file's MAC key (to verify the
 * copy read back from where it was saved; drop it afterwards). Throws AppError('storage') when
 * the register changed its row counts while being read (the caller retries).
 */
export const writeBackup = async (
  source: BackupSource,
  options: WriteOptions,
  sink: BackupSink,
): Promise<{ header: BackupHeader; macKey: Uint8Array }> => {
  const { db } = source;
  const meta = (await db.meta.get('vault')) as VaultMetaRow | undefined;
  if (!meta) throw new AppError('not-found', 'errors.noVault');
  const key = newBackupKey();
  const keySlots = await wrapBackupKey(key, await db.slots.toArray());
  const out = new FrameWriter(sink, await macHasher(key), await digestHasher());
  const tables = backupTables(db);
  const institutionId = await institutionIdOf(meta.installSalt);
  const frames = new RowsFrameBuilder((frame) => {
    out.raw(frame);
  });
  const header = await db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    const head: BackupHeader = {
      format: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      institutionId,
      createdAt: options.now.toISOString(),
      schemaVersion: db.verno,
      tables: tables.map((t, i) => ({ name: t.name, count: counts[i] ?? 0 })),
    };
    out.raw(encodePrefix());
    out.frame(FRAME.header, jsonPayload(head));
    for (const slot of keySlots) out.frame(FRAME.keySlot, jsonPayload(slot));
    const total = counts.reduce((sum, n) => sum + n, 0);
    let before = 0;
    const { onRows } = options;
    for (const [i, table] of tables.entries()) {
      out.frame(FRAME.table, jsonPayload({ table: table.name }));
      const written = await writeTableRows(
        table,
        frames,
        onRows &&
          ((count) => {
            onRows(before + count, total);
          }),
      );
      if (written !== counts[i]) throw new AppError('storage', 'errors.backup.changedWhileReading');
      before += written;
    }
    return head;
  });
  let files = 0;
  for (const name of (await source.keybookFiles.list()).sort()) {
    const bytes = await source.keybookFiles.read(name);
    if (!bytes) continue;
    out.frame(FRAME.keybookFile, encodeKeybookFile(name, bytes));
    files += 1;
  }
  out.frame(FRAME.end, jsonPayload({ keybookFiles: files }));
  out.finish();
  return { header, macKey: key };
};
