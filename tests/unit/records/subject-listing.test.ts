// The progressive list (issue 11, scale): the screen gets the listing after the first page, the
// rest arrives page by page, every answer before the end is marked partial (never "nothing
// matches" too early), codes become searchable after the names, filters map to the index, and
// closing the screen stops the loading.
import { describe, expect, it } from 'vitest';
import type { Subject } from '@shared/domain/types';
import { openSubjectListing, type ListingSource } from '@renderer/services/records/subject-listing';
import type { SubjectPage } from '@renderer/services/records/subjects-list';

const subject = (id: string, familyName: string, over: Partial<Subject> = {}): Subject => ({
  id,
  kind: 'child',
  givenNames: 'Anna',
  familyName,
  groupId: 'g1',
  status: 'active',
  restriction: null,
  legalHold: null,
  ...over,
});

/** A source whose pages the test releases one by one. */
const steppedSource = (pages: Subject[][], codes?: Map<string, string>) => {
  const total = pages.flat().length;
  let release: (() => void) | undefined;
  let answers: boolean[] = [];
  const next = () =>
    new Promise<void>((resolve) => {
      release = resolve;
    });
  const source: ListingSource = {
    pages: async (onPage) => {
      let read = 0;
      for (const subjects of pages) {
        if (read > 0) await next();
        read += subjects.length;
        const page: SubjectPage = { subjects, read, total, unreadable: 0 };
        const answer = onPage(page);
        answers.push(answer);
        if (!answer) return;
      }
    },
    ...(codes
      ? {
          codePages: async (ids, onPage) => {
            await next();
            onPage(new Map([...codes].filter(([id]) => ids.includes(id))), ids.length);
          },
        }
      : {}),
  };
  return {
    source,
    step: async () => {
      const go = release;
      release = undefined;
      go?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    answers: () => answers,
    reset: () => {
      answers = [];
    },
  };
};

const RIGHTS = { viewCodes: true, viewRestricted: false };
const ALL = { group: 'all', status: 'all' } as const;

describe('openSubjectListing', () => {
  it('opens with the first page, says it is partial until the last page, then is complete', async () => {
    const { source, step } = steppedSource([
      [subject('a', 'Ozola'), subject('b', 'Ābele')],
      [subject('c', 'Bērziņa'), subject('d', 'Ozoliņa')],
    ]);
    const listing = await openSubjectListing(source, { ...RIGHTS, viewCodes: false });
    let changes = 0;
    listing.subscribe(() => (changes += 1));
    expect(listing.search('', ALL).toArray()).toEqual(['b', 'a']);
    expect(listing.progress()).toMatchObject({ read: 2, total: 4, namesDone: false });
    expect(listing.complete('')).toBe(false);
    // Nobody named Bērziņa is loaded yet: an empty answer, but not a final one.
    expect(listing.search('berz', ALL).length).toBe(0);
    expect(listing.complete('berz')).toBe(false);
    await step();
    await listing.loaded;
    expect(listing.search('', ALL).toArray()).toEqual(['b', 'c', 'a', 'd']);
    expect(listing.search('berz', ALL).toArray()).toEqual(['c']);
    expect(listing.progress()).toMatchObject({ read: 4, total: 4, namesDone: true });
    expect(listing.complete('berz')).toBe(true);
    expect(changes).toBeGreaterThanOrEqual(2);
    expect(await listing.unreadable).toBe(0);
  });

  it('keeps a query with digits partial until the codes are in, then finds by code', async () => {
    const { source, step } = steppedSource(
      [[subject('a', 'Ozola'), subject('b', 'Liepa')]],
      new Map([['b', '32123456789']]),
    );
    const listing = await openSubjectListing(source, RIGHTS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listing.progress().namesDone).toBe(true);
    expect(listing.complete('liepa')).toBe(true);
    expect(listing.complete('3212')).toBe(false);
    expect(listing.search('3212', ALL).length).toBe(0);
    await step();
    await listing.loaded;
    expect(listing.complete('3212')).toBe(true);
    expect(listing.search('3212', ALL).toArray()).toEqual(['b']);
  });

  it('maps the screen filters: Arhīvs is left and archived, a group, no group, restricted hidden', async () => {
    const { source } = steppedSource([
      [
        subject('a', 'Ozola', { status: 'left' }),
        subject('b', 'Liepa', { status: 'archived', groupId: null }),
        subject('c', 'Kalna'),
        subject('d', 'Bite', {
          groupId: 'g2',
          restriction: { reason: 'Pieprasījums', since: '2025-02-01' },
        }),
        subject('e', 'Egle', { groupId: 'g2' }),
      ],
    ]);
    const listing = await openSubjectListing(source, RIGHTS);
    expect(listing.search('', { group: 'all', status: 'archive' }).toArray()).toEqual(['b', 'a']);
    expect(listing.search('', { group: 'all', status: 'active' }).toArray()).toEqual(['e', 'c']);
    expect(listing.search('', { group: 'none', status: 'all' }).toArray()).toEqual(['b']);
    expect(listing.search('', { group: 'g2', status: 'all' }).toArray()).toEqual(['e']);
    const head = await openSubjectListing(
      steppedSource([
        [
          subject('d', 'Bite', {
            restriction: { reason: 'Pieprasījums', since: '2025-02-01' },
          }),
        ],
      ]).source,
      { ...RIGHTS, viewRestricted: true },
    );
    const hits = head.search('', ALL);
    expect(hits.toArray()).toEqual(['d']);
    expect(hits.hasRestricted()).toBe(true);
  });

  it('puts the birth date beside namesakes, also when the second arrives pages later', async () => {
    const { source, step } = steppedSource([
      [subject('a', 'Ozola', { birthDate: '2021-03-04' }), subject('b', 'Liepa')],
      [subject('c', 'Kalna'), subject('d', 'OZOLA', { birthDate: '2020-01-02' })],
    ]);
    const listing = await openSubjectListing(source, RIGHTS);
    expect(listing.items.get('a')?.namesakeBirthDate).toBeUndefined();
    await step();
    await listing.loaded;
    expect(listing.items.get('a')?.namesakeBirthDate).toBe('2021-03-04');
    expect(listing.items.get('d')?.namesakeBirthDate).toBe('2020-01-02');
    expect(listing.items.get('b')?.namesakeBirthDate).toBeUndefined();
  });

  it('stops loading when the screen closes', async () => {
    const stepped = steppedSource([
      [subject('a', 'Ozola')],
      [subject('b', 'Liepa')],
      [subject('c', 'Kalna')],
    ]);
    const listing = await openSubjectListing(stepped.source, RIGHTS);
    listing.close();
    await stepped.step();
    expect(stepped.answers()).toEqual([true, false]);
    expect(listing.items.size).toBe(2);
  });

  it('rejects when the first page cannot be read', async () => {
    const failing: ListingSource = { pages: () => Promise.reject(new Error('storage')) };
    await expect(openSubjectListing(failing, RIGHTS)).rejects.toThrow('storage');
  });
});
