// The vault's key names and the WebCrypto algorithm each is imported with
// (renderer/src/data/keys/key-names.ts): a grant imported with the wrong usages either fails at
// unlock or gives a key more power than it needs (a scope key that could decrypt data).
import { describe, expect, it } from 'vitest';
import {
  BASE_KEY_NAMES,
  isPersonCategory,
  keyAlgorithm,
  parseScopeKeyName,
  scopeKeyName,
} from '@renderer/data/keys/key-names';

describe('key names', () => {
  it('the base keys: org, one per person category, audit and the blind index', () => {
    expect(BASE_KEY_NAMES).toEqual([
      'org',
      'core',
      'identifiers',
      'contacts',
      'health',
      'social',
      'financial',
      'care',
      'audit',
      'blindIndex',
    ]);
    expect(isPersonCategory('health')).toBe(true);
    expect(isPersonCategory('org')).toBe(false);
  });

  it('a scope key name round-trips; names that only look like one do not parse', () => {
    expect(scopeKeyName('group:g1', 'contacts')).toBe('scope/group:g1/contacts');
    expect(parseScopeKeyName(scopeKeyName('group:g1', 'contacts'))).toEqual({
      scopeId: 'group:g1',
      category: 'contacts',
    });
    expect(parseScopeKeyName('scope/a/b/core')).toEqual({ scopeId: 'a/b', category: 'core' });
    for (const name of [
      'other/g1/core',
      'xscope/g1/core',
      'scope/core',
      'scope//core',
      'scope/g1/',
    ])
      expect(parseScopeKeyName(name)).toBeUndefined();
  });
});

describe('keyAlgorithm', () => {
  const hmac = { algorithm: { name: 'HMAC', hash: 'SHA-256' }, usages: ['sign', 'verify'] };
  const aes = (usages: string[]) => ({ algorithm: { name: 'AES-GCM', length: 256 }, usages });

  it("the audit MAC key, the blind-index key and a backup file's MAC key are HMAC-SHA-256, sign and verify only", () => {
    expect(keyAlgorithm('audit')).toEqual(hmac);
    expect(keyAlgorithm('blindIndex')).toEqual(hmac);
    expect(keyAlgorithm('backup')).toEqual(hmac);
  });

  it('the org key encrypts and decrypts only', () => {
    expect(keyAlgorithm('org')).toEqual(aes(['encrypt', 'decrypt']));
  });

  it('a scope key only wraps and unwraps data keys', () => {
    expect(keyAlgorithm('scope/group:g1/core')).toEqual(aes(['wrapKey', 'unwrapKey']));
  });

  it('a category key decrypts rows of the old format and wraps scope keys', () => {
    for (const name of ['core', 'identifiers', 'contacts', 'health'] as const)
      expect(keyAlgorithm(name)).toEqual(aes(['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']));
  });
});
