import { AppError } from '../errors/app-error';

// Form IDs are printed on paper and typed back by a person, so they use Crockford's base32
// (no I, L, O, U) and a short fixed shape: F-XXXX-XXXX = 40 random bits. The space is sparse
// (a register holds thousands of forms out of 10^12 ids), so a mistyped id almost never names
// another real form; the register still checks uniqueness when it issues one.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORM_ID = /^F-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** How many random bytes makeFormId needs. */
export const FORM_ID_RANDOM_BYTES = 5;

/** Makes a form id such as "F-7KQ2-9MXD" from 5 random bytes (e.g. crypto.getRandomValues). */
export const makeFormId = (random: Uint8Array): string => {
  if (random.length < FORM_ID_RANDOM_BYTES) {
    throw new AppError('validation', 'errors.pdf.formIdEntropy', { bytes: random.length });
  }
  let bits = 0n;
  for (let index = 0; index < FORM_ID_RANDOM_BYTES; index += 1) {
    bits = (bits << 8n) | BigInt(random[index] ?? 0);
  }
  let chars = '';
  for (let index = 7; index >= 0; index -= 1) {
    chars += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)] ?? '';
  }
  return `F-${chars.slice(0, 4)}-${chars.slice(4)}`;
};

export const isFormId = (value: string): boolean => FORM_ID.test(value);

/**
 * Reads a form id as a person typed it: any case, spaces or missing dashes, and the look-alike
 * letters O -> 0, I/L -> 1. Returns the canonical id, or undefined when it cannot be one.
 */
export const normalizeFormId = (input: string): string | undefined => {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const body = compact.startsWith('F') ? compact.slice(1) : compact;
  if (body.length !== 8) return undefined;
  const candidate = `F-${body.slice(0, 4)}-${body.slice(4)}`;
  return isFormId(candidate) ? candidate : undefined;
};

/** Every entry of a batch needs a well-formed form ID, and no ID may repeat. */
export const assertFormIds = (entries: readonly { formId: string }[]): void => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (!isFormId(entry.formId) || seen.has(entry.formId)) {
      throw new AppError('validation', 'errors.pdf.formIdInvalid', { index });
    }
    seen.add(entry.formId);
  });
};
