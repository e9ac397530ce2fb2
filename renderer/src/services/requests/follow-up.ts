// What follows a decision: the correction, erasure or restriction itself, the recipients who
// received the person's data and must be told (GDPR Art. 19; seed 002 points 22.3, 25.3, 27.3),
// and the recipients log those notices come from (every disclosure outside the institution).
import {
  DATA_CATEGORIES,
  LEGAL_BASES,
  type DataCategory,
  type FollowUpKind,
  type LegalBasis,
  type NoticeState,
  type RecipientNotice,
  type RequestType,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import { addDisclosure, disclosuresOf, type Disclosure } from '../../data/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { mutateRequest } from './mutate';
import { auditEntry, fieldError, requestKeyChange, today } from './requests-context';
import type { RequestsDeps } from './requests-deps';
import { LIMITS, actionDate, oneOf, optionalText, pastDate, requiredText } from './validate';

/** Which follow-up each request type may have (objection may lead to a restriction, Art. 18(1)(d)). */
const FOLLOW_UPS: Readonly<Partial<Record<RequestType, readonly FollowUpKind[]>>> = {
  rectification: ['rectified', 'restricted'],
  erasure: ['erasure-decided', 'restricted'],
  restriction: ['restricted'],
  objection: ['restricted', 'erasure-decided'],
};

export type FollowUpInput = {
  readonly kind: FollowUpKind;
  readonly on: IsoDate;
  /** For a restriction: the reason shown on the record (e.g. "Pieprasījums Nr. 2026/7"). */
  readonly restrictionReason?: string;
};

/**
 * Records that the correction, erasure decision or restriction was carried out, and lists every
 * recipient the person's data was disclosed to up to that day as a notice to send. A restriction
 * sets the record's restriction flag through the records capability. Erasure is recorded as
 * decided: the erasure capability carries it out when it exists.
 */
export const recordFollowUp = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: FollowUpInput,
) => {
  const auth = authorize(session, 'request.manage');
  const disclosureAuth = authorize(session, 'disclosure.view');
  return mutateRequest(deps, session, auth, id, 'follow-up', 'request.followUp', async (r) => {
    if (!(FOLLOW_UPS[r.type] ?? []).includes(input.kind)) {
      throw fieldError('kind', 'requests.errors.followUpNotForType');
    }
    if (r.subjectId === null) throw fieldError('kind', 'requests.errors.needsPerson');
    const on = actionDate(input.on, 'on', r.receivedOn, today(deps.ctx));
    if (input.kind === 'restricted') {
      const reason = requiredText(input.restrictionReason, 'restrictionReason', LIMITS.short);
      await deps.records.setRestriction(session, r.subjectId, { reason, since: on });
    }
    const disclosures = await disclosuresOf(deps.ctx.db, disclosureAuth, r.subjectId);
    const known = new Map(r.notices.map((n) => [n.disclosureId, n]));
    const notices: RecipientNotice[] = disclosures
      .filter((d) => d.on <= on)
      .map((d) => known.get(d.id) ?? { disclosureId: d.id, state: 'pending' });
    return { followUp: { kind: input.kind, on, by: session.userId }, notices };
  });
};

export type NoticeInput = {
  readonly state: Exclude<NoticeState, 'pending'>;
  readonly on?: IsoDate | undefined;
  readonly reason?: string | undefined;
};

/** Ticks one recipient: notice sent (with the date) or not needed (with the reason). */
export const setNotice = (
  deps: RequestsDeps,
  session: Session,
  id: string,
  disclosureId: string,
  input: NoticeInput,
) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.manage'),
    id,
    'notice',
    'request.notice',
    (r) => {
      if (!r.notices.some((n) => n.disclosureId === disclosureId)) {
        throw fieldError('notice', 'requests.errors.noticeUnknown');
      }
      const state = oneOf(input.state, ['sent', 'not-needed'] as const, 'state');
      const from = r.followUp?.on ?? r.receivedOn;
      const notice: RecipientNotice =
        state === 'sent'
          ? { disclosureId, state, on: actionDate(input.on ?? '', 'on', from, today(deps.ctx)) }
          : {
              disclosureId,
              state,
              reason: requiredText(
                input.reason,
                'reason',
                LIMITS.short,
                'requests.errors.noticeReasonRequired',
              ),
            };
      return { notices: r.notices.map((n) => (n.disclosureId === disclosureId ? notice : n)) };
    },
  );

export type DisclosureInput = {
  readonly subjectId: string;
  readonly on: IsoDate;
  readonly recipient: string;
  readonly categories: readonly DataCategory[];
  readonly legalBasis: LegalBasis;
  readonly note?: string | undefined;
};

/** Records one disclosure of a person's data to a recipient outside the institution. */
export const recordDisclosure = async (
  deps: RequestsDeps,
  session: Session,
  input: DisclosureInput,
): Promise<string> => {
  const auth = authorize(session, 'disclosure.record');
  const names = await deps.records.subjectNames(session, [input.subjectId]);
  if (!names.has(input.subjectId)) throw fieldError('subject', 'requests.errors.personNotFound');
  if (input.categories.length === 0)
    throw fieldError('categories', 'requests.errors.categoriesRequired');
  const note = optionalText(input.note, 'note', LIMITS.short);
  const disclosure: Disclosure = {
    id: crypto.randomUUID(),
    subjectId: input.subjectId,
    on: pastDate(input.on, 'on', today(deps.ctx)),
    recordedAt: deps.ctx.now().toISOString(),
    recordedBy: session.userId,
    recipient: requiredText(input.recipient, 'recipient', LIMITS.name),
    categories: [...new Set(input.categories.map((c) => oneOf(c, DATA_CATEGORIES, 'categories')))],
    legalBasis: oneOf(input.legalBasis, LEGAL_BASES, 'legalBasis'),
    ...(note === undefined ? {} : { note }),
  };
  await addDisclosure(deps.ctx.db, auth, requestKeyChange(deps.ctx, auth), disclosure);
  await auditEntry(deps.ctx, session, 'disclosure.record', 'disclosure', disclosure.id);
  return disclosure.id;
};

/** The recipients log of one person, oldest first. Audited 'disclosure.list'. */
export const listDisclosures = async (
  deps: RequestsDeps,
  session: Session,
  subjectId: string,
): Promise<Disclosure[]> => {
  const auth = authorize(session, 'disclosure.view');
  const out = await disclosuresOf(deps.ctx.db, auth, subjectId);
  await auditEntry(deps.ctx, session, 'disclosure.list', 'subject', subjectId);
  return out;
};
