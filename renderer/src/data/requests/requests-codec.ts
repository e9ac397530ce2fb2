// Domain request <-> sealed row. Pure apart from WebCrypto: seal before a write transaction,
// open after a read. The keys come from `requestKeys`: today the session's category keys; with
// per-person data keys (issue 9) a request about a registered person is sealed under that
// person's keys, so the switch happens here and nowhere else.
import type { Permission } from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import type { DataSubjectRequest } from '@shared/requests';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import { openRow, sealRow, type CategoryKeys } from '../db/sealed-row';
import type { RequestContacts, RequestCore, RequestIdentifiers, RequestRow } from './rows';
import { REQUEST_TABLES } from './schema';

/** The keys a request about this person (or nobody in the register: null) is sealed under. */
export const requestKeys = (auth: Authorized<Permission>, _personId: string | null): CategoryKeys =>
  keyringFor(auth).categories;

const splitNumber = (number: string): { year: number; seq: number } => {
  const [year, seq] = number.split('/').map(Number);
  return { year: year ?? 0, seq: seq ?? 0 };
};

const coreOf = (r: DataSubjectRequest): RequestCore => {
  const { note: _note, ...identity } = r.identity;
  return {
    channel: r.channel,
    requester: r.requester,
    identity,
    notices: r.notices,
    documents: r.documents,
    history: r.history,
    ...(r.description ? { description: r.description } : {}),
    ...(r.details ? { details: r.details } : {}),
    ...(r.clarification ? { clarification: r.clarification } : {}),
    ...(r.extension ? { extension: r.extension } : {}),
    ...(r.outcome ? { outcome: r.outcome } : {}),
    ...(r.followUp ? { followUp: r.followUp } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
  };
};

/**
 * Seals a request. `noticesDueOn` is derived by the caller (it needs the procedure). A category
 * whose value is empty is left out, so clearing a field really clears it.
 */
export const sealRequest = async (
  auth: Authorized<Permission>,
  r: DataSubjectRequest,
  noticesDueOn: string | null,
): Promise<RequestRow> => {
  const contacts: RequestContacts | undefined = r.replyTo ? { replyTo: r.replyTo } : undefined;
  const identifiers: RequestIdentifiers | undefined = r.identity.note
    ? { identityNote: r.identity.note }
    : undefined;
  const sealed = await sealRow(
    requestKeys(auth, r.subjectId ?? r.representativeId),
    REQUEST_TABLES.requests,
    r.id,
    { core: coreOf(r), contacts, identifiers },
  );
  return {
    id: r.id,
    ...splitNumber(r.number),
    type: r.type,
    status: r.status,
    receivedOn: r.receivedOn,
    rule: r.rule,
    extensionMonths: r.extension?.months ?? 0,
    closedOn: r.outcome?.on ?? null,
    noticesDueOn,
    subjectId: r.subjectId,
    representativeId: r.representativeId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    sealed,
  };
};

/** Opens a request row; throws AppError('crypto') for a tampered or moved box. */
export const openRequest = async (
  auth: Authorized<Permission>,
  row: RequestRow,
): Promise<DataSubjectRequest> => {
  const opened = await openRow<{
    core: RequestCore;
    contacts: RequestContacts;
    identifiers: RequestIdentifiers;
  }>(requestKeys(auth, row.subjectId ?? row.representativeId), REQUEST_TABLES.requests, row);
  const core = opened.core;
  if (core === undefined)
    throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'core' });
  return {
    ...core,
    id: row.id,
    number: `${row.year}/${row.seq}`,
    type: row.type,
    status: row.status,
    receivedOn: row.receivedOn,
    rule: row.rule,
    subjectId: row.subjectId,
    representativeId: row.representativeId,
    identity: {
      ...core.identity,
      ...(opened.identifiers ? { note: opened.identifiers.identityNote } : {}),
    },
    ...(opened.contacts ? { replyTo: opened.contacts.replyTo } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
};
