// The list of records, page by page: a city office has tens of thousands of clients, so the
// list opens a first small page (what the first screen shows) and the rest in the background,
// and a screen can stop when it closes. Each page is read from the database on its own and
// decrypted in concurrent batches (WebCrypto works off the main thread), so no single step holds
// the main thread for long. Authorized once and audited once per listing, like one read.
import { ROLE_KEY_SCOPE, type PersonCategory } from '@shared/access/roles';
import type { Subject } from '@shared/domain/types';
import { openSubject } from '../../data/records/records-codec';
import {
  countSubjectRows,
  readSubjectRowPage,
  readSubjectRows,
  readSubjectRowsById,
} from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import { allowed, auditIds, rowAccess, subjectAccess, type RecordsDeps } from './records-context';
import { openSubjectRow } from './subjects-read';

/** Records decrypted at once (concurrent WebCrypto calls). */
const LIST_BATCH = 256;
/**
 * A list opens names only: one data key and one box per record. Personal codes (for search by
 * code) come separately, after the names.
 */
const LIST_CATEGORIES = ['core'] as const;

/** Rows per page: the first page is what the first screen needs, the rest are larger. */
export type PageSizes = { readonly first: number; readonly rest: number };
export const LIST_PAGES: PageSizes = { first: 200, rest: 1000 };

export type SubjectPage = {
  /** This page's records the session may see (no health notes, no codes). */
  readonly subjects: readonly Subject[];
  /** Rows of the session's scope handled so far, and in all ("Ielādē… 12 000 no 50 000"). */
  readonly read: number;
  readonly total: number;
  /** Rows so far the session may see but cannot open, their key missing (institution-wide roles). */
  readonly unreadable: number;
};

/** What a page callback answers: false stops the listing (the screen closed). */
type PageAnswer = boolean | undefined;

/** Lists never carry health notes, whoever asks: they belong on the record's own page. */
const forList = ({ healthNotes: _h, ...subject }: Subject): Subject => subject;

/** Runs `open` over the rows in concurrent batches, in order. */
const inBatches = async <T>(
  rows: readonly SubjectRow[],
  open: (row: SubjectRow) => Promise<T>,
): Promise<T[]> => {
  const out: T[] = [];
  for (let start = 0; start < rows.length; start += LIST_BATCH)
    out.push(...(await Promise.all(rows.slice(start, start + LIST_BATCH).map(open))));
  return out;
};

const openListPage = async (
  auth: Authorized<'subject.view'>,
  session: Session,
  rows: readonly SubjectRow[],
): Promise<{ subjects: Subject[]; missing: number }> => {
  const visible = rows.filter((r) => allowed(session, 'subject.view', rowAccess(r)));
  const opened = await inBatches(visible, (row) => openSubjectRow(auth, row, LIST_CATEGORIES));
  const subjects: Subject[] = [];
  let missing = 0;
  for (const subject of opened) {
    if (!subject) missing += 1;
    else if (allowed(session, 'subject.view', subjectAccess(session, subject)))
      subjects.push(forList(subject));
  }
  return { subjects, missing };
};

/**
 * The records the session may see, decrypted, handed to `onPage` page by page (names and dates
 * only; never codes or health). A teacher's read touches only her groups' rows; restricted
 * records only reach roles with 'subject.viewRestricted'. Resolves when every page was handed
 * over, or when `onPage` answered false. Throws AppError('forbidden') without 'subject.view'.
 */
export const listSubjectPages = async (
  { ctx }: RecordsDeps,
  session: Session,
  onPage: (page: SubjectPage) => PageAnswer,
  sizes: PageSizes = LIST_PAGES,
): Promise<void> => {
  const auth = authorize(session, 'subject.view');
  const scoped = allowed(session, 'subject.view', { subjectGroupId: '\u0000none' })
    ? undefined
    : session.groupIds;
  const countsMissing = ROLE_KEY_SCOPE[session.role] === 'institution';
  await auditIds(ctx, session, 'subject.list', 'subject', [null]);
  const total = await countSubjectRows(ctx.db, auth, scoped);
  // A group-scoped read is small (a teacher's groups): one read, then pages of it.
  const all = scoped === undefined ? undefined : await readSubjectRows(ctx.db, auth, scoped);
  let read = 0;
  let unreadable = 0;
  let afterId: string | undefined;
  for (let size = sizes.first; ; size = sizes.rest) {
    const rows = all
      ? all.slice(read, read + size)
      : await readSubjectRowPage(ctx.db, auth, afterId, size);
    if (rows.length === 0) return;
    afterId = rows[rows.length - 1]?.id;
    read += rows.length;
    const { subjects, missing } = await openListPage(auth, session, rows);
    if (countsMissing) unreadable += missing;
    if (onPage({ subjects, read, total: Math.max(total, read), unreadable }) === false) return;
    if (rows.length < size) return;
  }
};

/** Every record the session may see, decrypted (listSubjectPages, collected). Audited once. */
export const listSubjects = async (deps: RecordsDeps, session: Session): Promise<Subject[]> => {
  const out: Subject[] = [];
  await listSubjectPages(deps, session, (page) => {
    out.push(...page.subjects);
    return true;
  });
  return out;
};

/**
 * How many records the session may see but cannot open because their data key is missing from
 * the keybook (e.g. a power cut lost a keybook write). Only institution-wide roles can tell: a
 * group-scoped role lacks other groups' keys by design. 0 for them. Never shown as empty rows.
 */
export const unreadableRecords = async (
  { ctx }: RecordsDeps,
  session: Session,
): Promise<number> => {
  const auth = authorize(session, 'subject.view');
  if (ROLE_KEY_SCOPE[session.role] !== 'institution') return 0;
  const rows = (await readSubjectRows(ctx.db, auth)).filter((r) =>
    allowed(session, 'subject.view', rowAccess(r)),
  );
  const people = keyringFor(auth).people;
  const found = await inBatches(rows, async (r) =>
    (await people.keysOf(r.id, ['core'])).has('core'),
  );
  return found.filter((ok) => !ok).length;
};

/**
 * The personal codes of these records (for search by code), by id, handed to `onPage` a page of
 * ids at a time with how many ids were handled; records without a code, or outside the
 * session's scope, are left out. Needs 'subject.viewIdentifiers'. Audited once.
 */
export const listPersonalCodePages = async (
  { ctx }: RecordsDeps,
  session: Session,
  ids: readonly string[],
  onPage: (codes: ReadonlyMap<string, string>, read: number) => PageAnswer,
  pageSize = LIST_PAGES.rest,
): Promise<void> => {
  const auth = authorize(session, 'subject.viewIdentifiers');
  // A role limited to assigned clients needs the opened record to know the assignment.
  const byAssignment = !allowed(session, 'subject.viewIdentifiers', { assignedToUser: false });
  const only: readonly PersonCategory[] = byAssignment ? ['core', 'identifiers'] : ['identifiers'];
  await auditIds(ctx, session, 'subject.listCodes', 'subject', [null]);
  for (let start = 0; start < ids.length; start += pageSize) {
    const rows = (
      await readSubjectRowsById(ctx.db, auth, ids.slice(start, start + pageSize))
    ).filter((r) => allowed(session, 'subject.viewIdentifiers', rowAccess(r)));
    const opened = await inBatches(rows, async (row) => {
      const keys = await keyringFor(auth).people.keysOf(row.id, only);
      return keys.has('identifiers') ? openSubject(keys, row, only) : undefined;
    });
    const codes = new Map<string, string>();
    for (const subject of opened) {
      if (!subject?.personalCode) continue;
      if (
        byAssignment &&
        !allowed(session, 'subject.viewIdentifiers', subjectAccess(session, subject))
      )
        continue;
      codes.set(subject.id, subject.personalCode);
    }
    if (onPage(codes, Math.min(ids.length, start + pageSize)) === false) return;
  }
};

/** listPersonalCodePages, collected into one map. */
export const listPersonalCodes = async (
  deps: RecordsDeps,
  session: Session,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  const out = new Map<string, string>();
  await listPersonalCodePages(deps, session, ids, (codes) => {
    codes.forEach((code, id) => out.set(id, code));
    return true;
  });
  return out;
};
