// Duplicate personal codes are found by HMAC(blindIndex, normalised code): equal codes give equal
// tags, the code itself is never stored, and only holders of the identifiers key can compute it.
import { AppError } from '@shared/errors/app-error';
import { utf8 } from '../crypto/bytes';
import { hmacSha256Hex } from '../crypto/hmac';
import type { Keyring } from '../session/session';

/** `normalized` must already be canonical (e.g. personal code without hyphen or spaces). */
export const blindIndexOf = async (
  keyring: Pick<Keyring, 'blindIndex'>,
  purpose: string,
  normalized: string,
): Promise<string> => {
  if (!keyring.blindIndex)
    throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'identifiers' });
  return hmacSha256Hex(keyring.blindIndex, utf8(`${purpose}\u0000${normalized}`));
};
