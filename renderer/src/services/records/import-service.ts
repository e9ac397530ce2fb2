// Storing an import: ALL OR NOTHING. Every row is validated and encrypted first (the slow part,
// with progress and a chance to cancel), then everything is written in one Dexie transaction;
// a failure anywhere in it (a duplicate personal code, a full disk) leaves the register as it was.
import {
  makeRepresentativeSchema,
  makeSubjectSchema,
  type DomainSchemaContext,
} from '@shared/domain/schemas';
import type { Representative, RepresentativeLink, Subject } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { foldForSearch } from '@shared/text/search';
import type { CategoryKeys } from '../../data/db/sealed-row';
import {
  codeIndexOf,
  openRepresentative,
  sealLink,
  sealRepresentative,
  sealSubject,
  type Stamp,
} from '../../data/records/records-codec';
import {
  readRepresentativeRows,
  writeBatch,
  type RecordsBatch,
} from '../../data/records/records-repo';
import type { LinkRow, RepresentativeRow, SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import type { ImportPreviewRow, ImportRepresentativeDraft } from './import';
import { auditIds, schemaContext, validationError, type RecordsDeps } from './records-context';
import type { ImportOptions, ImportResult } from './records-types';

type Sealing = {
  readonly keys: CategoryKeys;
  readonly blindIndex: CryptoKey | undefined;
  readonly context: DomainSchemaContext;
  readonly stamp: Stamp;
  /** Representative identity (folded name + phone/e-mail) -> id: parents of siblings are stored once. */
  readonly repIds: Map<string, string>;
  readonly out: { subjects: SubjectRow[]; representatives: RepresentativeRow[]; links: LinkRow[] };
};

const repKey = (r: Pick<Representative, 'givenNames' | 'familyName' | 'phone' | 'email'>): string =>
  `${foldForSearch(`${r.givenNames} ${r.familyName}`)}|${(r.phone ?? '').replace(/\D/gu, '')}|${(r.email ?? '').toLowerCase()}`;

/** Existing representatives, so a sibling imported later links to the parents already stored. */
const knownRepresentatives = async (
  deps: RecordsDeps,
  session: Session,
  keys: CategoryKeys,
): Promise<Map<string, string>> => {
  const auth = authorize(session, 'representative.edit');
  const known = new Map<string, string>();
  for (const row of await readRepresentativeRows(deps.ctx.db, auth))
    known.set(repKey(await openRepresentative(keys, row)), row.id);
  return known;
};

const sealRep = async (s: Sealing, draft: ImportRepresentativeDraft): Promise<string> => {
  const { relation: _relation, ...fields } = draft;
  const key = repKey(fields);
  const known = s.repIds.get(key);
  if (known !== undefined) return known;
  const parsed = makeRepresentativeSchema(s.context).safeParse({
    ...fields,
    id: crypto.randomUUID(),
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  s.out.representatives.push(await sealRepresentative(s.keys, parsed.data, undefined, s.stamp));
  s.repIds.set(key, parsed.data.id);
  return parsed.data.id;
};

const sealImportRow = async (s: Sealing, row: ImportPreviewRow): Promise<void> => {
  if (row.subject === undefined) return;
  const leftAlready = row.subject.leftOn !== undefined && row.subject.leftOn <= s.context.today;
  const parsed = makeSubjectSchema(s.context).safeParse({
    ...row.subject,
    id: crypto.randomUUID(),
    status: leftAlready ? 'left' : 'active',
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  const subject: Subject = parsed.data;
  if (subject.personalCode !== undefined && s.blindIndex === undefined) {
    throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'blindIndex' });
  }
  const codeIndex =
    subject.personalCode === undefined || s.blindIndex === undefined
      ? undefined
      : await codeIndexOf(s.blindIndex, subject.personalCode);
  s.out.subjects.push(await sealSubject(s.keys, subject, codeIndex, s.stamp));
  for (const [position, draft] of row.representatives.entries()) {
    const link: RepresentativeLink = {
      id: crypto.randomUUID(),
      subjectId: subject.id,
      representativeId: await sealRep(s, draft),
      relation: draft.relation,
    };
    s.out.links.push(await sealLink(s.keys, link, s.stamp.createdAt, position));
  }
};

const cancelled = (): AppError => new AppError('validation', 'records.import.cancelled');

/**
 * Imports the rows of a preview that carry a subject (rows with errors are counted as failed).
 * Needs 'records.import'. Nothing is stored if it throws or is cancelled before the commit.
 */
export const importRows = async (
  deps: RecordsDeps,
  session: Session,
  rows: readonly ImportPreviewRow[],
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const auth = authorize(session, 'records.import');
  const keyring = keyringFor(auth);
  const now = deps.ctx.now().toISOString();
  const s: Sealing = {
    keys: keyring.categories,
    blindIndex: keyring.blindIndex,
    context: await schemaContext(deps.ctx),
    stamp: { createdAt: now, updatedAt: now },
    repIds: await knownRepresentatives(deps, session, keyring.categories),
    out: { subjects: [], representatives: [], links: [] },
  };
  const accepted = rows.filter((r) => r.subject !== undefined);
  for (const [i, row] of accepted.entries()) {
    if (options.signal?.aborted === true) throw cancelled();
    await sealImportRow(s, row);
    options.onProgress?.(i + 1, accepted.length + 1);
  }
  if (options.signal?.aborted === true) throw cancelled();
  const batch: RecordsBatch = { ...s.out, mode: 'add' };
  await writeBatch(deps.ctx.db, auth, batch, deps.options.writeHook);
  options.onProgress?.(accepted.length + 1, accepted.length + 1);
  await auditIds(deps.ctx, session, 'records.import', 'import', [null]);
  await auditIds(
    deps.ctx,
    session,
    'subject.create',
    'subject',
    s.out.subjects.map((r) => r.id),
  );
  return {
    imported: s.out.subjects.length,
    failed: rows.length - accepted.length,
    representatives: s.out.representatives.length,
  };
};
