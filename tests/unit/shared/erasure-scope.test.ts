import { describe, expect, it } from 'vitest';
import { proposalScopeForDue } from '@shared/retention/erasure';

describe('proposalScopeForDue (the scope pre-filled from the due list)', () => {
  it('proposes the whole person once the record itself is due', () => {
    expect(proposalScopeForDue(['record', 'healthNotes', 'contacts'])).toEqual({ kind: 'whole' });
    expect(proposalScopeForDue(['record'])).toEqual({ kind: 'whole' });
  });

  it('proposes only the health notes and scans that are due, in the fixed order', () => {
    expect(proposalScopeForDue(['healthNotes'])).toEqual({
      kind: 'partial',
      categories: ['health'],
    });
    expect(proposalScopeForDue(['evidence', 'contacts', 'healthNotes'])).toEqual({
      kind: 'partial',
      categories: ['health', 'evidence'],
    });
  });

  it('proposes nothing for categories that cannot be erased on their own', () => {
    expect(proposalScopeForDue(['contacts', 'personalCode', 'consents', 'requests'])).toBeNull();
    expect(proposalScopeForDue([])).toBeNull();
  });
});
