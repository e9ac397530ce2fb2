// Roles and the key categories each role's session may hold (ARCHITECTURE §2).
// The permission matrix built on these lives in ./permissions.ts.

export const ROLES = [
  'head',
  'secretary',
  'teacher',
  'nurse',
  'accountant',
  'methodologist',
  'socialWorker',
] as const;
export type Role = (typeof ROLES)[number];

/** Categories of personal data, each encrypted under its own random key. */
export const KEY_CATEGORIES = ['core', 'identifiers', 'contacts', 'health'] as const;
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

/**
 * Which category keys a role's session is granted. A teacher never holds identifiers or
 * health; only head, nurse and social worker hold health.
 */
export const ROLE_KEY_CATEGORIES: Readonly<Record<Role, readonly KeyCategory[]>> = {
  head: ['core', 'identifiers', 'contacts', 'health'],
  secretary: ['core', 'identifiers', 'contacts'],
  teacher: ['core', 'contacts'],
  nurse: ['core', 'contacts', 'health'],
  accountant: ['core', 'identifiers', 'contacts'],
  methodologist: ['core'],
  socialWorker: ['core', 'identifiers', 'contacts', 'health'],
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
