// What a search asks (query words, code digits, filters) and how one record is checked against it.

export type SubjectIndexItem = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  /** Normalized digits; present only when the session holds the identifiers key. */
  readonly personalCode?: string;
  readonly groupId: string | null;
  readonly status: string;
  readonly restricted: boolean;
};

export type SubjectSearchOptions = {
  /** Match digits against personal codes. Without it a query with digits matches nothing. */
  readonly includeCodes: boolean;
  readonly groupIds?: readonly (string | null)[];
  readonly statuses?: readonly string[];
  /** Restricted records (GDPR art. 18) are hidden unless asked for. */
  readonly includeRestricted?: boolean;
  /** Stop after this many results (for a type-ahead list). */
  readonly limit?: number;
};

export type Query = { readonly words: readonly string[]; readonly digits: readonly string[] };

/** Splits a folded query into name words and code digits ('010119-21234' and '010119 21234' are one code). */
export const parseQuery = (folded: string): Query => {
  const tokens = folded.split(' ').filter((t) => t !== '');
  const isCode = (t: string): boolean => /\d/u.test(t);
  const digits = tokens
    .filter(isCode)
    .map((t) => t.replace(/\D/gu, ''))
    .filter((t) => t !== '');
  const words = tokens
    .filter((t) => !isCode(t))
    .map((t) => t.replace(/[,.;]/gu, ''))
    .filter((t) => t !== '');
  return { words, digits: digits.length > 1 ? [digits.join('')] : digits };
};

/** True when every record matching `next` also matches `prev`: each old term lives inside a new one. */
export const narrows = (prev: Query, next: Query): boolean =>
  prev.words.every((w) => next.words.some((n) => n.includes(w))) &&
  prev.digits.every((d) => next.digits.some((n) => n.includes(d)));

/** Two searches with the same key filter alike (the limit is applied afterwards). */
export const optionsKey = (o: SubjectSearchOptions): string =>
  JSON.stringify([
    o.includeCodes,
    o.groupIds ?? null,
    o.statuses ?? null,
    o.includeRestricted === true,
  ]);
