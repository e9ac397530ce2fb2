// Scopes: sets of people whose data keys are wrapped under one key per category. 'inst' holds
// everyone not placed in a narrower scope; 'group:<id>' a group's current children and their
// representatives; 'caseload:<user id>' the clients assigned to one social or care worker and
// their representatives. See docs/security-model.md.
import { can } from '@shared/access/permissions';
import {
  PERSON_CATEGORIES,
  ROLE_KEY_CATEGORIES,
  ROLE_KEY_SCOPE,
  ROLES,
  type PersonCategory,
  type Role,
} from '@shared/access/roles';

export type ScopeId = string;
export const INSTITUTION_SCOPE: ScopeId = 'inst';
export const groupScope = (groupId: string): ScopeId => `group:${groupId}`;
export const groupIdOfScope = (scopeId: ScopeId): string | undefined =>
  scopeId.startsWith('group:') ? scopeId.slice('group:'.length) : undefined;
/** A worker's caseload: the clients assigned to her (issue 11). */
export const caseloadScope = (workerId: string): ScopeId => `caseload:${workerId}`;

/** The scopes whose keys a user holds by grant: a teacher's groups, a worker's own caseload. */
export const grantedScopesOf = (user: {
  readonly id: string;
  readonly role: Role;
  readonly groupIds: readonly string[];
}): ScopeId[] => {
  switch (ROLE_KEY_SCOPE[user.role]) {
    case 'groups':
      return user.groupIds.map(groupScope);
    case 'caseload':
      return [caseloadScope(user.id)];
    case 'institution':
      return [];
  }
};

/** Where each category key of one person is wrapped. Never empty: 'inst' is the fallback. */
export type Placement = Readonly<Record<PersonCategory, readonly ScopeId[]>>;

const scopedCategories = (scope: 'groups' | 'caseload'): readonly PersonCategory[] =>
  PERSON_CATEGORIES.filter((c) =>
    ROLES.some((role) => ROLE_KEY_SCOPE[role] === scope && ROLE_KEY_CATEGORIES[role].includes(c)),
  );

/** The categories some group-scoped role reads (the teacher's core and contacts). */
export const GROUP_SCOPED_CATEGORIES: readonly PersonCategory[] = scopedCategories('groups');
/** The categories some caseload-scoped role reads (everything but financial). */
export const CASELOAD_SCOPED_CATEGORIES: readonly PersonCategory[] = scopedCategories('caseload');

/** The workers' roles by user id (plaintext in the users table), to place keys per role. */
export type WorkerRoles = ReadonlyMap<string, Role>;
const NO_ROLES: WorkerRoles = new Map();

/** A caseload scope and the categories it takes. */
type CaseloadPart = { readonly scope: ScopeId; readonly categories: readonly PersonCategory[] };

/**
 * A worker's caseload takes only the categories her role reads (a care worker's: core, contacts,
 * care), and of a representative only when her role reads representatives (a care worker's: none).
 * So every key a worker must wrap for a person she may write is under a scope key she holds. A
 * worker whose role is unknown (not passed) gets every caseload-scoped category.
 */
const caseloadParts = (
  workerIds: readonly string[],
  roles: WorkerRoles,
  of: 'subject' | 'representative',
): CaseloadPart[] =>
  workerIds.map((id) => {
    const role = roles.get(id);
    const categories =
      role === undefined
        ? CASELOAD_SCOPED_CATEGORIES
        : ROLE_KEY_SCOPE[role] !== 'caseload' ||
            (of === 'representative' && !can(role, 'representative.view', { assignedToUser: true }))
          ? []
          : ROLE_KEY_CATEGORIES[role];
    return { scope: caseloadScope(id), categories };
  });

/**
 * A category goes to every group scope (if some teacher reads it) and to each caseload that takes
 * it; a category no scope takes stays in 'inst'.
 */
const placement = (
  groupScopes: readonly ScopeId[],
  caseloads: readonly CaseloadPart[] = [],
): Placement => {
  const sorted = (ids: readonly ScopeId[]) => [...new Set(ids)].sort();
  const where = (c: PersonCategory): readonly ScopeId[] => {
    const scopes = sorted([
      ...(GROUP_SCOPED_CATEGORIES.includes(c) ? groupScopes : []),
      ...caseloads.filter((part) => part.categories.includes(c)).map((part) => part.scope),
    ]);
    return scopes.length > 0 ? scopes : [INSTITUTION_SCOPE];
  };
  return Object.fromEntries(PERSON_CATEGORIES.map((c) => [c, where(c)])) as Placement;
};

/** The plaintext facts of a subject row that decide its placement. */
export type PlacementFacts = {
  readonly groupId: string | null;
  readonly status: string;
  readonly restricted: 0 | 1;
  /** Social office: the workers whose caseloads hold the client (absent: none). */
  readonly caseloads?: readonly string[] | undefined;
};

/** The workers whose caseloads hold a client now: active, not restricted, assigned. */
export const subjectCaseloadWorkers = (facts: PlacementFacts): readonly string[] =>
  facts.status === 'active' && facts.restricted === 0 ? (facts.caseloads ?? []) : [];

/** The group scope of a subject, if it has one: active, not restricted, in a group. */
export const subjectGroupScope = (facts: PlacementFacts): ScopeId | undefined =>
  facts.groupId !== null && facts.status === 'active' && facts.restricted === 0
    ? groupScope(facts.groupId)
    : undefined;

/**
 * A subject's keys: the group-scoped categories go to the group while the child is active and
 * not restricted (a teacher of the group may read them), a client's caseload-scoped categories
 * to the caseloads of the workers assigned to her; everything else stays in 'inst'.
 */
export const subjectPlacement = (
  facts: PlacementFacts,
  roles: WorkerRoles = NO_ROLES,
): Placement => {
  const scope = subjectGroupScope(facts);
  return placement(
    scope === undefined ? [] : [scope],
    caseloadParts(subjectCaseloadWorkers(facts), roles, 'subject'),
  );
};

/** A representative follows the group and caseload scopes of all their linked subjects. */
export const representativePlacement = (
  linkedChildren: readonly PlacementFacts[],
  roles: WorkerRoles = NO_ROLES,
): Placement =>
  placement(
    linkedChildren.flatMap((f) => subjectGroupScope(f) ?? []),
    caseloadParts(
      [...new Set(linkedChildren.flatMap(subjectCaseloadWorkers))],
      roles,
      'representative',
    ),
  );

/** Items (a scan) are placed like their owner's category. */
export const itemPlacement = (owner: Placement, category: PersonCategory): readonly ScopeId[] =>
  owner[category];
