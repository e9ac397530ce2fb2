// Filtering and grouping the request list (pure, so the page stays small): by status, type and
// a search over the name, the description and the number; grouped by urgency.
import type { RequestType } from '@shared/requests';
import { matchesSearch } from '@shared/text/search';
import type { RequestListItem } from './requests-api';

export type StatusFilter = 'open' | 'closed' | 'all';
export type RequestFilter = {
  readonly status: StatusFilter;
  readonly type: RequestType | 'all';
  readonly query: string;
};

export const GROUP_IDS = ['overdue', 'soon', 'later', 'closed'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** Anything still due (the answer, or notices to recipients) counts as open. */
const isOpen = (r: RequestListItem): boolean => r.due !== null;

export const matchesFilter = (r: RequestListItem, filter: RequestFilter): boolean => {
  if (filter.status === 'open' && !isOpen(r)) return false;
  if (filter.status === 'closed' && isOpen(r)) return false;
  if (filter.type !== 'all' && r.type !== filter.type) return false;
  const query = filter.query.trim();
  return query === '' || r.number.includes(query) || matchesSearch(r.about, query);
};

const groupOf = (r: RequestListItem): GroupId => r.urgency?.kind ?? 'closed';

/** The filtered requests by urgency group: the most pressing first within each group. */
export const groupRequests = (
  items: readonly RequestListItem[],
  filter: RequestFilter,
): ReadonlyMap<GroupId, RequestListItem[]> => {
  const groups = new Map<GroupId, RequestListItem[]>(GROUP_IDS.map((g) => [g, []]));
  for (const r of items) if (matchesFilter(r, filter)) groups.get(groupOf(r))?.push(r);
  for (const [id, list] of groups) {
    if (id === 'closed') list.sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : -1));
    else list.sort((a, b) => ((a.due?.on ?? '') < (b.due?.on ?? '') ? -1 : 1));
  }
  return groups;
};
