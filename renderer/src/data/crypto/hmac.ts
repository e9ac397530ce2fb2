// HMAC-SHA256 and SHA-256 through WebCrypto: the audit chain's MAC, the blind index for personal
// codes, and the username lookup tag.
import { asBytes, bytesEqual, toHex, type Bytes } from './bytes';

const HMAC_ALG = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;

export const generateHmacKey = (extractable: boolean): Promise<CryptoKey> =>
  crypto.subtle.generateKey(HMAC_ALG, extractable, ['sign', 'verify']);

export const importHmacKey = (raw: Uint8Array, extractable = false): Promise<CryptoKey> =>
  // length is omitted so that keys of any size (the RFC 4231 vectors use 4 and 131 bytes) import.
  crypto.subtle.importKey('raw', asBytes(raw), { name: 'HMAC', hash: 'SHA-256' }, extractable, [
    'sign',
    'verify',
  ]);

export const hmacSha256 = async (key: CryptoKey, data: Uint8Array): Promise<Bytes> =>
  new Uint8Array(await crypto.subtle.sign('HMAC', key, asBytes(data)));

export const hmacSha256Hex = async (key: CryptoKey, data: Uint8Array): Promise<string> =>
  toHex(await hmacSha256(key, data));

export const verifyHmacSha256 = async (
  key: CryptoKey,
  data: Uint8Array,
  mac: Uint8Array,
): Promise<boolean> => bytesEqual(await hmacSha256(key, data), mac);

export const sha256 = async (data: Uint8Array): Promise<Bytes> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', asBytes(data)));

export const sha256Hex = async (data: Uint8Array): Promise<string> => toHex(await sha256(data));
