// Login lookup without a username on disk: lookupTag = HMAC-SHA256(installSalt, normalised
// username). The salt is plaintext (it must be usable before unlock), so someone holding the
// disk can test guessed usernames; the tag still never shows a name, and usernames are not
// secrets. Documented in docs/security-model.md.
import { AppError } from '@shared/errors/app-error';
import { utf8 } from '../crypto/bytes';
import { hmacSha256Hex, importHmacKey } from '../crypto/hmac';

export const normalizeUsername = (username: string): string =>
  username.normalize('NFC').trim().toLocaleLowerCase('lv');

export const assertUsername = (username: string): string => {
  const normalized = normalizeUsername(username);
  if (normalized.length < 2 || normalized.length > 64)
    throw new AppError('validation', 'errors.usernameLength');
  return normalized;
};

export const lookupTag = async (installSalt: Uint8Array, username: string): Promise<string> =>
  hmacSha256Hex(await importHmacKey(installSalt), utf8(`user\u0000${normalizeUsername(username)}`));
