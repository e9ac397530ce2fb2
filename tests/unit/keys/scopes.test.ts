// Where a person's data keys are wrapped (docs/security-model.md, "Scopes"): a teacher may read
// only the core and contacts of the active, unrestricted children of her groups (GDPR art. 18
// for restricted ones), so only those categories ever go to a group scope.
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_SCOPED_CATEGORIES,
  caseloadScope,
  grantedScopesOf,
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

/** The social-office categories (issue 11): no group scope takes them. */
const NEW_IN_INST = { social: ['inst'], financial: ['inst'], care: ['inst'] };

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
      ...NEW_IN_INST,
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
      ...NEW_IN_INST,
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
      ...NEW_IN_INST,
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

describe('caseload placement (issue 11)', () => {
  const client = (over: Partial<PlacementFacts> = {}): PlacementFacts => ({
    groupId: null,
    status: 'active',
    restricted: 0,
    caseloads: ['w1', 'c2'],
    ...over,
  });

  it('the caseload-scoped categories are what some worker reads: all but financial', () => {
    expect(CASELOAD_SCOPED_CATEGORIES).toEqual([
      'core',
      'identifiers',
      'contacts',
      'health',
      'social',
      'care',
    ]);
    expect(caseloadScope('w1')).toBe('caseload:w1');
  });

  it("an assigned client's keys go to every worker's caseload, financial stays in inst", () => {
    const both = ['caseload:c2', 'caseload:w1'];
    expect(subjectPlacement(client())).toEqual({
      core: both,
      identifiers: both,
      contacts: both,
      health: both,
      social: both,
      financial: ['inst'],
      care: both,
    });
  });

  it.each([
    ['with no worker', { caseloads: [] }],
    ['whose services ended', { status: 'left' }],
    ['restricted (GDPR art. 18)', { restricted: 1 as const }],
  ])('a client %s is in no caseload', (_name, over) => {
    expect(Object.values(subjectPlacement(client(over))).flat()).toEqual(Array(7).fill('inst'));
  });

  it('a representative follows the caseloads of the clients they represent', () => {
    const placement = representativePlacement([client({ caseloads: ['w1'] }), child()]);
    expect(placement.contacts).toEqual(['caseload:w1', 'group:g1']);
    expect(placement.identifiers).toEqual(['caseload:w1']);
    expect(placement.financial).toEqual(['inst']);
  });

  it("with the workers' roles known, each caseload takes only what its worker's role reads", () => {
    const roles = new Map([
      ['w1', 'socialWorker' as const],
      ['c2', 'careWorker' as const],
    ]);
    const placement = subjectPlacement(client(), roles);
    expect(placement.core).toEqual(['caseload:c2', 'caseload:w1']);
    expect(placement.care).toEqual(['caseload:c2', 'caseload:w1']);
    expect(placement.social).toEqual(['caseload:w1']);
    expect(placement.identifiers).toEqual(['caseload:w1']);
    expect(placement.financial).toEqual(['inst']);
    // A care worker reads no representatives: they go to the social worker's caseload only.
    const rep = representativePlacement([client()], roles);
    expect(rep.core).toEqual(['caseload:w1']);
    expect(rep.contacts).toEqual(['caseload:w1']);
    // A worker who has since become an accountant (institution role) takes nothing.
    const moved = subjectPlacement(client({ caseloads: ['w1'] }), new Map([['w1', 'accountant']]));
    expect(moved.core).toEqual(['inst']);
  });

  it('a teacher holds her groups, a worker her own caseload, the office none', () => {
    expect(grantedScopesOf({ id: 't', role: 'teacher', groupIds: ['g1'] })).toEqual(['group:g1']);
    expect(grantedScopesOf({ id: 'w', role: 'careWorker', groupIds: [] })).toEqual(['caseload:w']);
    expect(grantedScopesOf({ id: 's', role: 'socialWorker', groupIds: ['g1'] })).toEqual([
      'caseload:s',
    ]);
    expect(grantedScopesOf({ id: 'a', role: 'accountant', groupIds: [] })).toEqual([]);
  });
});
