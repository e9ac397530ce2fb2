// Where a person's data keys are wrapped (docs/security-model.md, "Scopes"): a teacher may read
// only the core and contacts of the active, unrestricted children of her groups (GDPR art. 18
// for restricted ones), so only those categories ever go to a group scope.
import { describe, expect, it } from 'vitest';
import {
  GROUP_SCOPED_CATEGORIES,
  groupIdOfScope,
  groupScope,
  INSTITUTION_SCOPE,
  itemPlacement,
  representativePlacement,
  subjectGroupScope,
  subjectPlacement,
  type PlacementFacts,
} from '@renderer/data/keys/scopes';

const child = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
  groupId: 'g1',
  status: 'active',
  restricted: 0,
  ...over,
});

describe('scope ids', () => {
  it("names a group's scope 'group:<id>' and reads the id back, nothing from other scopes", () => {
    expect(INSTITUTION_SCOPE).toBe('inst');
    expect(groupScope('a1')).toBe('group:a1');
    expect(groupIdOfScope('group:a1')).toBe('a1');
    expect(groupIdOfScope('inst')).toBeUndefined();
    expect(groupIdOfScope('caseload:a1')).toBeUndefined();
    expect(groupIdOfScope('xgroup:a1')).toBeUndefined();
  });

  it('the group-scoped categories are exactly what a teacher reads: core and contacts', () => {
    expect(GROUP_SCOPED_CATEGORIES).toEqual(['core', 'contacts']);
  });
});

describe('subject placement', () => {
  it('an active, unrestricted child in a group: core and contacts in the group, the rest in inst', () => {
    expect(subjectGroupScope(child())).toBe('group:g1');
    expect(subjectPlacement(child())).toEqual({
      core: ['group:g1'],
      identifiers: ['inst'],
      contacts: ['group:g1'],
      health: ['inst'],
    });
  });

  it.each([
    ['not in a group', { groupId: null }],
    ['left the institution', { status: 'left' }],
    ['restricted (GDPR art. 18)', { restricted: 1 as const }],
  ])('a child %s stays wholly in inst', (_name, over) => {
    expect(subjectGroupScope(child(over))).toBeUndefined();
    expect(subjectPlacement(child(over))).toEqual({
      core: ['inst'],
      identifiers: ['inst'],
      contacts: ['inst'],
      health: ['inst'],
    });
  });
});

describe('representative placement', () => {
  it('follows every group of their linked children, once each, sorted', () => {
    const placement = representativePlacement([
      child({ groupId: 'g2' }),
      child({ groupId: 'g1' }),
      child({ groupId: 'g2' }),
      child({ groupId: 'g3', restricted: 1 }),
    ]);
    expect(placement).toEqual({
      core: ['group:g1', 'group:g2'],
      identifiers: ['inst'],
      contacts: ['group:g1', 'group:g2'],
      health: ['inst'],
    });
  });

  it('with no child in a group, everything is in inst (never an empty placement)', () => {
    for (const linked of [[], [child({ groupId: null })]])
      expect(representativePlacement(linked).core).toEqual(['inst']);
  });

  it("an item (a scan) is placed like its owner's category", () => {
    const owner = subjectPlacement(child());
    expect(itemPlacement(owner, 'contacts')).toEqual(['group:g1']);
    expect(itemPlacement(owner, 'identifiers')).toEqual(['inst']);
  });
});
