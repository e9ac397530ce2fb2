// The audit log as a head reads it (PRODUCT item 8): newest first, runs of the same thing grouped
// into one line, routine reads optionally hidden, a page at a time, every line naming its person
// in words; and one child's own trail ("who saw and changed this child's data").
import {
  groupAuditEntries,
  isRoutineAuditAction,
  type AuditFacts,
  type AuditGroup,
} from '@shared/audit';
import { todayIso, type IsoDate } from '@shared/text';
import { rowIdsOfSubject } from '../../data/audit/entity-rows';
import type { AuditRow } from '../../data/db/rows';
import type { Session } from '../../data/session/session';
import { auditEntry } from '../audit-write';
import { authorize, type Authorized } from '../authorize';
import { recordNames } from '../records/record-names';
import type { VaultContext } from '../vault-context';
import { auditNaming, type AuditLanguage, type AuditNamed } from './audit-naming';

export type AuditQuery = {
  readonly actorId?: string;
  readonly action?: string;
  /** Calendar dates in the institution's time zone, inclusive. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Leave out the routine reads (opening the list, a card, a consent page, the log itself). */
  readonly hideRoutine?: boolean;
  /** Lines (after grouping) to skip and to return. */
  readonly offset?: number;
  readonly limit?: number;
  /** For the names of purposes, which have one per language. */
  readonly language: AuditLanguage;
};

export type AuditListItem = AuditGroup & {
  /** The staff member's name; null when the id is unknown (or 'system'). */
  readonly actorName: string | null;
  /** Whom or what the line concerns, newest first. */
  readonly named: readonly AuditNamed[];
  /** In a child's trail: a line about the child's group (its sheet or overview), not the child. */
  readonly viaGroup: boolean;
};

export type AuditPage = {
  readonly items: readonly AuditListItem[];
  /** Lines in all pages (after grouping). */
  readonly total: number;
  /** Log entries behind those lines. */
  readonly entries: number;
  readonly offset: number;
  readonly limit: number;
};

export type SubjectTrail = AuditPage & {
  readonly subjectName: string | null;
  /** ISO; shown beside the name with the group, so a namesake is not mistaken (defect 11). */
  readonly subjectBirthDate: IsoDate | null;
  readonly groupName: string | null;
};

export const AUDIT_PAGE_SIZE = 50;

/** The calendar day of a timestamp on this PC's clock (the institution's time zone). */
const dayOf = (at: string): IsoDate => todayIso(new Date(at));

const matches =
  (query: AuditQuery) =>
  (row: AuditFacts): boolean =>
    (query.actorId === undefined || row.actor === query.actorId) &&
    (query.action === undefined || row.action === query.action) &&
    (query.from === undefined || dayOf(row.at) >= query.from) &&
    (query.to === undefined || dayOf(row.at) <= query.to) &&
    (query.hideRoutine !== true || !isRoutineAuditAction(row.action));

const newestFirst = async (ctx: VaultContext): Promise<AuditRow[]> =>
  (await ctx.db.audit.orderBy('seq').toArray()).reverse();

const pageOf = async (
  ctx: VaultContext,
  auth: Authorized<'audit.view'>,
  rows: readonly AuditFacts[],
  query: AuditQuery,
  viaGroup: (group: AuditGroup) => boolean = () => false,
): Promise<AuditPage> => {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.min(Math.max(1, query.limit ?? AUDIT_PAGE_SIZE), 500);
  const groups = groupAuditEntries(rows, dayOf);
  const shown = groups.slice(offset, offset + limit);
  const naming = await auditNaming(ctx, auth, shown, query.language);
  return {
    items: shown.map((g) => ({
      ...g,
      actorName: naming.actor(g.actor),
      named: naming.named(g),
      viaGroup: viaGroup(g),
    })),
    total: groups.length,
    entries: rows.length,
    offset,
    limit,
  };
};

/**
 * One page of the whole log for 'audit.view' (the head). Opening the first page is itself
 * logged ('audit.view', a routine read), so the log shows who read it.
 */
export const listAuditPage = async (
  ctx: VaultContext,
  session: Session,
  query: AuditQuery,
): Promise<AuditPage> => {
  const auth = authorize(session, 'audit.view');
  if ((query.offset ?? 0) === 0) await auditEntry(ctx, session, 'audit.view', 'audit', null);
  return pageOf(ctx, auth, (await newestFirst(ctx)).filter(matches(query)), query);
};

/** Group-level reads that show each child's consent state: the group overview and sheet. */
const GROUP_READS = new Set(['consent.groupView', 'form.groupSheet']);

/**
 * Who saw and changed one child's data: entries about the child, their forms, scans and legal
 * representatives, and the overviews and sheets of the child's current group (marked viaGroup).
 * Opening the list of every child is not counted here: it is in the whole log. Logged as
 * 'audit.subjectTrail' with the child's id.
 */
export const subjectTrail = async (
  ctx: VaultContext,
  session: Session,
  subjectId: string,
  query: AuditQuery,
): Promise<SubjectTrail> => {
  const auth = authorize(session, 'audit.view');
  if ((query.offset ?? 0) === 0)
    await auditEntry(ctx, session, 'audit.subjectTrail', 'subject', subjectId);
  const ids = await rowIdsOfSubject(ctx.db, auth, subjectId);
  const own = new Map<string, ReadonlySet<string>>([
    ['subject', new Set([subjectId])],
    ['consentForm', new Set(ids.formIds)],
    ['consentEvidence', new Set(ids.evidenceIds)],
    ['representative', new Set(ids.representativeIds)],
  ]);
  const concerns = (row: AuditFacts): boolean =>
    row.action !== 'audit.subjectTrail' &&
    row.entityId !== null &&
    ((own.get(row.entity)?.has(row.entityId) ?? false) ||
      (row.entity === 'group' && row.entityId === ids.groupId && GROUP_READS.has(row.action)));
  const rows = (await newestFirst(ctx)).filter((r) => concerns(r) && matches(query)(r));
  const [page, names] = await Promise.all([
    pageOf(ctx, auth, rows, query, (g) => g.entity === 'group'),
    recordNames(ctx, auth, {
      subjects: [subjectId],
      representatives: [],
      groups: ids.groupId === null ? [] : [ids.groupId],
    }),
  ]);
  return {
    ...page,
    subjectName: names.subjects.get(subjectId) ?? null,
    subjectBirthDate: names.subjectBirthDates.get(subjectId) ?? null,
    groupName: ids.groupId === null ? null : (names.groups.get(ids.groupId) ?? null),
  };
};
