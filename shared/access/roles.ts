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
  // social office (issue 11): home care on a caseload, and the administrator of accounts
  'careWorker',
  'accountsAdmin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Categories of personal data about children, clients and their representatives. Each person
 * has one random data key per category (docs/security-model.md, "Per-person keys").
 */
export const PERSON_CATEGORIES = [
  'core',
  'identifiers',
  'contacts',
  'health',
  // Social office (issue 11, seed 000 p. 7). Appended: the keybook stores a category as its index.
  /** Family, material and social situation, property, the school of a client's child. */
  'social',
  /** Bank account and benefit amounts. */
  'financial',
  /** Home-care notes: what the care worker needs to do and did. */
  'care',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/**
 * Every sealed box is one of these: a person category, or 'org' for what every role needs and
 * that is about no child (institution details, staff names, groups, purposes, templates).
 */
export const KEY_CATEGORIES = ['org', ...PERSON_CATEGORIES] as const;
export type KeyCategory = (typeof KEY_CATEGORIES)[number];

/**
 * Which person categories a role's session can read. A teacher never holds identifiers or
 * health; only head, nurse and social worker hold health; only head and accountant hold
 * financial; the administrator of accounts holds none (staff accounts only). Every role also
 * holds 'org'. docs/roles.md lists which field is in which category.
 */
export const ROLE_KEY_CATEGORIES: Readonly<Record<Role, readonly PersonCategory[]>> = {
  head: [...PERSON_CATEGORIES],
  secretary: ['core', 'identifiers', 'contacts'],
  teacher: ['core', 'contacts'],
  nurse: ['core', 'contacts', 'health'],
  accountant: ['core', 'identifiers', 'contacts', 'financial'],
  methodologist: ['core'],
  socialWorker: ['core', 'identifiers', 'contacts', 'health', 'social', 'care'],
  careWorker: ['core', 'contacts', 'care'],
  accountsAdmin: [],
};

/**
 * How a role reaches those categories. 'institution': it holds the category keys, which open
 * every scope. 'groups': it holds only the scope keys of its own groups (granted per group), so
 * even reading the database directly it can open no child outside them. 'caseload': it holds
 * only the scope keys of its own caseload (scope `caseload:<user id>`), into which the keys of
 * the clients assigned to it are wrapped; ending an assignment takes them out again.
 */
export type KeyScope = 'institution' | 'groups' | 'caseload';
export const ROLE_KEY_SCOPE: Readonly<Record<Role, KeyScope>> = {
  head: 'institution',
  secretary: 'institution',
  teacher: 'groups',
  nurse: 'institution',
  accountant: 'institution',
  methodologist: 'institution',
  socialWorker: 'caseload',
  careWorker: 'caseload',
  accountsAdmin: 'institution',
};

/**
 * The roles an institution of each kind offers when the head adds staff (issue 11: a social
 * office has no teachers or groups; a kindergarten no caseloads). The head exists in both.
 */
export const ROLES_BY_KIND: Readonly<Record<'kindergarten' | 'socialOffice', readonly Role[]>> = {
  kindergarten: ['head', 'secretary', 'teacher', 'nurse', 'accountant', 'methodologist'],
  socialOffice: ['head', 'secretary', 'socialWorker', 'careWorker', 'accountant', 'accountsAdmin'],
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
