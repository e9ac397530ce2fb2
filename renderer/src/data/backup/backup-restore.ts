// Writing a verified backup into a NEW database and keybook (never the register in use): rows
// table by table, keybook files one by one, the HMAC checked again over the same pass (the file
// could change between passes), then the counts compared. Each frame's rows can be checked
// first (every sealed box opened: `check`) while the previous rows are still being written; rows
// are written in transactions of up to ROWS_PER_WRITE rows, one transaction in flight at a time.
import { AppError } from '@shared/errors/app-error';
import { bytesEqual } from '../crypto/bytes';
import type { VaultDb } from '../db/vault-db';
import type { KeybookFiles } from '../keys/keybook-files';
import { Keybook } from '../keys/keybook';
import { damaged } from './format';
import { passOver, type BackupBlob } from './backup-reader';

export type RestoreTarget = {
  /** Open, empty, at the backup's schema version (the caller then upgrades it). */
  readonly db: VaultDb;
  readonly keybookFiles: KeybookFiles;
};

type Row = Record<string, unknown>;

/** Checks one frame's rows before they are written (throws to refuse the file). */
export type RowsCheck = (table: string, rows: readonly Row[]) => Promise<unknown>;

/** Rows per write transaction (4 frames of 500: fewer commits, a bounded batch in memory). */
export const ROWS_PER_WRITE = 2_000;

/** Rows per table in the target, in the header's table order. */
const countsOf = async (db: VaultDb, names: readonly string[]): Promise<number[]> =>
  Promise.all(names.map((name) => db.table(name).count()));

/** Batches rows per table and writes them with at most one transaction in flight. */
class PipelinedWriter {
  private batch: Row[] = [];
  private table: string | undefined;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: VaultDb) {}

  async add(table: string, rows: readonly Row[]): Promise<void> {
    if (table !== this.table) await this.send();
    this.table = table;
    for (const row of rows) this.batch.push(row);
    if (this.batch.length >= ROWS_PER_WRITE) await this.send();
  }

  /** Starts writing the batch once the previous write is done (its failure is thrown here). */
  async send(): Promise<void> {
    await this.inFlight;
    if (!this.table || this.batch.length === 0) return;
    const table = this.db.table(this.table);
    const rows = this.batch;
    this.batch = [];
    this.inFlight = this.db.transaction('rw', table, () => table.bulkAdd(rows));
    // Awaited by the next send or by finish; no unhandled rejection meanwhile.
    this.inFlight.catch(() => undefined);
  }

  /** Writes what is left and waits for it. */
  async finish(): Promise<void> {
    await this.send();
    await this.inFlight;
  }

  /** After a failure: lets the write in flight end (its outcome no longer matters). */
  async abandon(): Promise<void> {
    this.batch = [];
    await this.inFlight.catch(() => undefined);
  }
}

/**
 * Restores `blob` into `target`. Throws errors.backup.damaged when the file is not exactly what
 * was authenticated, AppError('validation', 'errors.backup.unknownTable') for a table this app
 * does not have at that schema version, whatever `check` throws for a frame's rows (e.g.
 * errors.backup.rowDoesNotOpen), and errors.backup.restoreMismatch when the restored counts
 * differ from the header. Does not switch anything: the caller does after this returns.
 */
export const restoreInto = async (
  blob: BackupBlob,
  macKey: Uint8Array,
  target: RestoreTarget,
  check?: RowsCheck,
): Promise<void> => {
  const { db } = target;
  const known = new Set(db.tables.map((t) => t.name));
  const writer = new PipelinedWriter(db);
  let pass: Awaited<ReturnType<typeof passOver>>;
  try {
    pass = await passOver(
      blob,
      {
        table: (name) => {
          if (!known.has(name)) throw new AppError('validation', 'errors.backup.unknownTable');
        },
        rows: async (name, rows) => {
          await check?.(name, rows);
          await writer.add(name, rows);
        },
        keybookFile: (name, bytes) => target.keybookFiles.write(name, bytes),
      },
      macKey,
    );
    await writer.finish();
  } catch (error) {
    // No write is left running into the database the caller then discards.
    await writer.abandon();
    throw error;
  }
  if (!pass.computedMac || !bytesEqual(pass.computedMac, pass.mac)) throw damaged();
  const names = pass.header.tables.map((t) => t.name);
  const counts = await countsOf(db, names);
  if (pass.header.tables.some((t, i) => counts[i] !== t.count))
    throw new AppError('storage', 'errors.backup.restoreMismatch');
  // Every keybook file decodes (its own digest) and names its scope.
  await new Keybook(target.keybookFiles).load();
};
