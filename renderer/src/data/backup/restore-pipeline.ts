// The restore's rows pipeline: each frame's rows are checked (every sealed box opened, on
// WebCrypto's threads) while the next frames are read and decoded, and written only once their
// check has passed, in file order, in transactions of up to ROWS_PER_WRITE rows with one
// transaction in flight. At most CHECKS_IN_FLIGHT frames are being checked at a time.
import type { VaultDb } from '../db/vault-db';

type Row = Record<string, unknown>;

/** Checks one frame's rows before they are written (throws to refuse the file). */
export type RowsCheck = (table: string, rows: readonly Row[]) => Promise<unknown>;

/** Rows per write transaction (4 frames of 500: fewer commits, a bounded batch in memory). */
export const ROWS_PER_WRITE = 2_000;

/**
 * Frames whose check may run while the next frame is read (each about 1 MiB of file, 500 rows):
 * enough to keep the main thread decoding while WebCrypto opens, and memory bounded.
 */
export const CHECKS_IN_FLIGHT = 3;

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

type Pending = {
  readonly table: string;
  readonly rows: readonly Row[];
  readonly checked: Promise<unknown>;
};

/** Frames checked ahead of their writing; written strictly in the order they were added. */
export class RowsPipeline {
  private readonly writer: PipelinedWriter;
  private readonly pending: Pending[] = [];

  constructor(
    db: VaultDb,
    private readonly check: RowsCheck = () => Promise.resolve(),
  ) {
    this.writer = new PipelinedWriter(db);
  }

  /**
   * Starts checking a frame's rows, once fewer than CHECKS_IN_FLIGHT frames are being checked
   * (until then it writes the oldest, after its check). A refused check is thrown here or by
   * finish.
   */
  async add(table: string, rows: readonly Row[]): Promise<void> {
    while (this.pending.length >= CHECKS_IN_FLIGHT) await this.writeOldest();
    const checked = this.check(table, rows);
    // Awaited in order by writeOldest; no unhandled rejection while it waits its turn.
    checked.catch(() => undefined);
    this.pending.push({ table, rows, checked });
  }

  /** The oldest frame, once its check passed (a refusal is thrown here), goes to the writer. */
  private async writeOldest(): Promise<void> {
    const oldest = this.pending.shift();
    if (!oldest) return;
    await oldest.checked;
    await this.writer.add(oldest.table, oldest.rows);
  }

  /** Checks and writes every frame left and waits for the last write. */
  async finish(): Promise<void> {
    while (this.pending.length > 0) await this.writeOldest();
    await this.writer.finish();
  }

  /** After a failure: lets the checks and the write in flight end (their outcome is moot). */
  async abandon(): Promise<void> {
    const left = this.pending.splice(0);
    await Promise.all(left.map((p) => p.checked.catch(() => undefined)));
    await this.writer.abandon();
  }
}
