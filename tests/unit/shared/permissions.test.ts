import { describe, expect, it } from 'vitest';
import {
  can,
  isRole,
  PERMISSIONS,
  refusedWhileRestricted,
  RESTRICTED_USE_REFUSED,
  permissionsOf,
  ROLE_KEY_CATEGORIES,
  ROLE_KEY_SCOPE,
  ROLES,
  type PersonCategory,
  type Permission,
  type Role,
} from '@shared/access';

// The expected matrix, written out by hand (docs/roles.md explains each cell).
// A = every record, G = own groups only, S = assigned clients only, - = never.
const COLUMNS: readonly Role[] = [
  'head',
  'secretary',
  'teacher',
  'nurse',
  'accountant',
  'methodologist',
  'socialWorker',
  'careWorker',
  'accountsAdmin',
];
const MATRIX: Readonly<Record<Permission, string>> = {
  //                              h s t n a m sw cw aa
  'staff.manage': 'A - - - - - - - -',
  'audit.view': 'A - - - - - - - -',
  'settings.manage': 'A - - - - - - - -',
  'staff.deactivate': 'A - - - - - - - A',
  'caseload.assign': 'A - - - - - - - -',
  'backup.create': 'A A - - - - - - -',
  'backup.restore': 'A - - - - - - - -',
  'group.view': 'A A G A A A - - -',
  'group.manage': 'A A - - - - - - -',
  'subject.view': 'A A G A A A S S -',
  'subject.create': 'A A - - - - A - -',
  'subject.edit': 'A A - - - - S - -',
  'subject.viewIdentifiers': 'A A - - A - S - -',
  'subject.viewHealth': 'A - - A - - S - -',
  'subject.editHealth': 'A - - A - - S - -',
  'subject.viewContacts': 'A A G A A - S S -',
  'subject.viewSocial': 'A - - - - - S - -',
  'subject.editSocial': 'A - - - - - S - -',
  'subject.viewFinancial': 'A - - - A - - - -',
  'subject.editFinancial': 'A - - - A - - - -',
  'subject.viewCare': 'A - - - - - S S -',
  'subject.editCare': 'A - - - - - S S -',
  'subject.viewRestricted': 'A A - - - - - - -',
  'subject.restrict': 'A A - - - - - - -',
  'subject.erase': 'A - - - - - - - -',
  'subject.proposeErasure': 'A A - - - - - - -',
  'representative.view': 'A A G A A A S - -',
  'representative.viewContacts': 'A A G A A - S - -',
  'representative.edit': 'A A - - - - S - -',
  'records.import': 'A A - - - - - - -',
  'records.export': 'A A - - - - - - -',
  'consent.view': 'A A G A A A S - -',
  'consent.viewEvidence': 'A A - - - - - - -',
  'consent.record': 'A A - - - - S - -',
  'consent.withdraw': 'A A - - - - S - -',
  'consent.correct': 'A A - - - - - - -',
  'form.issue': 'A A - - - - S - -',
  'form.groupSheet': 'A A G A - A - - -',
  'template.manage': 'A - - - - - - - -',
  'purpose.manage': 'A - - - - - - - -',
  'request.view': 'A A - - - - - - -',
  'request.manage': 'A A - - - - - - -',
  'request.decide': 'A - - - - - - - -',
  'request.accessReport': 'A - - - - - - - -',
  'request.export': 'A - - - - - - - -',
  'disclosure.view': 'A A - - - - - - -',
  'disclosure.record': 'A A - - - - - - -',
  'subject.leave': 'A A - - - - - - -',
  'retention.view': 'A A - - - - - - -',
  'retention.manage': 'A - - - - - - - -',
  'archive.export': 'A - - - - - - - -',
};

type Cell = 'A' | 'G' | 'S' | '-';
const cell = (role: Role, permission: Permission): Cell => {
  const cells = MATRIX[permission].split(' ');
  return cells[COLUMNS.indexOf(role)] as Cell;
};

const pairs = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({ role, permission, expected: cell(role, permission) })),
);

const ownGroup = { userGroupIds: ['g1', 'g2'], subjectGroupId: 'g2' };
const otherGroup = { userGroupIds: ['g1', 'g2'], subjectGroupId: 'g3' };
const noGroup = { userGroupIds: ['g1'], subjectGroupId: null };
const teachesNothing = { userGroupIds: [], subjectGroupId: 'g1' };

describe('role x permission matrix', () => {
  it('covers every role and permission', () => {
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
    for (const p of PERMISSIONS) expect(MATRIX[p].split(' ')).toHaveLength(COLUMNS.length);
  });

  it.each(pairs)('$role / $permission is $expected', ({ role, permission, expected }) => {
    // List-level question (no record in view).
    expect(can(role, permission)).toBe(expected !== '-');
    switch (expected) {
      case '-':
        for (const ctx of [ownGroup, { assignedToUser: true }, { restricted: false }])
          expect(can(role, permission, ctx)).toBe(false);
        break;
      case 'A':
        for (const ctx of [
          ownGroup,
          otherGroup,
          noGroup,
          teachesNothing,
          { assignedToUser: false },
        ]) {
          expect(can(role, permission, ctx)).toBe(true);
        }
        break;
      case 'G':
        expect(can(role, permission, ownGroup)).toBe(true);
        expect(can(role, permission, otherGroup)).toBe(false);
        expect(can(role, permission, noGroup)).toBe(false);
        expect(can(role, permission, teachesNothing)).toBe(false);
        expect(can(role, permission, { subjectGroupId: 'g1' })).toBe(false);
        break;
      case 'S':
        expect(can(role, permission, { assignedToUser: true })).toBe(true);
        expect(can(role, permission, { assignedToUser: false })).toBe(false);
        break;
    }
  });

  it('permissionsOf lists exactly the granted permissions, in PERMISSIONS order', () => {
    for (const role of ROLES) {
      expect(permissionsOf(role)).toEqual(PERMISSIONS.filter((p) => cell(role, p) !== '-'));
    }
  });
});

describe('restricted records (GDPR art. 18)', () => {
  it.each(pairs.filter((p) => p.expected !== '-'))(
    '$role / $permission on a restricted record',
    ({ role, permission, expected }) => {
      const seesRestricted = role === 'head' || role === 'secretary';
      const base = expected === 'G' ? ownGroup : expected === 'S' ? { assignedToUser: true } : {};
      // Printing, recording and correcting are refused to every role (Art. 18(2)).
      const refused = RESTRICTED_USE_REFUSED.includes(permission);
      expect(can(role, permission, { ...base, restricted: true })).toBe(seesRestricted && !refused);
      expect(refusedWhileRestricted(permission, { restricted: true })).toBe(refused);
      expect(refusedWhileRestricted(permission, {})).toBe(false);
    },
  );

  it('refuses forms, group sheets, answers and corrections but not a withdrawal or lifting', () => {
    expect([...RESTRICTED_USE_REFUSED].sort()).toEqual(
      ['consent.correct', 'consent.record', 'form.groupSheet', 'form.issue'].sort(),
    );
    expect(can('head', 'consent.withdraw', { restricted: true })).toBe(true);
    expect(can('head', 'subject.restrict', { restricted: true })).toBe(true);
  });

  it('hides a restricted child even from the teacher of its group', () => {
    expect(can('teacher', 'subject.view', ownGroup)).toBe(true);
    expect(can('teacher', 'subject.view', { ...ownGroup, restricted: true })).toBe(false);
    expect(can('teacher', 'consent.view', { ...ownGroup, restricted: true })).toBe(false);
  });

  it('hides a restricted client even from the assigned social worker', () => {
    expect(can('socialWorker', 'subject.view', { assignedToUser: true, restricted: true })).toBe(
      false,
    );
  });
});

describe('scopes', () => {
  it('a teacher sees own groups only; a child with no group is not theirs', () => {
    expect(can('teacher', 'subject.view', ownGroup)).toBe(true);
    expect(can('teacher', 'subject.view', otherGroup)).toBe(false);
    expect(can('teacher', 'subject.view', noGroup)).toBe(false);
    expect(can('teacher', 'subject.viewIdentifiers', ownGroup)).toBe(false);
    expect(can('teacher', 'subject.viewHealth', ownGroup)).toBe(false);
  });

  it('a social worker works on assigned clients only, but may register new ones', () => {
    expect(can('socialWorker', 'subject.edit', { assignedToUser: true })).toBe(true);
    expect(can('socialWorker', 'subject.edit', { assignedToUser: false })).toBe(false);
    expect(can('socialWorker', 'consent.record', { assignedToUser: false })).toBe(false);
    expect(can('socialWorker', 'subject.create', { assignedToUser: false })).toBe(true);
    // Issue 8: the head decides, the secretary registers; other roles do not see requests.
    expect(can('socialWorker', 'request.view', { assignedToUser: true })).toBe(false);
  });
});

describe('permissions agree with the keys a session holds', () => {
  // A permission is useless without the key to decrypt its data, and a key without a permission
  // that reads it is data held for nothing (seed 004 point 33: only what the duties need).
  const NEEDS: Readonly<Record<PersonCategory, readonly Permission[]>> = {
    core: ['subject.view'],
    identifiers: ['subject.viewIdentifiers'],
    contacts: ['representative.viewContacts', 'subject.viewContacts'],
    health: ['subject.viewHealth'],
    social: ['subject.viewSocial'],
    financial: ['subject.viewFinancial'],
    care: ['subject.viewCare'],
  };
  it.each([...ROLES])('%s holds exactly the keys its permissions read', (role) => {
    const keys = ROLE_KEY_CATEGORIES[role];
    for (const [category, permissions] of Object.entries(NEEDS) as [
      PersonCategory,
      readonly Permission[],
    ][]) {
      const needed = permissions.some((p) => can(role, p));
      expect({ category, held: keys.includes(category) }).toEqual({ category, held: needed });
    }
  });
  it('a teacher never holds the identifiers or health key', () => {
    expect(ROLE_KEY_CATEGORIES.teacher).not.toContain('identifiers');
    expect(ROLE_KEY_CATEGORIES.teacher).not.toContain('health');
  });
  it('exactly the roles scoped to own groups reach their categories through group keys', () => {
    // A role whose permissions reach only its groups must not hold institution-wide keys.
    for (const role of ROLES) {
      const ownGroupsOnly =
        !can(role, 'subject.view', { subjectGroupId: null }) &&
        can(role, 'subject.view', { subjectGroupId: 'g', userGroupIds: ['g'] });
      expect({ role, groups: ROLE_KEY_SCOPE[role] === 'groups' }).toEqual({
        role,
        groups: ownGroupsOnly,
      });
    }
  });
});

describe('caseload scopes (issue 11)', () => {
  it('exactly the roles limited to assigned clients reach them through their caseload keys', () => {
    for (const role of ROLES) {
      const assignedOnly =
        can(role, 'subject.view', { assignedToUser: true }) &&
        !can(role, 'subject.view', { assignedToUser: false });
      expect({ role, caseload: ROLE_KEY_SCOPE[role] === 'caseload' }).toEqual({
        role,
        caseload: assignedOnly,
      });
    }
  });
  it('a care worker holds name, contacts and care notes only; an accountant no social or health', () => {
    expect(ROLE_KEY_CATEGORIES.careWorker).toEqual(['core', 'contacts', 'care']);
    expect(ROLE_KEY_CATEGORIES.accountant).not.toContain('social');
    expect(ROLE_KEY_CATEGORIES.accountant).not.toContain('health');
    expect(ROLE_KEY_CATEGORIES.accountant).toContain('financial');
    expect(ROLE_KEY_CATEGORIES.socialWorker).not.toContain('financial');
    expect(ROLE_KEY_CATEGORIES.accountsAdmin).toEqual([]);
  });
});

describe('isRole', () => {
  // Roles come back from disk and IPC: only the known names pass (mutation testing found
  // this guard untested).
  it('accepts exactly the known roles', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of [
      'Head',
      'admin',
      '',
      'head ',
      null,
      undefined,
      1,
      ['head'],
      { role: 'head' },
    ])
      expect(isRole(value)).toBe(false);
  });
});
