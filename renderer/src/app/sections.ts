// The sections of the app, in navigation order. `ready` sections have a screen; the rest show
// a plain "coming soon" page until their capability lands.
import { can, type Permission } from '@shared/access/permissions';
import type { Role } from '@shared/access/roles';
import type { InstitutionKind } from '@shared/domain/types';

export const SECTION_IDS = [
  'home',
  'subjects',
  'groups',
  'consents',
  'forms',
  'requests',
  'staff',
  'erasures',
  'audit',
  'settings',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type Section = {
  readonly id: SectionId;
  /** i18n key of the navigation label. */
  readonly labelKey: string;
  /** Permission needed to see the section at all; undefined: everyone signed in. */
  readonly permission?: Permission;
  /** Other permissions that also open it (the administrator of accounts sees staff). */
  readonly orPermissions?: readonly Permission[];
  /** Only in institutions of this kind (a social office has caseloads, not groups). */
  readonly kind?: InstitutionKind;
  /** The label in a social office, where the same screen holds clients (issue 11). */
  readonly socialOfficeLabelKey?: string;
};

export const SECTIONS: readonly Section[] = [
  { id: 'home', labelKey: 'nav.home' },
  {
    id: 'subjects',
    labelKey: 'nav.subjects',
    socialOfficeLabelKey: 'nav.clients',
    permission: 'subject.view',
  },
  { id: 'groups', labelKey: 'nav.groups', permission: 'group.view', kind: 'kindergarten' },
  { id: 'consents', labelKey: 'nav.consents', permission: 'consent.view' },
  { id: 'forms', labelKey: 'nav.forms', permission: 'form.issue' },
  { id: 'requests', labelKey: 'nav.requests', permission: 'request.view' },
  {
    id: 'staff',
    labelKey: 'nav.staff',
    permission: 'staff.manage',
    orPermissions: ['staff.deactivate'],
  },
  { id: 'erasures', labelKey: 'nav.erasures', permission: 'subject.proposeErasure' },
  { id: 'audit', labelKey: 'nav.audit', permission: 'audit.view' },
  { id: 'settings', labelKey: 'nav.settings' },
];

export const isSectionId = (value: string): value is SectionId =>
  (SECTION_IDS as readonly string[]).includes(value);

/**
 * The sections a role sees in an institution of this kind (kind unknown while it loads: every
 * section the role may open), labelled in the institution's words (Klienti, not Bērni).
 */
export const sectionsFor = (role: Role, kind: InstitutionKind | undefined): Section[] =>
  SECTIONS.filter(
    (s) =>
      (s.kind === undefined || kind === undefined || s.kind === kind) &&
      (s.permission === undefined ||
        [s.permission, ...(s.orPermissions ?? [])].some((p) => can(role, p, {}))),
  ).map((s) =>
    kind === 'socialOffice' && s.socialOfficeLabelKey !== undefined
      ? { ...s, labelKey: s.socialOfficeLabelKey }
      : s,
  );
