// The backup file format (docs/backup-format.md): a prefix (magic + format version), then frames
// of `kind (1 byte) | length (4 bytes, big endian) | payload`. Pure encoding only: no database,
// no keys. The writer and reader build on these.
import { z } from 'zod';
import { AppError } from '@shared/errors/app-error';
import { fromUtf8, utf8, type Bytes } from '../crypto/bytes';

/** "PRBACKUP": what a backup file starts with. */
export const BACKUP_MAGIC = utf8('PRBACKUP');
/** The format this app writes and the newest it reads. Older versions are read and migrated. */
export const BACKUP_FORMAT_VERSION = 1;
/** Magic + the format version as an unsigned 16-bit big-endian number. */
export const PREFIX_BYTES = BACKUP_MAGIC.length + 2;
export const FRAME_HEAD_BYTES = 5;
/** No frame is larger (a scan is at most a few MiB; rows frames are cut at about 1 MiB). */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export const FRAME = {
  /** JSON BackupHeader; always the first frame. */
  header: 1,
  /** JSON KeySlot: the backup key wrapped for one principal (a staff member or the recovery code). */
  keySlot: 2,
  /** JSON { table }: the rows frames that follow belong to this table. */
  table: 3,
  /** JSON array of stored rows, exactly as in the database (bytes tagged, see encodeRows). */
  rows: 4,
  /** A keybook file: u16 name length, UTF-8 name, the file's bytes as stored. */
  keybookFile: 5,
  /** JSON { keybookFiles }: the count of keybook files; the last frame the MAC covers. */
  end: 6,
  /** HMAC-SHA256 under the backup key over every byte before this frame. */
  mac: 126,
  /** SHA-256 over every byte before this frame; the file ends right after it. */
  digest: 127,
} as const;
export type FrameKind = (typeof FRAME)[keyof typeof FRAME];

const tableCount = z.strictObject({
  name: z.string().min(1).max(100),
  count: z.number().int().min(0),
});

/** The plaintext header: facts about the file, no personal data. */
export const backupHeaderSchema = z.strictObject({
  format: z.number().int().min(1),
  appVersion: z.string().min(1).max(50),
  /** SHA-256 of the vault's install salt (hex, 32 chars): which register this is, naming no one. */
  institutionId: z.string().regex(/^[0-9a-f]{32}$/),
  /** ISO timestamp (UTC) of the snapshot. */
  createdAt: z.string().min(1).max(40),
  /** The database schema version (Dexie) the rows were written under. */
  schemaVersion: z.number().int().min(1),
  /** Every table in the file, in file order, with its row count. */
  tables: z.array(tableCount).max(500),
});
export type BackupHeader = z.output<typeof backupHeaderSchema>;

/**
 * `{"$bytes": "<base64>"}` and nothing else (what encodeJson writes for a Uint8Array). A plain
 * check, not a schema: it runs for every value of every row of a file (a zod parse here made
 * decoding a 500-row frame 14× slower than JSON.parse itself).
 */
const isTaggedBytes = (value: unknown): value is { $bytes: string } => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const tagged = value as Record<string, unknown>;
  if (typeof tagged['$bytes'] !== 'string') return false;
  for (const key in tagged) if (key !== '$bytes') return false;
  return true;
};

const bytesValue = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

export const keySlotSchema = z.strictObject({
  principalId: z.string().min(1).max(100),
  ephemeralPublicKey: bytesValue,
  iv: bytesValue,
  ct: bytesValue,
});
export type KeySlot = z.output<typeof keySlotSchema>;

export const damaged = (): AppError => new AppError('validation', 'errors.backup.damaged');

/** What a framed file starts with, and the errors its reader reports (backup or archive). */
export type FileSpec = {
  /** 8 ASCII bytes. */
  readonly magic: Bytes;
  /** The newest format version the app writes and reads. */
  readonly version: number;
  readonly errors: {
    readonly notIt: string;
    readonly newerFormat: string;
    readonly damaged: string;
    readonly truncated: string;
  };
};

export const BACKUP_FILE: FileSpec = {
  magic: BACKUP_MAGIC,
  version: BACKUP_FORMAT_VERSION,
  errors: {
    notIt: 'errors.backup.notBackup',
    newerFormat: 'errors.backup.newerFormat',
    damaged: 'errors.backup.damaged',
    truncated: 'errors.backup.truncated',
  },
};

/** The file's magic followed by its format version (u16 big endian). */
export const encodePrefix = (
  version: number = BACKUP_FORMAT_VERSION,
  magic: Bytes = BACKUP_MAGIC,
): Bytes => {
  const prefix = new Uint8Array(magic.length + 2);
  prefix.set(magic, 0);
  new DataView(prefix.buffer).setUint16(magic.length, version);
  return prefix;
};

/** The head of a frame (kind + payload length); the payload follows. */
export const frameHead = (kind: number, length: number): Bytes => {
  if (length > MAX_FRAME_BYTES) throw new AppError('storage', 'errors.backup.tooLarge');
  const head = new Uint8Array(FRAME_HEAD_BYTES);
  head[0] = kind;
  new DataView(head.buffer).setUint32(1, length);
  return head;
};

const BASE64_CHUNK = 0x8000;

/** The native base64 of Uint8Array (Chromium 140+), where the runtime has it (Node 20 has not). */
type NativeBase64 = {
  fromBase64?: (text: string) => Uint8Array;
  prototype: { toBase64?: (this: Uint8Array) => string };
};
const native = Uint8Array as unknown as NativeBase64;

const toBase64 = (bytes: Uint8Array): string => {
  if (native.prototype.toBase64) return native.prototype.toBase64.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
  return btoa(binary);
};

const fromBase64 = (text: string): Uint8Array => {
  if (native.fromBase64) return native.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/**
 * JSON of a stored value with every Uint8Array as `{"$bytes": base64}` (the only non-JSON type
 * stored rows hold). Sealed boxes stay ciphertext: nothing is decrypted to write a backup.
 */
export const encodeJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: toBase64(v) } : v,
  );

/** The inverse of encodeJson. Throws the 'damaged' error for text that is not JSON. */
export const decodeJson = (text: string): unknown => {
  try {
    return JSON.parse(text, (_key, v: unknown) => (isTaggedBytes(v) ? fromBase64(v.$bytes) : v));
  } catch {
    throw damaged();
  }
};

export const jsonPayload = (value: unknown): Bytes => utf8(encodeJson(value));

/** Parses a JSON frame payload with a schema; anything else is a damaged file. */
export const parsePayload = <T extends z.ZodType>(schema: T, payload: Uint8Array): z.output<T> => {
  let text: string;
  try {
    text = fromUtf8(payload);
  } catch {
    throw damaged();
  }
  const parsed = schema.safeParse(decodeJson(text));
  if (!parsed.success) throw damaged();
  return parsed.data;
};

export const encodeKeybookFile = (name: string, bytes: Uint8Array): Bytes => {
  const nameBytes = utf8(name);
  const out = new Uint8Array(2 + nameBytes.length + bytes.length);
  new DataView(out.buffer).setUint16(0, nameBytes.length);
  out.set(nameBytes, 2);
  out.set(bytes, 2 + nameBytes.length);
  return out;
};

export const decodeKeybookFile = (payload: Uint8Array): { name: string; bytes: Uint8Array } => {
  if (payload.length < 2) throw damaged();
  const nameLength = new DataView(payload.buffer, payload.byteOffset).getUint16(0);
  if (payload.length < 2 + nameLength) throw damaged();
  return {
    name: fromUtf8(payload.subarray(2, 2 + nameLength)),
    bytes: payload.slice(2 + nameLength),
  };
};
