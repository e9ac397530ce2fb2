// The role -> permission matrix (seed 004 points 9 and 33: each employee reaches only the data
// their duties need). Services enforce it through can(); the UI only hides and disables.
import type { Role } from './roles';

export const PERMISSIONS = [
  // vault and administration
  'staff.manage',
  'audit.view',
  'settings.manage',
  // the administrator of accounts (issue 11, seed 003 13.1): deactivates, never deletes history
  'staff.deactivate',
  // the head assigns clients to social and care workers' caseloads (issue 11)
  'caseload.assign',
  // backups (issue 10): making one, and restoring one over the register in use
  'backup.create',
  'backup.restore',
  // groups and records
  'group.view',
  'group.manage',
  'subject.view',
  'subject.create',
  'subject.edit',
  'subject.viewIdentifiers',
  'subject.viewHealth',
  'subject.editHealth',
  // a client's own contacts (addresses, phone, e-mail; seed 000 p. 7)
  'subject.viewContacts',
  // social office categories (issue 11, seed 000 p. 7): social situation, finances, care notes
  'subject.viewSocial',
  'subject.editSocial',
  'subject.viewFinancial',
  'subject.editFinancial',
  'subject.viewCare',
  'subject.editCare',
  'subject.viewRestricted',
  'subject.restrict',
  // erasure of a person with every row and data key (issue 9, GDPR Art. 17): the head only
  'subject.erase',
  // proposing an erasure for the head's approval (four eyes) and seeing the "Dzēšamie" list
  'subject.proposeErasure',
  'representative.view',
  'representative.viewContacts',
  'representative.edit',
  'records.import',
  'records.export',
  // consents and forms
  'consent.view',
  'consent.viewEvidence',
  'consent.record',
  'consent.withdraw',
  // correcting a mistaken entry (issue 14): head and secretary only
  'consent.correct',
  'form.issue',
  'form.groupSheet',
  'template.manage',
  'purpose.manage',
  // data-subject requests
  'request.view',
  'request.manage',
  'request.decide',
  'request.accessReport',
  'request.export',
  // the recipients log (GDPR Art. 19, 30(1)(d))
  'disclosure.view',
  'disclosure.record',
  // leavers, the retention schedule and the archive hand-over (issue 9)
  'subject.leave',
  'retention.view',
  'retention.manage',
  'archive.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Context for scoped permissions. A teacher's scope is the groups they teach; a social worker's
 * the clients assigned to them. Restricted records (GDPR art. 18) are outside everyday use.
 */
export type AccessContext = {
  /** Groups the acting user teaches. */
  readonly userGroupIds?: readonly string[];
  /** Group of the record being accessed (null: no group). */
  readonly subjectGroupId?: string | null;
  /** True when the record is assigned to the acting social worker. */
  readonly assignedToUser?: boolean;
  /** True when the record is restricted. */
  readonly restricted?: boolean;
};

type Scope = 'all' | 'ownGroups' | 'assigned';
type Grants = Partial<Record<Permission, Scope>>;

const all = (permissions: readonly Permission[]): Grants =>
  Object.fromEntries(permissions.map((p) => [p, 'all' as const]));

const scoped = (scope: Scope, permissions: readonly Permission[]): Grants =>
  Object.fromEntries(permissions.map((p) => [p, scope]));

const RECORD_READ: readonly Permission[] = [
  'group.view',
  'subject.view',
  'representative.view',
  'consent.view',
];

/** Reading phones, e-mails and addresses: a representative's, and a client's own. */
const CONTACTS_READ: readonly Permission[] = [
  'representative.viewContacts',
  'subject.viewContacts',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, Grants>> = {
  head: all(PERMISSIONS),
  secretary: all(
    PERMISSIONS.filter(
      (p) =>
        ![
          'staff.manage',
          'audit.view',
          'settings.manage',
          'backup.restore',
          'subject.viewHealth',
          'subject.editHealth',
          'staff.deactivate',
          'caseload.assign',
          'subject.viewSocial',
          'subject.editSocial',
          'subject.viewFinancial',
          'subject.editFinancial',
          'subject.viewCare',
          'subject.editCare',
          'template.manage',
          'purpose.manage',
          'subject.erase',
          'request.decide',
          'request.accessReport',
          'request.export',
          'retention.manage',
          'archive.export',
        ].includes(p),
    ),
  ),
  teacher: {
    ...scoped('ownGroups', [...RECORD_READ, ...CONTACTS_READ, 'form.groupSheet']),
  },
  nurse: all([
    ...RECORD_READ,
    ...CONTACTS_READ,
    'subject.viewHealth',
    'subject.editHealth',
    'form.groupSheet',
  ]),
  accountant: all([
    ...RECORD_READ,
    ...CONTACTS_READ,
    'subject.viewIdentifiers',
    'subject.viewFinancial',
    'subject.editFinancial',
  ]),
  methodologist: all([...RECORD_READ, 'form.groupSheet']),
  socialWorker: {
    ...scoped('assigned', [
      'subject.view',
      'subject.edit',
      'subject.viewIdentifiers',
      'subject.viewHealth',
      'subject.editHealth',
      'subject.viewContacts',
      'subject.viewSocial',
      'subject.editSocial',
      'subject.viewCare',
      'subject.editCare',
      'representative.view',
      'representative.viewContacts',
      'representative.edit',
      'consent.view',
      'consent.record',
      'consent.withdraw',
      'form.issue',
    ]),
    ...all(['subject.create']),
  },
  // Seed 003 / issue 11: name, address, phone and care notes of her assigned clients only.
  careWorker: scoped('assigned', [
    'subject.view',
    'subject.viewContacts',
    'subject.viewCare',
    'subject.editCare',
  ]),
  // Seed 003 13.1: removes a leaver's access; sees staff accounts, no client at all.
  accountsAdmin: all(['staff.deactivate']),
};

const withinScope = (scope: Scope, context: AccessContext): boolean => {
  switch (scope) {
    case 'all':
      return true;
    case 'ownGroups':
      // Without a record in view (e.g. "may I open the list at all?") the answer is yes; the
      // list itself is then filtered record by record with a subjectGroupId.
      if (context.subjectGroupId === undefined) return true;
      return (
        context.subjectGroupId !== null &&
        (context.userGroupIds ?? []).includes(context.subjectGroupId)
      );
    case 'assigned':
      return context.assignedToUser !== false;
  }
};

/**
 * What no role may do with a restricted record (GDPR Art. 18(2): only storage, or with consent,
 * for legal claims or another's rights): print a form or a group sheet with it, record new
 * answers for it, or correct its ledger. Seeing it (head, secretary), lifting the restriction
 * and recording a withdrawal (the person's own right, which only narrows use) stay possible.
 */
export const RESTRICTED_USE_REFUSED: readonly Permission[] = [
  'form.issue',
  'form.groupSheet',
  'consent.record',
  'consent.correct',
];

/** True when `permission` is a use a restriction refuses to every role. */
export const refusedWhileRestricted = (permission: Permission, context: AccessContext): boolean =>
  context.restricted === true && RESTRICTED_USE_REFUSED.includes(permission);

/** Pure permission check: may `role` do `permission` in `context`? */
export const can = (role: Role, permission: Permission, context: AccessContext = {}): boolean => {
  const scope = ROLE_PERMISSIONS[role][permission];
  if (scope === undefined) return false;
  if (refusedWhileRestricted(permission, context)) return false;
  if (context.restricted === true && permission !== 'subject.restrict') {
    const seesRestricted = ROLE_PERMISSIONS[role]['subject.viewRestricted'] !== undefined;
    if (!seesRestricted) return false;
  }
  return withinScope(scope, context);
};

export const permissionsOf = (role: Role): Permission[] =>
  PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role][p] !== undefined);
