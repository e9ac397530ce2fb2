// Password -> key-encryption key. Parameters live with each slot, so they can be raised later
// without breaking old slots; a slot below the floor is refused when created AND when read, so a
// tampered slot cannot downgrade the work an attacker must do.
import { argon2id } from 'hash-wasm';
import { AppError } from '@shared/errors/app-error';
import { asBytes, randomBytes, utf8, type Bytes } from './bytes';

export type Argon2idParams = {
  readonly alg: 'argon2id';
  /** Memory in KiB. */
  readonly m: number;
  readonly t: number;
  readonly p: number;
  readonly salt: Uint8Array;
};
export type Pbkdf2Params = {
  readonly alg: 'pbkdf2-sha256';
  readonly iterations: number;
  readonly salt: Uint8Array;
};
export type KdfParams = Argon2idParams | Pbkdf2Params;

/** Parameters without the salt: what a caller chooses; newKdfParams() adds a fresh salt. */
export type KdfSettings = Omit<Argon2idParams, 'salt'> | Omit<Pbkdf2Params, 'salt'>;

export const KDF_FLOOR = {
  argon2idMinMemoryKiB: 19_456,
  argon2idMinIterations: 2,
  pbkdf2MinIterations: 600_000,
  minSaltBytes: 16,
} as const;

// Ceilings stop a tampered slot from hanging the app (e.g. t = 2^31).
const KDF_CEILING = {
  argon2idMaxMemoryKiB: 1_048_576,
  argon2idMaxIterations: 64,
  argon2idMaxParallelism: 16,
  pbkdf2MaxIterations: 20_000_000,
} as const;

/** Measured on the build machine (Node 20, hash-wasm): m=64 MiB, t=4 takes about 0.44 s. */
export const DEFAULT_KDF: KdfSettings = { alg: 'argon2id', m: 65_536, t: 4, p: 1 };
/** The weakest accepted parameters; tests use them to stay fast. */
export const FLOOR_KDF: KdfSettings = {
  alg: 'argon2id',
  m: KDF_FLOOR.argon2idMinMemoryKiB,
  t: 2,
  p: 1,
};

const KEY_BYTES = 32;

const inRange = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const argon2idOk = (p: Omit<Argon2idParams, 'salt'>): boolean =>
  inRange(p.m, KDF_FLOOR.argon2idMinMemoryKiB, KDF_CEILING.argon2idMaxMemoryKiB) &&
  inRange(p.t, KDF_FLOOR.argon2idMinIterations, KDF_CEILING.argon2idMaxIterations) &&
  inRange(p.p, 1, KDF_CEILING.argon2idMaxParallelism);

// Slots come from disk: an unknown alg (tampering) must fail here, whatever the type says.
const pbkdf2Ok = (p: Omit<Pbkdf2Params, 'salt'>): boolean =>
  (p.alg as string) === 'pbkdf2-sha256' &&
  inRange(p.iterations, KDF_FLOOR.pbkdf2MinIterations, KDF_CEILING.pbkdf2MaxIterations);

/** Throws AppError('crypto') unless the parameters are at or above the floor (and sane). */
export const assertKdfFloor = (params: KdfSettings & { readonly salt?: Uint8Array }): void => {
  const ok = params.alg === 'argon2id' ? argon2idOk(params) : pbkdf2Ok(params);
  const saltOk = params.salt === undefined || params.salt.length >= KDF_FLOOR.minSaltBytes;
  if (!ok || !saltOk) throw new AppError('crypto', 'errors.kdfBelowFloor');
};

export const newKdfParams = (settings: KdfSettings): KdfParams => {
  assertKdfFloor(settings);
  return { ...settings, salt: randomBytes(KDF_FLOOR.minSaltBytes) };
};

/** Passwords are NFC-normalised: the same "ā" typed through different keyboards gives one key. */
const passwordBytes = (password: string | Uint8Array): Bytes =>
  typeof password === 'string' ? utf8(password.normalize('NFC')) : asBytes(password);

/**
 * Derivation WITHOUT the floor check. Internal: known-answer tests need the published (weak)
 * parameters. Application code goes through deriveKek(), which checks first.
 */
export const deriveBytesUnchecked = async (
  password: string | Uint8Array,
  params: KdfParams,
  lengthBytes: number = KEY_BYTES,
): Promise<Bytes> => {
  const pw = passwordBytes(password);
  if (params.alg === 'argon2id') {
    const out = await argon2id({
      password: pw,
      salt: asBytes(params.salt),
      parallelism: params.p,
      iterations: params.t,
      memorySize: params.m,
      hashLength: lengthBytes,
      outputType: 'binary',
    });
    return new Uint8Array(out);
  }
  const base = await crypto.subtle.importKey('raw', pw, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: asBytes(params.salt), iterations: params.iterations },
    base,
    lengthBytes * 8,
  );
  return new Uint8Array(bits);
};

/** Password -> non-extractable AES-256-GCM key that can only wrap and unwrap keys. */
export const deriveKek = async (password: string, params: KdfParams): Promise<CryptoKey> => {
  // Parameters read from a stored slot must carry their own salt: a missing one is tampering.
  if (!(params.salt instanceof Uint8Array)) throw new AppError('crypto', 'errors.kdfBelowFloor');
  assertKdfFloor(params);
  const raw = await deriveBytesUnchecked(password, params);
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    raw.fill(0);
  }
};
