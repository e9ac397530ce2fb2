// The keybook's file format: one file per scope holding the wrapped data keys placed there.
//
//   'PRKB' | version u8 = 1 | scope id (str) | entry count u32 | entries | SHA-256 of all before
//   entry: key id (str) | owner id (str) | category u8 | flags u8 (1 = item key, 2 = has tag)
//          | iv (12 bytes) | wrapped key length u16 | wrapped key | [tag length u8 | tag bytes]
//   str:   length u16 | UTF-8 bytes
//
// Integers are big-endian. Nothing in a file is personal: ids are random UUIDs, keys are wrapped,
// the tag is an HMAC nobody can compute without the blind-index key. A file whose digest does not
// match is refused (AppError 'storage'), so a damaged keybook is never read as an empty one.
import { PERSON_CATEGORIES, type PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import { AES_GCM_IV_BYTES, type SealedBox } from '../crypto/aes-gcm';
import { bytesEqual, concatBytes, fromUtf8, utf8, type Bytes } from '../crypto/bytes';
import { sha256 } from '../crypto/hmac';
import type { ScopeId } from './scopes';

/** One wrapped data key in one scope. */
export type KeyEntry = {
  /** Random id of the key (for an item key: the item's id, e.g. a scan's). */
  readonly keyId: string;
  /** The person the key belongs to (a subject or representative id). */
  readonly ownerId: string;
  readonly category: PersonCategory;
  /** True for an item key (one scan), false for the person's key of the category. */
  readonly item: boolean;
  readonly scopeId: ScopeId;
  /** The data key wrapped under the scope key of (scopeId, category). */
  readonly wrapped: SealedBox;
  /** Blind index of the personal code (hex), on the person's identifiers key only. */
  readonly tag?: string;
};

const MAGIC = utf8('PRKB');
const VERSION = 1;
const DIGEST_BYTES = 32;
const FLAG_ITEM = 1;
const FLAG_TAG = 2;

const corrupt = (): AppError => new AppError('storage', 'errors.keybookDamaged');

/** A growing buffer: a shard of 50,000 entries is ~5 MB written in one pass, no part list. */
class Writer {
  private buffer = new Uint8Array(4096);
  private length = 0;
  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
  bytes(value: Uint8Array): void {
    this.room(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }
  u8(value: number): void {
    this.bytes(Uint8Array.of(value));
  }
  u16(value: number): void {
    this.bytes(Uint8Array.of(value >> 8, value & 0xff));
  }
  u32(value: number): void {
    this.bytes(
      Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff),
    );
  }
  str(value: string): void {
    const encoded = utf8(value);
    this.u16(encoded.length);
    this.bytes(encoded);
  }
  done(): Bytes {
    return this.buffer.slice(0, this.length);
  }
}

class Reader {
  private offset = 0;
  constructor(private readonly data: Uint8Array) {}
  take(length: number): Uint8Array {
    if (this.offset + length > this.data.length) throw corrupt();
    const out = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  u8(): number {
    return this.take(1)[0] ?? 0;
  }
  u16(): number {
    const b = this.take(2);
    return ((b[0] ?? 0) << 8) | (b[1] ?? 0);
  }
  u32(): number {
    const b = this.take(4);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0);
  }
  str(): string {
    return fromUtf8(this.take(this.u16()));
  }
  get atEnd(): boolean {
    return this.offset === this.data.length;
  }
}

const hexToBytes = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const bytesToHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const writeEntry = (w: Writer, e: KeyEntry): void => {
  w.str(e.keyId);
  w.str(e.ownerId);
  w.u8(PERSON_CATEGORIES.indexOf(e.category));
  w.u8((e.item ? FLAG_ITEM : 0) | (e.tag === undefined ? 0 : FLAG_TAG));
  w.bytes(e.wrapped.iv);
  w.u16(e.wrapped.ct.length);
  w.bytes(e.wrapped.ct);
  if (e.tag !== undefined) {
    const tag = hexToBytes(e.tag);
    w.u8(tag.length);
    w.bytes(tag);
  }
};

const readEntry = (r: Reader, scopeId: ScopeId): KeyEntry => {
  const keyId = r.str();
  const ownerId = r.str();
  const category = PERSON_CATEGORIES[r.u8()];
  const flags = r.u8();
  if (category === undefined) throw corrupt();
  // Views into the file's buffer, not copies: a 10,000-child keybook has ~60,000 entries, and
  // one ArrayBuffer each would cost the garbage collector dearly at every unlock.
  const iv = r.take(AES_GCM_IV_BYTES);
  const ct = r.take(r.u16());
  const tag = (flags & FLAG_TAG) !== 0 ? bytesToHex(r.take(r.u8())) : undefined;
  return {
    keyId,
    ownerId,
    category,
    item: (flags & FLAG_ITEM) !== 0,
    scopeId,
    wrapped: { iv, ct },
    ...(tag === undefined ? {} : { tag }),
  };
};

/** Serializes one scope's entries (all must carry this scope id). */
export const encodeShard = async (
  scopeId: ScopeId,
  entries: readonly KeyEntry[],
): Promise<Bytes> => {
  const w = new Writer();
  w.bytes(MAGIC);
  w.u8(VERSION);
  w.str(scopeId);
  w.u32(entries.length);
  for (const entry of entries) {
    if (entry.scopeId !== scopeId) throw new AppError('internal', 'errors.internal');
    writeEntry(w, entry);
  }
  const body = w.done();
  return concatBytes(body, await sha256(body));
};

/** Parses a file; AppError('storage', 'errors.keybookDamaged') when anything does not add up. */
export const decodeShard = async (
  bytes: Uint8Array,
): Promise<{ scopeId: ScopeId; entries: KeyEntry[] }> => {
  if (bytes.length < MAGIC.length + 1 + DIGEST_BYTES) throw corrupt();
  const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  if (!bytesEqual(await sha256(body), bytes.subarray(bytes.length - DIGEST_BYTES))) throw corrupt();
  const r = new Reader(body);
  if (!bytesEqual(r.take(MAGIC.length), MAGIC) || r.u8() !== VERSION) throw corrupt();
  const scopeId = r.str();
  const count = r.u32();
  const entries: KeyEntry[] = [];
  for (let i = 0; i < count; i += 1) entries.push(readEntry(r, scopeId));
  if (!r.atEnd) throw corrupt();
  return { scopeId, entries };
};

/** The file holding a scope: ':' is not welcome in every file system, so it becomes '_'. */
export const shardFileName = (scopeId: ScopeId): string => `${scopeId.replace(/:/g, '_')}.kb`;
