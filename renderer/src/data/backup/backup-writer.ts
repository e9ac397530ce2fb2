// Writes a backup: every vault table's rows exactly as stored (sealed boxes stay ciphertext) and
// every keybook file, framed and authenticated (docs/backup-format.md). The rows are read in ONE
// read-only transaction (a consistent snapshot) and pushed to the sink frame by frame while the
// transaction runs; nothing in between awaits anything but IndexedDB.
import type { Table } from 'dexie';
import { AppError } from '@shared/errors/app-error';
import type { IHasher } from 'hash-wasm';
import type { VaultDb } from '../db/vault-db';
import type { VaultMetaRow } from '../db/rows';
import type { KeybookFiles } from '../keys/keybook-files';
import { utf8 } from '../crypto/bytes';
import {
  BACKUP_FORMAT_VERSION,
  FRAME,
  encodeJson,
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

/** Receives the file's bytes in order; must not keep a reference it does not need. */
export type BackupSink = (chunk: Uint8Array) => void;

export type BackupSource = {
  readonly db: VaultDb;
  readonly keybookFiles: KeybookFiles;
};

export type WriteOptions = {
  readonly appVersion: string;
  readonly now: Date;
};

/** Not in a backup: failed logins while locked belong to this PC, not to the register. */
const EXCLUDED_TABLES = new Set(['loginAttempts']);
/**
 * Read last: an erasure writes its record first and removes keys and rows after, so a snapshot
 * that holds any of a half-erased person also holds the record that finishes the erasure.
 */
const LAST_TABLES = ['erasures'];
const ROWS_PER_FRAME = 500;
const FRAME_TARGET_BYTES = 1024 * 1024;

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

  raw(bytes: Uint8Array, coverage: Coverage = 'all'): void {
    if (coverage === 'all') this.mac.update(bytes);
    if (coverage !== 'none') this.digest.update(bytes);
    this.sink(bytes);
  }

  frame(kind: FrameKind, payload: Uint8Array, coverage: Coverage = 'all'): void {
    this.raw(frameHead(kind, payload.length), coverage);
    this.raw(payload, coverage);
  }

  finish(): void {
    this.frame(FRAME.mac, this.mac.digest('binary'), 'digest');
    this.frame(FRAME.digest, this.digest.digest('binary'), 'none');
  }
}

/**
 * `[row,row,…]` as one UTF-8 payload from rows already encoded one by one, so the frame's text is
 * never one large string: a ~1 MiB string per frame is old-generation garbage that piled up to
 * 2.5× the heap at rest during a backup of 10,000 children (bench:backup).
 */
const joinRows = (rows: readonly Uint8Array[], bytes: number): Uint8Array => {
  const out = new Uint8Array(bytes + rows.length + 1);
  out[0] = 0x5b; // [
  let at = 1;
  for (const [i, row] of rows.entries()) {
    if (i > 0) out[at++] = 0x2c; // ,
    out.set(row, at);
    at += row.length;
  }
  out[at] = 0x5d; // ]
  return out;
};

/** Streams one table's rows as rows frames of at most ~1 MiB / 500 rows each. */
const writeTableRows = async (table: Table, out: FrameWriter): Promise<number> => {
  let batch: Uint8Array[] = [];
  let bytes = 0;
  let count = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    out.frame(FRAME.rows, joinRows(batch, bytes));
    batch = [];
    bytes = 0;
  };
  await table.each((row: unknown) => {
    const json = utf8(encodeJson(row));
    batch.push(json);
    bytes += json.length;
    count += 1;
    if (batch.length >= ROWS_PER_FRAME || bytes >= FRAME_TARGET_BYTES) flush();
  });
  flush();
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
    for (const [i, table] of tables.entries()) {
      out.frame(FRAME.table, jsonPayload({ table: table.name }));
      const written = await writeTableRows(table, out);
      if (written !== counts[i]) throw new AppError('storage', 'errors.backup.changedWhileReading');
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
