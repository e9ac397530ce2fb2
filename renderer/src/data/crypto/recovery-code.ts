// The head's recovery code: 125 random bits as 25 Crockford base32 characters in five groups of
// five, easy to read aloud and type back. The normaliser forgives case, spaces, hyphens and the
// look-alikes Crockford maps (O->0, I/L->1).
import { AppError } from '@shared/errors/app-error';
import { randomBytes } from './bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_CHARS = 25;
const GROUP = 5;
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{25}$/;

export const generateRecoveryCode = (): string => {
  // 5 bits per character; rejection-free because 256 is a multiple of 32.
  const chars = Array.from(randomBytes(RECOVERY_CODE_CHARS), (b) => ALPHABET.charAt(b % 32));
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP).join(''));
  return groups.join('-');
};

/** Canonical form (25 characters, no separators) or AppError('validation'). */
export const normalizeRecoveryCode = (input: string): string => {
  const canonical = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!CANONICAL.test(canonical)) throw new AppError('validation', 'errors.recoveryCodeFormat');
  return canonical;
};
