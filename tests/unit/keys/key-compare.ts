// Comparing WebCrypto keys in the key tests: by their raw bytes when extractable, by use otherwise.

/** The raw bytes of an extractable key, as hex. */
export const rawOf = async (key: CryptoKey): Promise<string> =>
  Buffer.from(await crypto.subtle.exportKey('raw', key)).toString('hex');

/** Encrypts with one key and decrypts with the other: true when they are the same key. */
export const sameKey = async (a: CryptoKey, b: CryptoKey): Promise<boolean> => {
  const iv = new Uint8Array(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, new Uint8Array([1, 2, 3]));
  try {
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, ct);
    return true;
  } catch {
    return false;
  }
};
