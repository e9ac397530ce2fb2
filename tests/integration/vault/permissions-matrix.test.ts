// Every role x permission pair through the SERVICE layer's authorize(). The expected matrix is
// written out here from PRODUCT.md and seed 004, independently of shared/access/permissions.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '@shared/access/permissions';
import { ROLE_KEY_CATEGORIES, ROLES, type Role } from '@shared/access/roles';
import { authorize, type Session } from '@renderer/services';
import { staffSession, withVault } from './helpers';

const READ: Permission[] = ['group.view', 'subject.view', 'representative.view', 'consent.view'];
const SECRETARY_NOT: Permission[] = [
  'staff.manage',
  // issue 11: accounts and caseloads are the head's (and the administrator's), and the social
  // office's social, financial and care categories are not the secretary's duties
  'staff.deactivate',
  'caseload.assign',
  'subject.viewSocial',
  'subject.editSocial',
  'subject.viewFinancial',
  'subject.editFinancial',
  'subject.viewCare',
  'subject.editCare',
  'audit.view',
  'settings.manage',
  // issue 10: the office makes backups; replacing the register in use is the head's decision
  'backup.restore',
  'subject.viewHealth',
  'subject.editHealth',
  'template.manage',
  'purpose.manage',
  'subject.erase',
  'request.decide',
  'request.accessReport',
  'request.export',
  // issue 9: the schedule is the controller's, the archive hand-over takes records out
  'retention.manage',
  'archive.export',
];

const EXPECTED: Record<Role, readonly Permission[]> = {
  head: PERMISSIONS,
  secretary: PERMISSIONS.filter((p) => !SECRETARY_NOT.includes(p)),
  teacher: [...READ, 'representative.viewContacts', 'subject.viewContacts', 'form.groupSheet'],
  nurse: [
    ...READ,
    'representative.viewContacts',
    'subject.viewContacts',
    'subject.viewHealth',
    'subject.editHealth',
    'form.groupSheet',
  ],
  accountant: [
    ...READ,
    'subject.viewIdentifiers',
    'representative.viewContacts',
    'subject.viewContacts',
    'subject.viewFinancial',
    'subject.editFinancial',
  ],
  methodologist: [...READ, 'form.groupSheet'],
  socialWorker: [
    'subject.view',
    'subject.create',
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
  ],
  // issue 11 / seed 003: name, address, phone and care notes of assigned clients only
  careWorker: ['subject.view', 'subject.viewContacts', 'subject.viewCare', 'subject.editCare'],
  // seed 003 13.1: removes leavers' access, never sees a client
  accountsAdmin: ['staff.deactivate'],
};

const sessions = new Map<Role, Session>();

beforeAll(async () => {
  const h = await withVault();
  sessions.set('head', h.head);
  for (const role of ROLES.filter((r) => r !== 'head')) {
    sessions.set(role, (await staffSession(h, h.head, role, `user-${role}`, ['g-own'])).session);
  }
}, 60_000);

const sessionOf = (role: Role): Session => {
  const s = sessions.get(role);
  if (!s) throw new Error(`no session for ${role}`);
  return s;
};

const allowed = (role: Role, permission: Permission, context = {}): boolean => {
  try {
    authorize(sessionOf(role), permission, context);
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'forbidden' });
    return false;
  }
};

const PAIRS = ROLES.flatMap((role) =>
  PERMISSIONS.map((permission) => ({
    role,
    permission,
    expected: EXPECTED[role].includes(permission),
  })),
);

describe('authorize: role x permission', () => {
  it.each(PAIRS)('$role / $permission -> $expected', ({ role, permission, expected }) => {
    expect(allowed(role, permission)).toBe(expected);
  });

  it('every permission to read identifiers or health comes with the key to do so', () => {
    for (const role of ROLES) {
      if (EXPECTED[role].includes('subject.viewIdentifiers'))
        expect(ROLE_KEY_CATEGORIES[role]).toContain('identifiers');
      if (EXPECTED[role].includes('subject.viewHealth'))
        expect(ROLE_KEY_CATEGORIES[role]).toContain('health');
      if (EXPECTED[role].includes('representative.viewContacts'))
        expect(ROLE_KEY_CATEGORIES[role]).toContain('contacts');
      if (EXPECTED[role].includes('subject.viewContacts'))
        expect(ROLE_KEY_CATEGORIES[role]).toContain('contacts');
      for (const [permission, category] of [
        ['subject.viewSocial', 'social'],
        ['subject.viewFinancial', 'financial'],
        ['subject.viewCare', 'care'],
      ] as const)
        expect({ role, permission, key: ROLE_KEY_CATEGORIES[role].includes(category) }).toEqual({
          role,
          permission,
          key: EXPECTED[role].includes(permission),
        });
    }
  });
});

describe('authorize: scopes', () => {
  it("limits a teacher to the session's own groups", () => {
    expect(allowed('teacher', 'subject.view', { subjectGroupId: 'g-own' })).toBe(true);
    expect(allowed('teacher', 'subject.view', { subjectGroupId: 'g-other' })).toBe(false);
    expect(allowed('teacher', 'subject.view', { subjectGroupId: null })).toBe(false);
    // The session's groups win over anything the caller might pass in.
    expect(
      allowed('teacher', 'subject.view', { subjectGroupId: 'g-other', userGroupIds: ['g-other'] }),
    ).toBe(false);
  });

  it('limits a social worker to assigned clients', () => {
    expect(allowed('socialWorker', 'subject.view', { assignedToUser: true })).toBe(true);
    expect(allowed('socialWorker', 'subject.view', { assignedToUser: false })).toBe(false);
  });

  it('limits a care worker to assigned clients, and never to their social or financial data', () => {
    expect(allowed('careWorker', 'subject.viewCare', { assignedToUser: true })).toBe(true);
    expect(allowed('careWorker', 'subject.viewCare', { assignedToUser: false })).toBe(false);
    expect(allowed('careWorker', 'subject.viewSocial', { assignedToUser: true })).toBe(false);
    expect(allowed('careWorker', 'subject.viewFinancial', { assignedToUser: true })).toBe(false);
  });

  it('hides restricted records from everyday roles', () => {
    expect(allowed('teacher', 'subject.view', { subjectGroupId: 'g-own', restricted: true })).toBe(
      false,
    );
    expect(allowed('head', 'subject.view', { restricted: true })).toBe(true);
  });
});
