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

/**
 * Categories of personal data about children, clients and their representatives. Each person
 * has one random data key per category (docs/security-model.md, "Per-person keys").
 */
export const PERSON_CATEGORIES = ['core', 'identifiers', 'contacts', 'health'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/**
 * Every sealed box is one of these: a person category, or 'org' for what every role needs and
 * that is about no child (institution details, staff names, groups, purposes, templates).
 */
export const KEY_CATEGORIES = ['org', ...PERSON_CATEGORIES] as const;
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

/**
 * Which person categories a role's session can read. A teacher never holds identifiers or
 * health; only head, nurse and social worker hold health. Every role also holds 'org'.
 */
export const ROLE_KEY_CATEGORIES: Readonly<Record<Role, readonly PersonCategory[]>> = {
  head: ['core', 'identifiers', 'contacts', 'health'],
  secretary: ['core', 'identifiers', 'contacts'],
  teacher: ['core', 'contacts'],
  nurse: ['core', 'contacts', 'health'],
  accountant: ['core', 'identifiers', 'contacts'],
  methodologist: ['core'],
  socialWorker: ['core', 'identifiers', 'contacts', 'health'],
};

/**
 * How a role reaches those categories. 'institution': it holds the category keys, which open
 * every scope. 'groups': it holds only the scope keys of its own groups (granted per group), so
 * even reading the database directly it can open no child outside them.
 */
export type KeyScope = 'institution' | 'groups';
export const ROLE_KEY_SCOPE: Readonly<Record<Role, KeyScope>> = {
  head: 'institution',
  secretary: 'institution',
  teacher: 'groups',
  nurse: 'institution',
  accountant: 'institution',
  methodologist: 'institution',
  socialWorker: 'institution',
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
