// Domain request <-> sealed row. Pure apart from WebCrypto and the keybook: seal before a write
// transaction, open after a read. `requestKeys`/`stageRequestKey` are the one switch point for
// the keys (docs/security-model.md, "Requests and disclosures"): every request and disclosure is
// sealed under an item key of its own, owned by the person it is about (erasing the person
// shreds it) or, about nobody in the register, by the request itself; placed in the institution
// scope under the identifiers category, so no group-scoped key ever opens it.
import type { Permission } from '@shared/access/permissions';
import type { PersonCategory } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import type { DataSubjectRequest } from '@shared/requests';
import type { Authorized } from '../../services/authorize';
import { keyringFor } from '../../services/authorize';
import { openRow, sealRow, type CategoryKeys } from '../db/sealed-row';
import type { KeyChange } from '../keys/key-change';
import { INSTITUTION_SCOPE } from '../keys/scopes';
import type { RequestContacts, RequestCore, RequestIdentifiers, RequestRow } from './rows';
import { REQUEST_TABLES } from './schema';

/**
 * The category whose scope key wraps request and disclosure keys: held institution-wide only by
 * roles that also hold personal codes (head, secretary, accountant, social worker), never by a
 * teacher, and not by the nurse or the methodologist.
 */
export const REQUEST_KEY_CATEGORY: PersonCategory = 'identifiers';

/** The boxes of a request or disclosure row; all are sealed under the row's one item key. */
const BOX_CATEGORIES = ['core', 'contacts', 'identifiers'] as const;

/** The people a row is about, as its plaintext fields say. */
export type KeyedRow = {
  readonly id: string;
  readonly subjectId: string | null;
  readonly representativeId?: string | null;
};

/** Whose key seals the row: the child or client, else the representative, else the row itself. */
export const requestKeyOwner = (row: KeyedRow): string =>
  row.subjectId ?? row.representativeId ?? row.id;

/** The item key id of a row: it changes with the owner, so a re-owned row gets a new key. */
export const requestKeyId = (row: KeyedRow): string => `${row.id}:${requestKeyOwner(row)}`;

const asCategoryKeys = (key: CryptoKey): CategoryKeys =>
  new Map(BOX_CATEGORIES.map((c) => [c, key] as const));

/**
 * The keys a stored request or disclosure opens with. Throws AppError('forbidden',
 * 'errors.noCategoryKey') when the session holds no such key: not its role's, or erased with the
 * person it was about (then only the plaintext register facts remain).
 */
export const requestKeys = async (
  auth: Authorized<Permission>,
  row: KeyedRow,
): Promise<CategoryKeys> => {
  const key = await keyringFor(auth).people.itemKey(requestKeyId(row));
  if (!key)
    throw new AppError('forbidden', 'errors.noCategoryKey', { category: REQUEST_KEY_CATEGORY });
  return asCategoryKeys(key);
};

/**
 * The keys to seal `row` under, staged in `change`: the row's stored key when its owner is
 * unchanged, else a new item key (and `previous`'s key retired once the row is stored). The
 * caller stores the row through `change.store`.
 */
export const stageRequestKey = async (
  auth: Authorized<Permission>,
  change: KeyChange,
  row: KeyedRow,
  previous?: KeyedRow,
): Promise<CategoryKeys> => {
  const keyId = requestKeyId(row);
  if (previous && requestKeyId(previous) !== keyId) change.retire(requestKeyId(previous));
  const stored = await keyringFor(auth).people.itemKey(keyId);
  if (stored) return asCategoryKeys(stored);
  const key = await change.itemKey(keyId, requestKeyOwner(row), REQUEST_KEY_CATEGORY, [
    INSTITUTION_SCOPE,
  ]);
  return asCategoryKeys(key);
};

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
 * Seals a request under `keys` (from stageRequestKey). `noticesDueOn` is derived by the caller (it needs the procedure). A category
 * whose value is empty is left out, so clearing a field really clears it.
 */
export const sealRequest = async (
  keys: CategoryKeys,
  r: DataSubjectRequest,
  noticesDueOn: string | null,
): Promise<RequestRow> => {
  const contacts: RequestContacts | undefined = r.replyTo ? { replyTo: r.replyTo } : undefined;
  const identifiers: RequestIdentifiers | undefined = r.identity.note
    ? { identityNote: r.identity.note }
    : undefined;
  const sealed = await sealRow(keys, REQUEST_TABLES.requests, r.id, {
    core: coreOf(r),
    contacts,
    identifiers,
  });
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
  }>(await requestKeys(auth, row), REQUEST_TABLES.requests, row);
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
