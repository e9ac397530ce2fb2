// Planned leavings (issue 9): a leaving date still to come is stored with its reason while the
// child attends; on the date itself (the institution's date) the child turns 'left' at the next
// unlock of the head or the secretary, who hold the keys to move the person's keys out of the
// group scope. A teacher's unlock does nothing of it. The settings list of planned ids
// (planned-leavings-repo.ts) says which few records to open.
import { can } from '@shared/access/permissions';
import { isLeavingDue, isPlannedLeaving } from '@shared/domain/leaving';
import type { LeavingReason, SubjectKind } from '@shared/domain/types';
import { makeSubjectSchema } from '@shared/domain/schemas';
import type { IsoDate } from '@shared/text/dates';
import { appendAudit } from '../../data/audit/audit-log';
import {
  readPlannedLeavings,
  writePlannedLeavings,
} from '../../data/records/planned-leavings-repo';
import { readSubjectRows, readSubjectRowsById } from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import { keyringOf, type Session } from '../../data/session/session';
import { authorize, type Authorized } from '../authorize';
import { auditIds, rowAccess, schemaContext, type RecordsDeps } from './records-context';
import { openSubjectRow } from './subjects-read';
import { storeSubject } from './subjects-write';

/** The rows to look at: those listed, or (a list never made) every attending record once. */
const candidateRows = async (
  deps: RecordsDeps,
  auth: Authorized<'subject.leave'>,
  listed: ReadonlySet<string> | undefined,
): Promise<SubjectRow[]> =>
  listed === undefined
    ? (await readSubjectRows(deps.ctx.db, auth)).filter((r) => r.status === 'active')
    : (await readSubjectRowsById(deps.ctx.db, auth, [...listed])).filter(
        (r) => r.status === 'active',
      );

/** Turns one record whose date has come 'left'; false when it cannot (kept for the next try). */
const turnLeft = async (
  deps: RecordsDeps,
  session: Session,
  row: SubjectRow,
  today: IsoDate,
): Promise<boolean> => {
  const auth = authorize(session, 'subject.leave', rowAccess(row));
  const subject = await openSubjectRow(auth, row);
  if (subject === undefined) return false;
  const context = { ...(await schemaContext(deps.ctx)), today };
  const parsed = makeSubjectSchema(context).safeParse({ ...subject, status: 'left' });
  if (!parsed.success) return false;
  await storeSubject(deps, auth, parsed.data, row);
  return true;
};

/**
 * At the unlock of someone who may record leavings (head, secretary; not while the password must
 * still be changed): every planned leaving whose date has come (the date itself included, in the
 * institution's time zone) turns 'left' with that date and reason, its keys leave the group scope
 * and it drops out of everyday lists, group sheets and form batches like any leaver. Audited
 * 'subject.leave' by 'system' (nobody did it by hand), ids only. A record that cannot be turned
 * now stays listed for the next unlock. Returns the ids turned; nothing for other sessions.
 */
export const applyDueLeavings = async (deps: RecordsDeps, session: Session): Promise<string[]> => {
  if (session.mustChangePassword || session.viaRecovery) return [];
  if (!can(session.role, 'subject.leave', {})) return [];
  const auth = authorize(session, 'subject.leave');
  const { today } = await schemaContext(deps.ctx);
  const listed = await readPlannedLeavings(deps.ctx.db, auth);
  const still: string[] = [];
  const turned: string[] = [];
  for (const row of await candidateRows(deps, auth, listed)) {
    const core = await openSubjectRow(auth, row, ['core']);
    // A listed record that cannot be opened now stays listed; a scan cannot tell, so skips it.
    if (core === undefined) {
      if (listed !== undefined) still.push(row.id);
      continue;
    }
    if (isPlannedLeaving(core, today)) {
      still.push(row.id);
      continue;
    }
    if (!isLeavingDue(core, today)) continue;
    if (await turnLeft(deps, session, row, today).catch(() => false)) turned.push(row.id);
    else still.push(row.id);
  }
  // Nothing to write on an ordinary unlock (the list as it was): no write per sign-in.
  const unchanged = listed !== undefined && still.length === listed.size;
  if (!unchanged) await writePlannedLeavings(deps.ctx.db, auth, still);
  if (turned.length > 0)
    await appendAudit(
      deps.ctx.db,
      keyringOf(session).audit,
      turned.map((id) => ({
        actor: 'system',
        action: 'subject.leave',
        entity: 'subject',
        entityId: id,
      })),
      deps.ctx.now(),
    );
  return turned;
};

/** One planned leaving: who, when and why (the name for the "Plānotās atskaitīšanas" list). */
export type PlannedLeaving = {
  readonly id: string;
  readonly kind: SubjectKind;
  readonly givenNames: string;
  readonly familyName: string;
  readonly groupId: string | null;
  readonly leftOn: IsoDate;
  readonly reason?: LeavingReason | undefined;
};

/**
 * The planned leavings (date still to come), earliest first. Needs 'subject.leave' (head,
 * secretary). Reads only the listed records; audited as one 'subject.list' read when any is
 * shown. A record whose date has come but that no unlock has turned yet is not listed (it is
 * turned at the next unlock of the head or the secretary).
 */
export const listPlannedLeavings = async (
  deps: RecordsDeps,
  session: Session,
): Promise<PlannedLeaving[]> => {
  const auth = authorize(session, 'subject.leave');
  const { today } = await schemaContext(deps.ctx);
  const listed = await readPlannedLeavings(deps.ctx.db, auth);
  const out: PlannedLeaving[] = [];
  for (const row of await candidateRows(deps, auth, listed ?? new Set())) {
    const s = await openSubjectRow(auth, row, ['core']);
    if (s === undefined || !isPlannedLeaving(s, today) || s.leftOn === undefined) continue;
    out.push({
      id: s.id,
      kind: s.kind,
      givenNames: s.givenNames,
      familyName: s.familyName,
      groupId: s.groupId ?? null,
      leftOn: s.leftOn,
      reason: s.leftReason,
    });
  }
  if (out.length > 0) await auditIds(deps.ctx, session, 'subject.list', 'subject', [null]);
  return out.sort((a, b) => a.leftOn.localeCompare(b.leftOn) || a.id.localeCompare(b.id));
};
