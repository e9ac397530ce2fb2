// Registering a request and editing it while it is open (the secretary's work: request.manage).
import {
  IDENTITY_METHODS,
  REPRESENTATIVE_AUTHORITIES,
  REQUEST_CHANNELS,
  REQUEST_TYPES,
  REQUESTER_KINDS,
  isOpenRequestStatus,
  type DataSubjectRequest,
  type IdentityMethod,
  type RequestChannel,
  type RequestIdentity,
  type RequestRequester,
  type RequestType,
  type RepresentativeAuthority,
  type RequesterKind,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import { addRequest, readRequest, replaceRequest } from '../../data/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { RequestsDeps } from './requests-deps';
import { auditEntry, fieldError, readProcedure, requestKeyChange, today } from './requests-context';
import { GDPR_APPLIES_FROM, LIMITS, actionDate, oneOf, optionalText, pastDate } from './validate';
import { noticesDueOf } from './schedule';

/** What the register form sends. */
export type RequestInput = {
  readonly type: RequestType;
  /** Local calendar date 'YYYY-MM-DD' it arrived. */
  readonly receivedOn: IsoDate;
  readonly channel: RequestChannel;
  readonly subjectId: string | null;
  readonly representativeId: string | null;
  /** Who it is about when that person is not in the register. */
  readonly description?: string | undefined;
  readonly details?: string | undefined;
  readonly requester: {
    readonly kind: RequesterKind;
    readonly representativeId?: string | undefined;
    readonly name?: string | undefined;
    readonly authority?: RepresentativeAuthority | undefined;
  };
  readonly identity: {
    readonly method: IdentityMethod;
    readonly checkedOn?: IsoDate | undefined;
    readonly note?: string | undefined;
  };
  readonly replyTo?: string | undefined;
  readonly notes?: string | undefined;
};

type Checked = Pick<
  DataSubjectRequest,
  | 'type'
  | 'receivedOn'
  | 'channel'
  | 'subjectId'
  | 'representativeId'
  | 'description'
  | 'details'
  | 'requester'
  | 'identity'
  | 'replyTo'
  | 'notes'
>;

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

const checkRequester = (input: RequestInput['requester']): RequestRequester => {
  const kind = oneOf(input.kind, REQUESTER_KINDS, 'requesterKind');
  if (kind === 'data-subject') return { kind };
  const name = optionalText(input.name, 'requesterName', LIMITS.name);
  const representativeId = input.representativeId ?? undefined;
  if (representativeId === undefined && name === undefined) {
    throw fieldError('requesterName', 'requests.errors.requesterRequired');
  }
  if (input.authority === undefined)
    throw fieldError('authority', 'requests.errors.authorityRequired');
  const authority = oneOf(input.authority, REPRESENTATIVE_AUTHORITIES, 'authority');
  return {
    kind,
    authority,
    ...optional('representativeId', representativeId),
    ...optional('name', name),
  };
};

const checkIdentity = (
  input: RequestInput['identity'],
  session: Session,
  receivedOn: IsoDate,
  now: IsoDate,
): RequestIdentity => {
  const method = oneOf(input.method, IDENTITY_METHODS, 'identityMethod');
  const note = optionalText(input.note, 'identityNote', LIMITS.short);
  if (method === 'not-checked') return { method, ...optional('note', note) };
  const checkedOn = actionDate(input.checkedOn ?? now, 'identityCheckedOn', receivedOn, now);
  return { method, checkedBy: session.userId, checkedOn, ...optional('note', note) };
};

/** Checks every field; throws on the first bad one, naming it. */
const checkInput = async (
  deps: RequestsDeps,
  session: Session,
  input: RequestInput,
): Promise<Checked> => {
  const now = today(deps.ctx);
  const type = oneOf(input.type, REQUEST_TYPES, 'type');
  const receivedOn = pastDate(input.receivedOn, 'receivedOn', now);
  if (receivedOn < GDPR_APPLIES_FROM) throw fieldError('receivedOn', 'requests.errors.beforeGdpr');
  const channel = oneOf(input.channel, REQUEST_CHANNELS, 'channel');
  const description = optionalText(input.description, 'description', LIMITS.text);
  if (input.subjectId === null && input.representativeId === null && description === undefined) {
    throw fieldError('about', 'requests.errors.aboutRequired');
  }
  if (input.subjectId !== null) {
    const names = await deps.records.subjectNames(session, [input.subjectId]);
    if (!names.has(input.subjectId)) throw fieldError('about', 'requests.errors.personNotFound');
  }
  return {
    type,
    receivedOn,
    channel,
    subjectId: input.subjectId,
    representativeId: input.representativeId,
    requester: checkRequester(input.requester),
    identity: checkIdentity(input.identity, session, receivedOn, now),
    ...optional('description', description),
    ...optional('details', optionalText(input.details, 'details', LIMITS.text)),
    ...optional('replyTo', optionalText(input.replyTo, 'replyTo', LIMITS.short)),
    ...optional('notes', optionalText(input.notes, 'notes', LIMITS.text)),
  };
};

/** Registers a request; returns its id and register number. Audited 'request.register'. */
export const registerRequest = async (
  deps: RequestsDeps,
  session: Session,
  input: RequestInput,
): Promise<{ id: string; number: string }> => {
  const auth = authorize(session, 'request.manage');
  const checked = await checkInput(deps, session, input);
  const procedure = await readProcedure(deps.ctx);
  const at = deps.ctx.now().toISOString();
  const id = crypto.randomUUID();
  const number = await addRequest(
    deps.ctx.db,
    auth,
    requestKeyChange(deps.ctx, auth),
    {
      ...checked,
      id,
      status: 'registered',
      rule: procedure.answer,
      notices: [],
      documents: [],
      history: [{ at, by: session.userId, event: 'registered', status: 'registered' }],
      createdAt: at,
      updatedAt: at,
    },
    Number(today(deps.ctx).slice(0, 4)),
  );
  await auditEntry(deps.ctx, session, 'request.register', 'request', id);
  return { id, number };
};

/**
 * Edits an open request's registration details (not its status or decision). A closed request
 * cannot be edited: AppError('validation', 'requests.errors.closed').
 */
export const updateRequest = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: RequestInput,
): Promise<void> => {
  const auth = authorize(session, 'request.manage');
  const stored = await readRequest(deps.ctx.db, auth, id);
  if (!isOpenRequestStatus(stored.status)) throw fieldError('status', 'requests.errors.closed');
  const checked = await checkInput(deps, session, input);
  const at = deps.ctx.now().toISOString();
  const { description: _d, details: _t, replyTo: _r, notes: _n, ...kept } = stored;
  const changed: DataSubjectRequest = {
    ...kept,
    ...checked,
    history: [...stored.history, { at, by: session.userId, event: 'updated' }],
    updatedAt: at,
  };
  await replaceRequest(
    deps.ctx.db,
    auth,
    requestKeyChange(deps.ctx, auth),
    changed,
    stored.updatedAt,
    await noticesDueOf(deps, changed),
  );
  await auditEntry(deps.ctx, session, 'request.update', 'request', id);
};
