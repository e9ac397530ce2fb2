// Reads and writes of the request register. Rows arrive sealed and leave sealed (requests-codec);
// every function demands an Authorized token. Each write is ONE transaction: a request is stored
// whole or not at all, and an edit that raced another edit of the same request is refused rather
// than silently overwriting it. Writes take a KeyChange: the request's own key is written to the
// keybook before the row, and a key no longer needed is removed after it (requests-codec).
import type { Permission } from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import type { DataSubjectRequest } from '@shared/requests';
import type { Table } from 'dexie';
import type { Authorized } from '../../services/authorize';
import type { VaultDb } from '../db/vault-db';
import type { KeyChange } from '../keys/key-change';
import { keyringFor } from '../../services/authorize';
import { openRequest, requestKeyId, sealRequest, stageRequestKey } from './requests-codec';
import type { RequestRow } from './rows';
import { REQUEST_TABLES } from './schema';

type AnyAuth = Authorized<Permission>;
type ManageAuth = Authorized<'request.manage'> | Authorized<'request.decide'>;

export const requestsTable = (db: VaultDb): Table<RequestRow, string> =>
  db.table(REQUEST_TABLES.requests);

/** Requests whose rows are opened concurrently, this many at a time (as the records list does). */
const OPEN_BATCH = 256;

const openAll = async (
  auth: AnyAuth,
  rows: readonly RequestRow[],
): Promise<DataSubjectRequest[]> => {
  const out: DataSubjectRequest[] = [];
  for (let start = 0; start < rows.length; start += OPEN_BATCH) {
    out.push(
      ...(await Promise.all(
        rows.slice(start, start + OPEN_BATCH).map((row) => openRequest(auth, row)),
      )),
    );
  }
  return out;
};

/**
 * Stores a new request, giving it the next register number of `year` inside the same
 * transaction. Returns the number ('YYYY/N').
 */
export const addRequest = async (
  db: VaultDb,
  auth: Authorized<'request.manage'>,
  change: KeyChange,
  request: Omit<DataSubjectRequest, 'number'>,
  year: number,
): Promise<string> => {
  // The number is plaintext, outside the sealed boxes: seal first with a placeholder.
  const keys = await stageRequestKey(auth, change, request);
  const sealed = await sealRequest(keys, { ...request, number: `${year}/0` }, null);
  const table = requestsTable(db);
  return change.store(() =>
    db.transaction('rw', table, async () => {
      const last = await table.where('[year+seq]').between([year, 0], [year, Infinity]).last();
      const seq = (last?.seq ?? 0) + 1;
      await table.add({ ...sealed, seq });
      return `${year}/${seq}`;
    }),
  );
};

/**
 * Replaces a stored request with its changed version. `expectedUpdatedAt` is the version the
 * change was made from: when the stored row has moved on, nothing is written and the caller gets
 * AppError('validation', 'requests.errors.changedMeanwhile').
 */
export const replaceRequest = async (
  db: VaultDb,
  auth: ManageAuth,
  change: KeyChange,
  request: DataSubjectRequest,
  expectedUpdatedAt: string,
  noticesDueOn: string | null,
): Promise<void> => {
  const table = requestsTable(db);
  const before = await table.get(request.id);
  if (before === undefined)
    throw new AppError('not-found', 'errors.notFound', { entity: 'request' });
  const keys = await stageRequestKey(auth, change, request, before);
  const row = await sealRequest(keys, request, noticesDueOn);
  await change.store(() =>
    db.transaction('rw', table, async () => {
      const stored = await table.get(request.id);
      if (stored === undefined)
        throw new AppError('not-found', 'errors.notFound', { entity: 'request' });
      if (
        stored.updatedAt !== expectedUpdatedAt ||
        stored.year !== row.year ||
        stored.seq !== row.seq
      ) {
        throw new AppError('validation', 'requests.errors.changedMeanwhile');
      }
      await table.put(row);
    }),
  );
};

export const readRequest = async (
  db: VaultDb,
  auth: AnyAuth,
  id: string,
): Promise<DataSubjectRequest> => {
  const row = await requestsTable(db).get(id);
  if (row === undefined) throw new AppError('not-found', 'errors.notFound', { entity: 'request' });
  return openRequest(auth, row);
};

/** Every request, opened. */
export const readAllRequests = async (db: VaultDb, auth: AnyAuth): Promise<DataSubjectRequest[]> =>
  openAll(auth, await requestsTable(db).toArray());

/** The requests about one child or client. */
export const readRequestsOfSubject = async (
  db: VaultDb,
  auth: AnyAuth,
  subjectId: string,
): Promise<DataSubjectRequest[]> =>
  openAll(auth, await requestsTable(db).where('subjectId').equals(subjectId).toArray());

/** A request's plaintext fields, nothing decrypted: enough for the list and the nav badge. */
export type RequestSummary = Omit<RequestRow, 'sealed' | 'year' | 'seq'> & {
  readonly number: string;
};

const summaryOf = ({ sealed: _sealed, year, seq, ...plain }: RequestRow): RequestSummary => ({
  ...plain,
  number: `${year}/${seq}`,
});

/** Every request's plaintext fields, newest registration number first. */
export const readRequestSummaries = async (
  db: VaultDb,
  _auth: AnyAuth,
): Promise<RequestSummary[]> =>
  (await requestsTable(db).orderBy('[year+seq]').reverse().toArray()).map(summaryOf);

/**
 * Opens only these requests (e.g. those about a person not in the register, for the list). A
 * request whose key is gone (erased: only its plaintext register facts remain) is left out; the
 * list shows its number, type and dates without a name.
 */
export const readRequestsByIds = async (
  db: VaultDb,
  auth: AnyAuth,
  ids: readonly string[],
): Promise<DataSubjectRequest[]> => {
  const people = keyringFor(auth).people;
  const rows = (await requestsTable(db).bulkGet([...ids])).filter(
    (r): r is RequestRow => r !== undefined,
  );
  const keyed = await Promise.all(
    rows.map(async (r) => ((await people.itemKey(requestKeyId(r))) ? r : undefined)),
  );
  return openAll(
    auth,
    keyed.filter((r): r is RequestRow => r !== undefined),
  );
};
