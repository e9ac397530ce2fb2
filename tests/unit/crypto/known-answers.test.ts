// Known-answer tests through OUR wrappers, so a wrong parameter (IV length, tag size, hash,
// salt handling, password encoding) in the wrappers fails here against published vectors.
import { describe, expect, it } from 'vitest';
import { importAesKey, open, sealWithIvForTest } from '@renderer/data/crypto/aes-gcm';
import { fromHex, toHex, utf8 } from '@renderer/data/crypto/bytes';
import { hmacSha256, importHmacKey, sha256Hex } from '@renderer/data/crypto/hmac';
import { deriveBytesUnchecked } from '@renderer/data/crypto/kdf';

// McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13-16 (256-bit keys).
const GCM_CASES = [
  {
    name: 'case 13 (empty)',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    pt: '',
    aad: '',
    ct: '',
    tag: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'case 14',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    pt: '00'.repeat(16),
    aad: '',
    ct: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'case 15',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255',
    aad: '',
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad',
    tag: 'b094dac5d93471bdec1a502270e3cc6c',
  },
  {
    name: 'case 16 (with AAD)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    iv: 'cafebabefacedbaddecaf888',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM wrapper', () => {
  it.each(GCM_CASES)('matches GCM spec $name', async (c) => {
    const key = await importAesKey(fromHex(c.key));
    const out = await sealWithIvForTest(key, fromHex(c.iv), fromHex(c.pt), fromHex(c.aad));
    expect(toHex(out)).toBe(c.ct + c.tag);
    const pt = await open(key, { iv: fromHex(c.iv), ct: out }, fromHex(c.aad));
    expect(toHex(pt)).toBe(c.pt);
  });

  it('rejects a changed AAD with a crypto error', async () => {
    const c = GCM_CASES[3];
    if (!c) throw new Error('fixture');
    const key = await importAesKey(fromHex(c.key));
    const box = { iv: fromHex(c.iv), ct: fromHex(c.ct + c.tag) };
    await expect(open(key, box, fromHex(c.aad.replace(/^fe/, 'ff')))).rejects.toMatchObject({
      code: 'crypto',
    });
  });
});

// RFC 4231 section 4: test cases 1, 2, 4, 6 (131-byte key, longer than the block).
const HMAC_CASES = [
  {
    name: 'TC1',
    key: '0b'.repeat(20),
    data: toHex(utf8('Hi There')),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    name: 'TC2',
    key: toHex(utf8('Jefe')),
    data: toHex(utf8('what do ya want for nothing?')),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    name: 'TC4',
    key: '0102030405060708090a0b0c0d0e0f10111213141516171819',
    data: 'cd'.repeat(50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  {
    name: 'TC6',
    key: 'aa'.repeat(131),
    data: toHex(utf8('Test Using Larger Than Block-Size Key - Hash Key First')),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
];

describe('HMAC-SHA256 wrapper', () => {
  it.each(HMAC_CASES)('matches RFC 4231 $name', async (c) => {
    const key = await importHmacKey(fromHex(c.key));
    expect(toHex(await hmacSha256(key, fromHex(c.data)))).toBe(c.mac);
  });

  it('SHA-256 of "abc" matches FIPS 180-2', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

// PBKDF2-HMAC-SHA256: RFC 7914 section 11, and the widely published "password"/"salt" vectors.
const PBKDF2_CASES = [
  {
    name: 'RFC 7914 passwd/salt c=1',
    pw: 'passwd',
    salt: 'salt',
    c: 1,
    len: 64,
    dk: '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
  },
  {
    name: 'RFC 7914 Password/NaCl c=80000',
    pw: 'Password',
    salt: 'NaCl',
    c: 80000,
    len: 64,
    dk: '4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d',
  },
  {
    name: 'password/salt c=1',
    pw: 'password',
    salt: 'salt',
    c: 1,
    len: 32,
    dk: '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
  },
  {
    name: 'password/salt c=4096',
    pw: 'password',
    salt: 'salt',
    c: 4096,
    len: 32,
    dk: 'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a',
  },
];

describe('PBKDF2-SHA256 wrapper (floor bypassed only through the internal KAT entry)', () => {
  it.each(PBKDF2_CASES)('matches $name', async (c) => {
    const out = await deriveBytesUnchecked(
      c.pw,
      { alg: 'pbkdf2-sha256', iterations: c.c, salt: utf8(c.salt) },
      c.len,
    );
    expect(toHex(out)).toBe(c.dk);
  });
});

// hash-wasm has `secret` but no associated-data option, so RFC 9106 section 5.3 (which uses
// both) cannot run through it. These are the Argon2id v1.3 vectors of the reference
// implementation (P-H-C/phc-winner-argon2, src/test.c): password "password", salt "somesalt".
const ARGON2ID_CASES = [
  {
    name: 't=2 m=2^16 p=1',
    t: 2,
    m: 65536,
    p: 1,
    hash: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
  },
  {
    name: 't=2 m=2^8 p=1',
    t: 2,
    m: 256,
    p: 1,
    hash: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe',
  },
  {
    name: 't=2 m=2^8 p=2',
    t: 2,
    m: 256,
    p: 2,
    hash: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037',
  },
];

describe('Argon2id wrapper', () => {
  it.each(ARGON2ID_CASES)('matches reference vector $name', async (c) => {
    const out = await deriveBytesUnchecked(
      'password',
      { alg: 'argon2id', m: c.m, t: c.t, p: c.p, salt: utf8('somesalt') },
      32,
    );
    expect(toHex(out)).toBe(c.hash);
  });
});
