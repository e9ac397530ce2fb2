// The role -> permission matrix (seed 004 points 9 and 33: each employee reaches only the data
// their duties need). Services enforce it through can(); the UI only hides and disables.
import type { Role } from './roles';

export const PERMISSIONS = [
  // vault and administration
  'staff.manage',
  'audit.view',
  'settings.manage',
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
    ...scoped('ownGroups', [...RECORD_READ, 'representative.viewContacts', 'form.groupSheet']),
  },
  nurse: all([
    ...RECORD_READ,
    'representative.viewContacts',
    'subject.viewHealth',
    'subject.editHealth',
    'form.groupSheet',
  ]),
  accountant: all([...RECORD_READ, 'subject.viewIdentifiers', 'representative.viewContacts']),
  methodologist: all([...RECORD_READ, 'form.groupSheet']),
  socialWorker: {
    ...scoped('assigned', [
      'subject.view',
      'subject.edit',
      'subject.viewIdentifiers',
      'subject.viewHealth',
      'subject.editHealth',
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

/** Pure permission check: may `role` do `permission` in `context`? */
export const can = (role: Role, permission: Permission, context: AccessContext = {}): boolean => {
  const scope = ROLE_PERMISSIONS[role][permission];
  if (scope === undefined) return false;
  if (context.restricted === true && permission !== 'subject.restrict') {
    const seesRestricted = ROLE_PERMISSIONS[role]['subject.viewRestricted'] !== undefined;
    if (!seesRestricted) return false;
  }
  return withinScope(scope, context);
};

export const permissionsOf = (role: Role): Permission[] =>
  PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role][p] !== undefined);
