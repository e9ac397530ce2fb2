// Reading a backup: inspect (format, integrity digest, the few rows needed to unlock it), unlock
// (a password or the recovery code of that register opens the backup key), authenticate (the
// HMAC over the whole file) and stream the rows into a target. Every pass reads the file again
// from its start, one frame at a time.
import { z } from 'zod';
import { AppError } from '@shared/errors/app-error';
import { bytesEqual } from '../crypto/bytes';
import { decodeShard } from '../keys/keybook-format';
import {
  FRAME,
  backupHeaderSchema,
  damaged,
  decodeKeybookFile,
  keySlotSchema,
  parsePayload,
  type BackupHeader,
  type KeySlot,
} from './format';
import { digestHasher, macHasher } from './backup-key';
import { readFrames, truncated, type Frame } from './frame-reader';

/**
 * Something whose bytes can be read from the start any number of times (a File, a Blob). `size`
 * (bytes; a File and a Blob have it) lets a pass report how far it has come.
 */
export type BackupBlob = { stream(): ReadableStream<Uint8Array>; readonly size?: number };

/** Tables a backup is unlocked with; small (staff and keys, never children). */
export const UNLOCK_TABLES = ['meta', 'users', 'slots', 'grants'] as const;

export type InspectedBackup = {
  readonly header: BackupHeader;
  readonly version: number;
  readonly keySlots: readonly KeySlot[];
  /** Rows of UNLOCK_TABLES, as stored. */
  readonly unlockRows: ReadonlyMap<string, readonly Record<string, unknown>[]>;
};

export type FrameVisitor = {
  /**
   * Which tables' rows this pass needs (all when absent). The rows frames of the others are
   * hashed like every byte but not decoded, and their counts are not checked: a pass that skips
   * tables is never the last one before rows are used (the restore's and the verify's second
   * pass decode and count every frame).
   */
  wants?: (table: string) => boolean;
  /** Bytes of the file read so far, after each frame (prefix and frame heads included). */
  read?: (bytes: number) => void;
  table?: (name: string) => void | Promise<void>;
  rows?: (table: string, rows: readonly Record<string, unknown>[]) => void | Promise<void>;
  keybookFile?: (name: string, bytes: Uint8Array) => void | Promise<void>;
};

const tableFrame = z.strictObject({ table: z.string().min(1).max(100) });
const endFrame = z.strictObject({ keybookFiles: z.number().int().min(0) });
const rowsSchema = z.array(z.record(z.string(), z.unknown()));

const parseRows = (payload: Uint8Array): Record<string, unknown>[] =>
  parsePayload(rowsSchema, payload);

type PassResult = {
  readonly header: BackupHeader;
  readonly version: number;
  readonly keySlots: KeySlot[];
  readonly mac: Uint8Array;
  readonly computedMac: Uint8Array | undefined;
};

export type PassOptions = {
  /**
   * With `macKey`: the SHA-256 digest is not computed (the digest frame must still be there,
   * last). Only for a pass after one that checked the digest and the MAC of the same file: the
   * MAC, which the caller compares, covers every byte before the MAC frame, so a byte changed
   * between the passes anywhere but in the digest frame's own 32 bytes (which carry nothing
   * restored) is still refused. Saves one hash of the whole file (docs/backup-format.md).
   */
  readonly macOnly?: boolean;
};

/**
 * One pass over the file. Checks the structure (header first, rows only inside a table, counts
 * as the header says for every table whose rows it decodes, end before MAC before digest) and
 * the SHA-256 digest (not with `macOnly`); computes the HMAC too when `macKey` is given. The
 * visitor sees rows (of the tables it wants) and keybook files as they come.
 */
export const passOver = async (
  blob: BackupBlob,
  visitor: FrameVisitor,
  macKey?: Uint8Array,
  { macOnly = false }: PassOptions = {},
): Promise<PassResult> => {
  const digest = macKey && macOnly ? undefined : await digestHasher();
  const mac = macKey ? await macHasher(macKey) : undefined;
  let header: BackupHeader | undefined;
  let version = 0;
  const keySlots: KeySlot[] = [];
  let table: string | undefined;
  const seen = new Map<string, number>();
  /** Tables whose rows this pass did not decode (not counted). */
  const skipped = new Set<string>();
  let read = 0;
  let files = 0;
  let ended = false;
  let fileMac: Uint8Array | undefined;
  let computedMac: Uint8Array | undefined;
  const hash = (bytes: Uint8Array, withMac: boolean): void => {
    digest?.update(bytes);
    if (withMac) mac?.update(bytes);
  };
  for await (const item of readFrames(blob.stream(), FRAME.digest)) {
    if ('prefix' in item) {
      version = item.version;
      hash(item.prefix, true);
      read += item.prefix.length;
      continue;
    }
    const frame: Frame = item;
    read += frame.head.length + frame.payload.length;
    if (frame.kind === FRAME.digest) {
      if (digest && !bytesEqual(digest.digest('binary'), frame.payload)) throw damaged();
      visitor.read?.(read);
      continue;
    }
    const covered = frame.kind !== FRAME.mac;
    hash(frame.head, covered);
    hash(frame.payload, covered);
    if (frame.kind !== FRAME.header && !header) throw damaged();
    if (ended && frame.kind !== FRAME.mac) throw damaged();
    switch (frame.kind) {
      case FRAME.header:
        if (header) throw damaged();
        header = parsePayload(backupHeaderSchema, frame.payload);
        if (header.format !== version) throw damaged();
        break;
      case FRAME.keySlot:
        keySlots.push(parsePayload(keySlotSchema, frame.payload));
        break;
      case FRAME.table:
        table = parsePayload(tableFrame, frame.payload).table;
        if (seen.has(table)) throw damaged();
        seen.set(table, 0);
        await visitor.table?.(table);
        break;
      case FRAME.rows: {
        if (table === undefined) throw damaged();
        if (visitor.wants?.(table) === false) {
          skipped.add(table);
          break;
        }
        const rows = parseRows(frame.payload);
        seen.set(table, (seen.get(table) ?? 0) + rows.length);
        await visitor.rows?.(table, rows);
        break;
      }
      case FRAME.keybookFile: {
        const file = decodeKeybookFile(frame.payload);
        await visitor.keybookFile?.(file.name, file.bytes);
        files += 1;
        break;
      }
      case FRAME.end:
        if (parsePayload(endFrame, frame.payload).keybookFiles !== files) throw damaged();
        ended = true;
        break;
      case FRAME.mac:
        if (!ended || fileMac) throw damaged();
        fileMac = frame.payload;
        computedMac = mac?.digest('binary');
        break;
      default:
        throw damaged();
    }
    visitor.read?.(read);
  }
  if (!header || !fileMac) throw truncated();
  const expected = new Map(header.tables.map((t) => [t.name, t.count]));
  if (expected.size !== seen.size) throw damaged();
  for (const [name, count] of seen)
    if (!expected.has(name) || (!skipped.has(name) && expected.get(name) !== count))
      throw damaged();
  return { header, version, keySlots, mac: fileMac, computedMac };
};

/**
 * Step 1 of a restore, before any password: is this a backup, of a format this app reads, whole
 * and undamaged (SHA-256 over every byte)? Returns the header and what unlocking needs.
 * Errors (AppError 'validation'): errors.backup.notBackup, .newerFormat {version}, .truncated,
 * .damaged.
 */
export const inspectBackup = async (blob: BackupBlob): Promise<InspectedBackup> => {
  const unlockRows = new Map<string, Record<string, unknown>[]>(UNLOCK_TABLES.map((t) => [t, []]));
  const pass = await passOver(blob, {
    // Only the unlock tables are decoded: the restore's passes check every other frame.
    wants: (table) => unlockRows.has(table),
    rows: (table, rows) => {
      unlockRows.get(table)?.push(...rows);
    },
  });
  return { header: pass.header, version: pass.version, keySlots: pass.keySlots, unlockRows };
};

/**
 * Step 3: authenticates the whole file with the backup key and checks every keybook file's own
 * digest. Throws errors.backup.damaged on any difference (a byte changed after the digest was
 * recomputed, or a file made without the register's keys).
 */
export const authenticateBackup = async (
  blob: BackupBlob,
  macKey: Uint8Array,
  /** Sees the rows and keybook files of the same pass (e.g. to gather the file's keys). */
  visitor: FrameVisitor = {},
): Promise<void> => {
  const pass = await passOver(
    blob,
    {
      ...visitor,
      keybookFile: async (name, bytes) => {
        try {
          await decodeShard(bytes);
        } catch {
          throw damaged();
        }
        await visitor.keybookFile?.(name, bytes);
      },
    },
    macKey,
  );
  if (!pass.computedMac || !bytesEqual(pass.computedMac, pass.mac)) throw damaged();
};

export const wrongPassword = (): AppError =>
  new AppError('validation', 'errors.backup.badCredentials');
