// A stored row's JSON written straight into a byte buffer (the rows frame being filled), byte for
// byte what `encodeJson` (format.ts: JSON.stringify with every Uint8Array as
// `{"$bytes":"<base64>"}`) gives encoded as UTF-8, without building the row's JSON string, the
// replacer's objects or base64 strings: 14.2 of the 31.2 MiB a backup of 2,000 children
// allocated (scripts/profile-backup-heap.ts, docs/benchmarks.md "Backups").
//
// Only plain stored values are written here: plain objects (prototype Object.prototype or null),
// arrays, strings, numbers, booleans, null and Uint8Array. Anything else in a row (a Date, an
// object with toJSON, another typed array, a Map, a class instance, a BigInt, a cycle or nesting
// deeper than MAX_DEPTH) makes `write` answer NOT_PLAIN, and the caller encodes that row with
// encodeJson as before, so no row is ever written differently. Rules followed (ECMA-262
// JSON.stringify, SerializeJSONProperty / QuoteJSONString, well-formed since ES2019):
// - object keys: own enumerable string keys in property order (integer keys ascending first);
//   members whose value is undefined, a function or a symbol are left out;
// - array elements: undefined, functions and symbols (and holes) are `null`;
// - strings: `"` `\` and \b \t \n \f \r escaped short, other code units below 0x20 and lone
//   surrogates as `\u` + 4 lowercase hex digits, everything else as UTF-8;
// - numbers: as Number::toString (String(n)); -0 is `0`; NaN and ±Infinity are `null`.

/** `write` answers: the row does not fit before `limit` (nothing beyond `at` counts). */
export const FULL = -1;
/** `write` answers: the value holds something only encodeJson writes (see the file comment). */
export const NOT_PLAIN = -2;
/** Deeper than this is left to encodeJson (it also reports cycles as JSON.stringify does). */
export const MAX_DEPTH = 100;
/**
 * Strings at least this long with nothing to escape go through TextEncoder.encodeInto (native,
 * fast on long text); shorter ones are encoded by the loop below, which allocates nothing:
 * encodeInto needs a view and returns an object per call, and with a threshold of 64 characters
 * (the audit chain's hex hashes are 64) those were 0.6 MiB of a backup of 2,000 children.
 */
const NATIVE_MIN_CHARS = 1024;
/** What the writer holds between rows (a fresh empty array per row was 1.7 MiB at 2,000). */
const NO_BUFFER = new Uint8Array(0);

class Stop extends Error {}
const FULL_STOP = new Stop('full');
const PLAIN_STOP = new Stop('not plain');

const code = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const NULL = code('null');
const TRUE = code('true');
const FALSE = code('false');
const BYTES_OPEN = code('{"$bytes":"');
const BYTES_CLOSE = code('"}');
const HEX = code('0123456789abcdef');
const BASE64 = code('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d; // =
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Short escapes by code unit (0 = none): \b \t \n \f \r \" \\. */
const SHORT_ESCAPE = new Uint8Array(0x60);
for (const [unit, letter] of [
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [QUOTE, '"'],
  [BACKSLASH, '\\'],
] as const)
  SHORT_ESCAPE[unit] = letter.charCodeAt(0);

const encoder = new TextEncoder();

/** Left out of an object, `null` in an array (JSON.stringify's "undefined" results). */
const isSkipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** True when the string has nothing to escape and no surrogate (encodeInto writes it exactly). */
const isClean = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === QUOTE || c === BACKSLASH || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
};

/**
 * Writes JSON into a caller's buffer. One instance is reused for every row; not reentrant.
 * Errors: none of its own (FULL / NOT_PLAIN are answers); a getter that throws propagates.
 */
export class RowJsonWriter {
  private buf: Uint8Array = NO_BUFFER;
  private at = 0;
  private limit = 0;

  /**
   * Writes `value`'s JSON into `buf` from `at`, using no byte at or after `limit`. Returns the
   * index after the last byte written, FULL when it does not fit (exact: the JSON is longer than
   * `limit - at` bytes), or NOT_PLAIN. After FULL or NOT_PLAIN the bytes from `at` on are
   * garbage.
   */
  write(value: unknown, buf: Uint8Array, at: number, limit: number): number {
    if (isSkipped(value)) return NOT_PLAIN; // JSON.stringify gives undefined, not text
    this.buf = buf;
    this.at = at;
    this.limit = limit;
    try {
      this.value(value, 0);
      return this.at;
    } catch (stop) {
      if (stop === FULL_STOP) return FULL;
      if (stop === PLAIN_STOP) return NOT_PLAIN;
      throw stop;
    } finally {
      this.buf = NO_BUFFER;
    }
  }

  private need(bytes: number): void {
    if (this.at + bytes > this.limit) throw FULL_STOP;
  }

  private ascii(bytes: Uint8Array): void {
    this.need(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  private value(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        this.string(value);
        return;
      case 'number':
        this.number(value);
        return;
      case 'boolean':
        this.ascii(value ? TRUE : FALSE);
        return;
      case 'object':
        if (value === null) this.ascii(NULL);
        else this.object(value, depth);
        return;
      default:
        throw PLAIN_STOP; // bigint (JSON.stringify throws); skipped kinds never get here
    }
  }

  private object(value: object, depth: number): void {
    if (depth >= MAX_DEPTH) throw PLAIN_STOP;
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw PLAIN_STOP;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Uint8Array.prototype) this.bytes(value as Uint8Array);
    else if (proto === Array.prototype && Array.isArray(value)) this.array(value, depth);
    else if (proto === Object.prototype || proto === null)
      this.members(value as Record<string, unknown>, depth);
    else throw PLAIN_STOP;
  }

  private array(value: readonly unknown[], depth: number): void {
    this.need(1);
    this.buf[this.at++] = 0x5b; // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) {
        this.need(1);
        this.buf[this.at++] = 0x2c; // ,
      }
      const item = value[i];
      if (isSkipped(item)) this.ascii(NULL);
      else this.value(item, depth + 1);
    }
    this.need(1);
    this.buf[this.at++] = 0x5d; // ]
  }

  private members(value: Record<string, unknown>, depth: number): void {
    this.need(1);
    this.buf[this.at++] = 0x7b; // {
    let first = true;
    // for-in visits own enumerable string keys in the order Object.keys (and JSON.stringify)
    // gives them, without allocating a key array; hasOwn drops inherited ones.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const item = value[key];
      if (isSkipped(item)) continue;
      if (!first) {
        this.need(1);
        this.buf[this.at++] = 0x2c; // ,
      }
      first = false;
      this.string(key);
      this.need(1);
      this.buf[this.at++] = 0x3a; // :
      this.value(item, depth + 1);
    }
    this.need(1);
    this.buf[this.at++] = 0x7d; // }
  }

  private string(text: string): void {
    this.need(1);
    this.buf[this.at++] = QUOTE;
    if (text.length >= NATIVE_MIN_CHARS && isClean(text)) {
      const { read, written } = encoder.encodeInto(text, this.buf.subarray(this.at, this.limit));
      if (read < text.length) throw FULL_STOP;
      this.at += written;
    } else this.units(text);
    this.need(1);
    this.buf[this.at++] = QUOTE;
  }

  /** The string's code units as UTF-8, escaped as JSON.stringify escapes them. */
  private units(text: string): void {
    const buf = this.buf;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
          this.need(1);
          buf[this.at++] = c;
        } else {
          const letter = SHORT_ESCAPE[c] ?? 0;
          if (letter === 0) this.unicodeEscape(c);
          else {
            this.need(2);
            buf[this.at++] = BACKSLASH;
            buf[this.at++] = letter;
          }
        }
      } else if (c < 0x800) {
        this.need(2);
        buf[this.at++] = 0xc0 | (c >> 6);
        buf[this.at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        this.need(3);
        buf[this.at++] = 0xe0 | (c >> 12);
        buf[this.at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[this.at++] = 0x80 | (c & 0x3f);
      } else {
        const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          this.need(4);
          buf[this.at++] = 0xf0 | (point >> 18);
          buf[this.at++] = 0x80 | ((point >> 12) & 0x3f);
          buf[this.at++] = 0x80 | ((point >> 6) & 0x3f);
          buf[this.at++] = 0x80 | (point & 0x3f);
          i++;
        } else this.unicodeEscape(c); // a lone surrogate
      }
    }
  }

  /** `\u` + 4 lowercase hex digits. */
  private unicodeEscape(unit: number): void {
    this.need(6);
    const buf = this.buf;
    buf[this.at++] = BACKSLASH;
    buf[this.at++] = 0x75; // u
    for (let shift = 12; shift >= 0; shift -= 4) buf[this.at++] = HEX[(unit >> shift) & 0xf] ?? 0;
  }

  private number(value: number): void {
    if (!Number.isFinite(value)) this.ascii(NULL);
    else if (Number.isSafeInteger(value)) this.integer(value);
    else {
      // Fractions and integers past 2^53 (e.g. 1e+21): Number::toString, as JSON.stringify.
      const text = String(value);
      this.need(text.length);
      for (let i = 0; i < text.length; i++) this.buf[this.at++] = text.charCodeAt(i);
    }
  }

  /** A safe integer's decimal digits (-0 is 0), without a string. */
  private integer(value: number): void {
    let rest = Math.abs(value);
    let digits = 1;
    for (let power = 10; power <= rest; power *= 10) digits++;
    const sign = value < 0 ? 1 : 0;
    this.need(sign + digits);
    if (sign) this.buf[this.at++] = 0x2d; // -
    this.at += digits;
    for (let i = 1; i <= digits; i++) {
      this.buf[this.at - i] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
  }

  /** `{"$bytes":"<base64>"}`: the standard alphabet with padding (what toBase64 and btoa give). */
  private bytes(value: Uint8Array): void {
    const n = value.length;
    this.need(BYTES_OPEN.length + 4 * Math.ceil(n / 3) + BYTES_CLOSE.length);
    this.ascii(BYTES_OPEN);
    const buf = this.buf;
    let at = this.at;
    const whole = n - (n % 3);
    for (let i = 0; i < whole; i += 3) {
      const triple = ((value[i] ?? 0) << 16) | ((value[i + 1] ?? 0) << 8) | (value[i + 2] ?? 0);
      buf[at++] = BASE64[triple >> 18] ?? 0;
      buf[at++] = BASE64[(triple >> 12) & 0x3f] ?? 0;
      buf[at++] = BASE64[(triple >> 6) & 0x3f] ?? 0;
      buf[at++] = BASE64[triple & 0x3f] ?? 0;
    }
    if (n > whole) {
      const two = n - whole === 2;
      const triple = ((value[whole] ?? 0) << 16) | (two ? (value[whole + 1] ?? 0) << 8 : 0);
      buf[at++] = BASE64[triple >> 18] ?? 0;
      buf[at++] = BASE64[(triple >> 12) & 0x3f] ?? 0;
      buf[at++] = two ? (BASE64[(triple >> 6) & 0x3f] ?? 0) : PAD;
      buf[at++] = PAD;
    }
    this.at = at;
    this.ascii(BYTES_CLOSE);
  }
}
