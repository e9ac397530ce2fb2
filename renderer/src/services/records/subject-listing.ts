// The records list a screen shows: the records decrypted so far, a search index over them, and
// how far loading has come. The first page arrives before the screen shows the list; the rest
// loads in the background, page by page, each page merged into the index (a short task each, so
// the list keeps answering keys and scrolls). Personal codes follow the names. Until everything
// is in, an answer is partial and says so: "nothing found" is only ever said of the whole list.
import type { SubjectStatus } from '@shared/domain/types';
import type { IsoDate } from '@shared/text/dates';
import { nameKey } from '@shared/text/namesakes';
import { createSubjectIndex, type SubjectHits } from './search';
import type { SubjectPage } from './subjects-list';

/** A row of the list: what it shows and filters on. */
export type SubjectListItem = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly groupId: string | null;
  readonly status: SubjectStatus;
  readonly restricted: boolean;
  /** Set only when another record has the same name: shown beside it (issue 14, defect 11). */
  readonly namesakeBirthDate?: IsoDate | undefined;
};

export type SubjectListFilter = {
  /** 'all', a group id, or 'none' for records without a group. */
  readonly group: string;
  /** 'active' (everyday work), 'archive' (left or archived: the "Arhīvs" filter), 'all', or one status. */
  readonly status: SubjectStatus | 'archive' | 'all';
};

export type ListingProgress = {
  /** Records handled so far and in all (the session's scope). */
  readonly read: number;
  readonly total: number;
  /** Every name is in the list. */
  readonly namesDone: boolean;
  /** Records whose personal code has been looked up (codes follow the names). */
  readonly codesRead: number;
  /** Every personal code the role may search is in too (true at once for a role without codes). */
  readonly codesDone: boolean;
};

export type SubjectListing = {
  readonly items: ReadonlyMap<string, SubjectListItem>;
  /** Ids in Latvian order that match the query (names; codes only where the role may). */
  readonly search: (query: string, filter: SubjectListFilter) => SubjectHits;
  /** False while records that could still match this query are loading. */
  readonly complete: (query: string) => boolean;
  readonly progress: () => ListingProgress;
  /** Calls `listener` after each page and when loading ends; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Settles when everything is in; rejects with the error that stopped loading. */
  readonly loaded: Promise<void>;
  /** How many records could not be opened because their keys are missing (0 normally). */
  readonly unreadable: Promise<number>;
  /** Stops loading in the background (the screen closed). */
  readonly close: () => void;
};

/** Where a listing gets its pages: the records service, bound to a session. */
export type ListingSource = {
  readonly pages: (onPage: (page: SubjectPage) => boolean) => Promise<void>;
  /** Absent for a role that may not see personal codes. */
  readonly codePages?: (
    ids: readonly string[],
    onPage: (codes: ReadonlyMap<string, string>, read: number) => boolean,
  ) => Promise<void>;
};

export type ListingRights = { readonly viewCodes: boolean; readonly viewRestricted: boolean };

const groupFilter = (group: string): readonly (string | null)[] | undefined =>
  group === 'all' ? undefined : group === 'none' ? [null] : [group];

/** The "Arhīvs" filter shows everyone no longer attending: left and archived records. */
const statusesOf = (status: Exclude<SubjectListFilter['status'], 'all'>): SubjectStatus[] =>
  status === 'archive' ? ['left', 'archived'] : [status];

type Listed = SubjectPage['subjects'][number];

const listItem = (s: Listed): SubjectListItem => ({
  id: s.id,
  givenNames: s.givenNames,
  familyName: s.familyName,
  groupId: s.groupId ?? null,
  status: s.status,
  restricted: s.restriction != null,
});

/**
 * Two records of the same name show their birth dates beside it (issue 14, defect 11), also when
 * the second arrives pages after the first: the first of each name is remembered (id and birth
 * date), and a later namesake marks both.
 */
const namesakeMarker = (items: Map<string, SubjectListItem>) => {
  const first = new Map<string, { readonly id: string; readonly birthDate?: IsoDate }>();
  const mark = (id: string, birthDate: IsoDate | undefined): void => {
    const item = items.get(id);
    if (item && birthDate !== undefined && item.namesakeBirthDate === undefined)
      items.set(id, { ...item, namesakeBirthDate: birthDate });
  };
  return (subjects: readonly Listed[]): void => {
    for (const s of subjects) {
      const key = nameKey(s);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, {
          id: s.id,
          ...(s.birthDate === undefined ? {} : { birthDate: s.birthDate }),
        });
      } else {
        mark(earlier.id, earlier.birthDate);
        mark(s.id, s.birthDate);
      }
    }
  };
};

/**
 * Starts loading and resolves with the listing once the first page is in (or the scope turned
 * out empty); the rest keeps loading. Rejects when the first page cannot be read.
 */
export const openSubjectListing = (
  source: ListingSource,
  rights: ListingRights,
): Promise<SubjectListing> => {
  const items = new Map<string, SubjectListItem>();
  const markNamesakes = namesakeMarker(items);
  const index = createSubjectIndex();
  const listeners = new Set<() => void>();
  let state: ListingProgress = {
    read: 0,
    total: 0,
    namesDone: false,
    codesRead: 0,
    codesDone: !rights.viewCodes,
  };
  let open = true;
  let unreadable = 0;
  let firstPage: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => {
    firstPage = resolve;
  });
  const update = (next: Partial<ListingProgress>): void => {
    state = { ...state, ...next };
    listeners.forEach((l) => {
      l();
    });
  };
  const names = source.pages((page) => {
    const added = page.subjects.map(listItem);
    added.forEach((item) => items.set(item.id, item));
    markNamesakes(page.subjects);
    index.addAll(added);
    unreadable = page.unreadable;
    update({ read: page.read, total: page.total });
    firstPage?.();
    return open;
  });
  const namesLoaded = names.then(() => {
    // Rows removed meanwhile were counted in the total but never read: done is done.
    if (open) update({ namesDone: true, total: state.read });
  });
  const codes = source.codePages;
  const loaded = namesLoaded.then(async () => {
    if (codes === undefined || !open) return;
    await codes([...items.keys()], (found, read) => {
      index.setCodes(found);
      update({ codesRead: read });
      return open;
    });
    update({ codesDone: true });
  });
  const unreadableCount = namesLoaded.then(() => unreadable);
  // The screen handles these once it has the listing; when the first page fails it never does.
  loaded.catch(() => undefined);
  unreadableCount.catch(() => undefined);
  const listing: SubjectListing = {
    items,
    search: (query, filter) => {
      const groupIds = groupFilter(filter.group);
      return index.find(query, {
        includeCodes: rights.viewCodes,
        includeRestricted: rights.viewRestricted,
        ...(groupIds === undefined ? {} : { groupIds }),
        ...(filter.status === 'all' ? {} : { statuses: statusesOf(filter.status) }),
      });
    },
    complete: (query) => state.namesDone && (state.codesDone || !/\d/u.test(query)),
    progress: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loaded,
    unreadable: unreadableCount,
    close: () => {
      open = false;
      listeners.clear();
    },
  };
  // Resolves with the first page, or when the scope had no page at all; rejects if it failed.
  return Promise.race([opened, names]).then(() => listing);
};
