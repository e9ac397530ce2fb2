// Scopes: sets of people whose data keys are wrapped under one key per category. 'inst' holds
// everyone not placed in a narrower scope; 'group:<id>' a group's current children and their
// representatives. (The social-office mode adds 'caseload:<id>'.) See docs/security-model.md.
import {
  PERSON_CATEGORIES,
  ROLE_KEY_CATEGORIES,
  ROLE_KEY_SCOPE,
  ROLES,
  type PersonCategory,
} from '@shared/access/roles';

export type ScopeId = string;
export const INSTITUTION_SCOPE: ScopeId = 'inst';
export const groupScope = (groupId: string): ScopeId => `group:${groupId}`;
export const groupIdOfScope = (scopeId: ScopeId): string | undefined =>
  scopeId.startsWith('group:') ? scopeId.slice('group:'.length) : undefined;

/** Where each category key of one person is wrapped. Never empty: 'inst' is the fallback. */
export type Placement = Readonly<Record<PersonCategory, readonly ScopeId[]>>;

/** The categories some group-scoped role reads (the teacher's core and contacts). */
export const GROUP_SCOPED_CATEGORIES: readonly PersonCategory[] = PERSON_CATEGORIES.filter((c) =>
  ROLES.some((role) => ROLE_KEY_SCOPE[role] === 'groups' && ROLE_KEY_CATEGORIES[role].includes(c)),
);

const placement = (groupScopes: readonly ScopeId[]): Placement => {
  const scoped = groupScopes.length > 0 ? [...new Set(groupScopes)].sort() : [INSTITUTION_SCOPE];
  const where = (c: PersonCategory): readonly ScopeId[] =>
    GROUP_SCOPED_CATEGORIES.includes(c) ? scoped : [INSTITUTION_SCOPE];
  return {
    core: where('core'),
    identifiers: where('identifiers'),
    contacts: where('contacts'),
    health: where('health'),
  };
};

/** The plaintext facts of a subject row that decide its placement. */
export type PlacementFacts = {
  readonly groupId: string | null;
  readonly status: string;
  readonly restricted: 0 | 1;
};

/** The group scope of a subject, if it has one: active, not restricted, in a group. */
export const subjectGroupScope = (facts: PlacementFacts): ScopeId | undefined =>
  facts.groupId !== null && facts.status === 'active' && facts.restricted === 0
    ? groupScope(facts.groupId)
    : undefined;

/**
 * A subject's keys: the group-scoped categories go to the group while the child is active and
 * not restricted (a teacher of the group may read them); everything else stays in 'inst'.
 */
export const subjectPlacement = (facts: PlacementFacts): Placement => {
  const scope = subjectGroupScope(facts);
  return placement(scope === undefined ? [] : [scope]);
};

/** A representative follows the group scopes of all their linked children (siblings). */
export const representativePlacement = (linkedChildren: readonly PlacementFacts[]): Placement =>
  placement(linkedChildren.flatMap((f) => subjectGroupScope(f) ?? []));

/** Items (a scan) are placed like their owner's category. */
export const itemPlacement = (owner: Placement, category: PersonCategory): readonly ScopeId[] =>
  owner[category];
