// Looking consents up: a child's page, a group's matrix, a photo check, the subjects list
// column. State is always derived from the ledger on the date asked about.
import {
  consentAnswer,
  consentState,
  consentTimeline,
  photoCheck as checkPhoto,
  useStoppedOn as stoppedOn,
  type ConsentAnswer,
  type ConsentState,
  type ConsentTimelineEntry,
  type Purpose,
} from '@shared/consent';
import { can } from '@shared/access/permissions';
import { namesakeIds } from '@shared/text/namesakes';
import { compareByName, type CollationLocale } from '@shared/text/search';
import type { IsoDate } from '@shared/text';
import { eventsOfSubjects, formsOfSubject, type LedgerEvent } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { allPurposes } from './catalog';
import { auditMany, auditOne } from './consent-audit';
import {
  fullName,
  namedSubject,
  type ConsentDeps,
  type ConsentSubject,
  type NamedSubject,
} from './consent-deps';
import { buildHistory, type HistoryEntry } from './history';
import { signersOf } from './signers';

export type { HistoryEntry } from './history';

export type PurposeStatus = {
  readonly purpose: Purpose;
  readonly state: ConsentState;
  /** Set when the answer for the date asked was corrected later (it shows what was recorded then). */
  readonly laterCorrection: ConsentAnswer['laterCorrection'];
  /** Set after a withdrawal or refusal of a consent once given: use before it stays lawful. */
  readonly useStoppedOn: IsoDate | null;
  readonly timeline: readonly ConsentTimelineEntry[];
};

export type SubjectConsents = {
  readonly subject: NamedSubject & { readonly groupId: string | null };
  readonly onDate: IsoDate;
  readonly purposes: readonly PurposeStatus[];
  /** Newest first. */
  readonly history: readonly HistoryEntry[];
  readonly forms: readonly {
    readonly formId: string;
    readonly templateId: string;
    readonly templateVersion: number;
    readonly issuedAt: string;
  }[];
  /**
   * Who may sign or withdraw for the subject: the representatives, or for a social office's
   * client with none recorded, the client (issue 11 item 5; signers.ts).
   */
  readonly representatives: readonly { readonly id: string; readonly name: string }[];
};

const viewSubject = async (deps: ConsentDeps, session: Session, subjectId: string) => {
  const subject = await deps.records.subject(session, subjectId);
  const auth = authorize(session, 'consent.view', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  return { subject, auth };
};

const statusOf = (
  events: readonly LedgerEvent[],
  purpose: Purpose,
  onDate: IsoDate,
): PurposeStatus => ({
  purpose,
  ...consentAnswer(events, purpose.id, onDate),
  useStoppedOn: stoppedOn(events, purpose.id, onDate),
  timeline: consentTimeline(events, purpose.id),
});

export const subjectConsents = async (
  deps: ConsentDeps,
  session: Session,
  subjectId: string,
  onDate: IsoDate,
): Promise<SubjectConsents> => {
  const { subject, auth } = await viewSubject(deps, session, subjectId);
  const events = (await eventsOfSubjects(deps.ctx.db, auth, [subject.id])).get(subject.id) ?? [];
  const purposes = await allPurposes(deps, auth);
  const signers = await signersOf(deps, session, subject);
  // A client may have signed for themselves before a representative was recorded.
  const names = new Map([
    [subject.id, fullName(subject)],
    ...signers.map((s): [string, string] => [s.id, s.name]),
  ]);
  const history = await buildHistory(deps.ctx, session, subject, events, names);
  const forms = (await formsOfSubject(deps.ctx.db, auth, subject.id)).map((f) => ({
    formId: f.formId,
    templateId: f.templateId,
    templateVersion: f.templateVersion,
    issuedAt: f.issuedAt,
  }));
  await auditOne(deps.ctx, session, 'consent.view', 'subject', subject.id);
  return {
    subject: { ...(await namedSubject(deps, session, subject)), groupId: subject.groupId },
    onDate,
    purposes: purposes.map((p) => statusOf(events, p, onDate)),
    history,
    forms,
    representatives: signers.map((s) => ({ id: s.id, name: s.name })),
  };
};

export type MatrixRow = {
  readonly subjectId: string;
  readonly name: string;
  /**
   * Set only when another child of the group has the same name: the birth date (ISO) that
   * tells them apart on screen and on the printed sheet (defect 11).
   */
  readonly namesakeBirthDate?: IsoDate | undefined;
  readonly states: Readonly<Record<string, ConsentState>>;
};
export type GroupMatrix = {
  readonly group: { readonly id: string; readonly name: string };
  readonly onDate: IsoDate;
  readonly purposes: readonly Purpose[];
  readonly rows: readonly MatrixRow[];
};

/** The group's children by surname, then given names, in `collation` (lv unless the sheet is lt). */
export const buildGroupMatrix = async (
  deps: ConsentDeps,
  session: Session,
  groupId: string,
  onDate: IsoDate,
  permission: 'consent.view' | 'form.groupSheet',
  collation: CollationLocale = 'lv',
): Promise<GroupMatrix> => {
  const auth = authorize(session, permission, { subjectGroupId: groupId });
  const group = await deps.records.group(session, groupId);
  const members = (await deps.records.groupMembers(session, groupId))
    .filter((s) => !s.restricted)
    .sort(compareByName(collation));
  const events = await eventsOfSubjects(
    deps.ctx.db,
    auth,
    members.map((m) => m.id),
  );
  const purposes = await allPurposes(deps, auth);
  const namesakes = namesakeIds(members);
  const rows = members.map((m): MatrixRow => {
    const own = events.get(m.id) ?? [];
    return {
      subjectId: m.id,
      name: fullName(m),
      ...(namesakes.has(m.id) && m.birthDate ? { namesakeBirthDate: m.birthDate } : {}),
      states: Object.fromEntries(purposes.map((p) => [p.id, consentState(own, p.id, onDate)])),
    };
  });
  return { group, onDate, purposes, rows };
};

export const groupMatrix = async (
  deps: ConsentDeps,
  session: Session,
  groupId: string,
  onDate: IsoDate,
): Promise<GroupMatrix> => {
  const matrix = await buildGroupMatrix(deps, session, groupId, onDate, 'consent.view');
  await auditOne(deps.ctx, session, 'consent.groupView', 'group', groupId);
  return matrix;
};

export type PhotoCheckAnswer = {
  readonly allowed: boolean;
  readonly purposes: readonly {
    readonly purposeId: string;
    readonly allowed: boolean;
    readonly subjects: readonly {
      readonly subjectId: string;
      readonly name: string;
      readonly state: ConsentState;
      readonly correctedLater: boolean;
    }[];
  }[];
};

export const photoCheck = async (
  deps: ConsentDeps,
  session: Session,
  subjectIds: readonly string[],
  purposeIds: readonly string[],
  onDate: IsoDate,
): Promise<PhotoCheckAnswer> => {
  const viewed = [];
  for (const id of subjectIds) viewed.push(await viewSubject(deps, session, id));
  const auth = authorize(session, 'consent.view');
  const events = await eventsOfSubjects(deps.ctx.db, auth, subjectIds);
  const names = new Map(viewed.map(({ subject }) => [subject.id, fullName(subject)]));
  const result = checkPhoto(
    subjectIds.map((id) => ({ id, events: events.get(id) ?? [] })),
    purposeIds,
    onDate,
  );
  await auditMany(deps.ctx, session, 'consent.photoCheck', 'subject', [...subjectIds]);
  return {
    allowed: result.allowed,
    purposes: result.purposes.map((p) => ({
      ...p,
      subjects: p.subjects.map((s) => ({ ...s, name: names.get(s.subjectId) ?? '' })),
    })),
  };
};

/** Per subject, per purpose, the state on `onDate`: the subjects list's consent column. */
export const consentSummary = async (
  deps: ConsentDeps,
  session: Session,
  subjectIds: readonly string[],
  onDate: IsoDate,
): Promise<Record<string, Record<string, ConsentState>>> => {
  const auth = authorize(session, 'consent.view');
  // A role that sees consents of every record needs no per-subject lookup; a scoped role
  // (a teacher: own groups) gets only the subjects inside its scope, others are left out.
  const unscoped = can(session.role, 'consent.view', { subjectGroupId: null });
  const visible: string[] = [];
  for (const id of subjectIds) {
    if (unscoped) {
      visible.push(id);
      continue;
    }
    let subject: ConsentSubject | null = null;
    try {
      subject = await deps.records.subject(session, id);
    } catch {
      // Outside the session's scope (or gone): simply not in the summary.
    }
    if (
      subject &&
      can(session.role, 'consent.view', {
        userGroupIds: session.groupIds,
        subjectGroupId: subject.groupId,
      })
    )
      visible.push(id);
  }
  const events = await eventsOfSubjects(deps.ctx.db, auth, visible);
  const purposes = await allPurposes(deps, auth);
  return Object.fromEntries(
    visible.map((id) => {
      const own = events.get(id) ?? [];
      return [id, Object.fromEntries(purposes.map((p) => [p.id, consentState(own, p.id, onDate)]))];
    }),
  );
};
