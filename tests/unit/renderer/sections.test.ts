// Which sections a role sees in each kind of institution (issue 11): a social office has no
// groups; the administrator of accounts sees staff accounts and nothing about a client.
import { describe, expect, it } from 'vitest';
import { sectionsFor } from '@renderer/app/sections';

const ids = (...args: Parameters<typeof sectionsFor>) => sectionsFor(...args).map((s) => s.id);

describe('sectionsFor', () => {
  it('a social office has no groups section; a kindergarten keeps it', () => {
    expect(ids('head', 'socialOffice')).not.toContain('groups');
    expect(ids('head', 'kindergarten')).toContain('groups');
  });

  it('the administrator of accounts sees staff, never clients or consents', () => {
    expect(ids('accountsAdmin', 'socialOffice')).toEqual(['home', 'staff', 'settings']);
  });

  it('a care worker sees her clients only, no forms or requests', () => {
    expect(ids('careWorker', 'socialOffice')).toEqual(['home', 'subjects', 'settings']);
  });

  it('names the records section by the institution: Klienti in a social office, Bērni otherwise', () => {
    const label = (kind: Parameters<typeof sectionsFor>[1]) =>
      sectionsFor('head', kind).find((s) => s.id === 'subjects')?.labelKey;
    expect(label('socialOffice')).toBe('nav.clients');
    expect(label('kindergarten')).toBe('nav.subjects');
  });
});
