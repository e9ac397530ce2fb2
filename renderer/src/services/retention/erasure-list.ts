// The "Dzēšamie" page's data (issue 9 part 4): erasure proposals waiting for the head, decided
// and done erasures, and the deletion certificate of a done one. Names are opened in memory for
// the page shown: the person's while their record still exists, staff members' always.
import { AppError } from '@shared/errors/app-error';
import { todayIso, type IsoDate } from '@shared/text';
import { documentLanguage, renderErasureCertificate, type PdfFonts } from '@shared/pdf';
import type { SheetLanguage } from '@shared/pdf';
import type { ErasureScope, ErasureState } from '@shared/retention/erasure';
import type { UserRow } from '../../data/db/rows';
import { readSubjectRows } from '../../data/records/records-repo';
import {
  openErasure,
  readErasureRow,
  readErasureRows,
  type Erasure,
} from '../../data/retention/erasures-repo';
import { keyringOf, type Session } from '../../data/session/session';
import { authorize, type Authorized } from '../authorize';
import { openSubjectRow } from '../records/subjects-read';
import { openUserCore } from '../user-rows';
import { createVaultService } from '../vault-service';
import type { VaultContext } from '../vault-context';

export type ErasureListItem = {
  readonly id: string;
  readonly state: ErasureState;
  readonly subjectId: string;
  /** The person's name while the record exists and the session may open it; else null. */
  readonly subjectName: string | null;
  /**
   * The person's birth date ('YYYY-MM-DD') while the record exists, when known: shown beside the
   * name so that a namesake is never approved by mistake (the erasure cannot be undone).
   */
  readonly subjectBirthDate: IsoDate | null;
  readonly scope: ErasureScope;
  readonly reason: string;
  readonly legalBasis: string;
  readonly rejection: string | null;
  readonly counts: Readonly<Record<string, number>>;
  /** ISO date-times; decidedAt '' while proposed, doneAt null until done. */
  readonly proposedAt: string;
  readonly proposedBy: string;
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly doneAt: string | null;
  /** True when the session's user made the proposal (the head then confirms approving it). */
  readonly own: boolean;
};

type Auth = Authorized<'subject.proposeErasure'>;

const staffNames = async (ctx: VaultContext, session: Session, ids: readonly string[]) => {
  const rows = (await ctx.db.users.bulkGet([...new Set(ids)])).filter(
    (r): r is UserRow => r !== undefined,
  );
  const cores = await Promise.all(rows.map((r) => openUserCore(keyringOf(session), r)));
  return new Map(rows.map((r, i) => [r.id, cores[i]?.displayName ?? '']));
};

const subjectNames = async (ctx: VaultContext, auth: Auth, ids: ReadonlySet<string>) => {
  const rows = (await readSubjectRows(ctx.db, auth)).filter((r) => ids.has(r.id));
  const opened = await Promise.all(rows.map((r) => openSubjectRow(auth, r, ['core'])));
  return new Map(
    opened.flatMap((s) =>
      s
        ? [[s.id, { name: `${s.givenNames} ${s.familyName}`.trim(), born: s.birthDate }] as const]
        : [],
    ),
  );
};

type SubjectNames = Awaited<ReturnType<typeof subjectNames>>;

const toItem = (
  e: Erasure,
  session: Session,
  staff: ReadonlyMap<string, string>,
  names: SubjectNames,
): ErasureListItem => {
  const subjectId = e.personIds[0] ?? '';
  const subject = names.get(subjectId);
  return {
    id: e.id,
    state: e.state,
    subjectId,
    subjectName: subject?.name ?? null,
    subjectBirthDate: subject?.born ?? null,
    scope: e.scope ?? { kind: 'whole' },
    reason: e.reason,
    legalBasis: e.legalBasis ?? '',
    rejection: e.rejection ?? null,
    counts: e.counts,
    proposedAt: e.proposedAt,
    proposedBy: staff.get(e.proposedBy) ?? '',
    decidedAt: e.decidedAt,
    decidedBy: staff.get(e.decidedBy) ?? '',
    doneAt: e.doneAt,
    own: e.proposedBy === session.userId,
  };
};

/** Every erasure record, newest first (head and secretary, permission subject.proposeErasure). */
export const listErasures = async (
  ctx: VaultContext,
  session: Session,
): Promise<ErasureListItem[]> => {
  const auth = authorize(session, 'subject.proposeErasure');
  const org = keyringOf(session).org;
  const erasures = await Promise.all(
    (await readErasureRows(ctx.db)).map((row) => openErasure(org, row)),
  );
  const staff = await staffNames(
    ctx,
    session,
    erasures.flatMap((e) => [e.proposedBy, e.decidedBy]).filter((id) => id !== ''),
  );
  const names = await subjectNames(ctx, auth, new Set(erasures.map((e) => e.personIds[0] ?? '')));
  return erasures.map((e) => toItem(e, session, staff, names)).reverse();
};

/**
 * The institution's day of a stored instant (ISO date-time, UTC): the local time zone's date,
 * as every other date the app prints; slicing the UTC string would date an approval made after
 * midnight in Riga on the day before.
 */
const localDay = (at: string): IsoDate => todayIso(new Date(at));

export type CertificateOptions = {
  /** The person's name to print (the head's choice; default none). */
  readonly personName?: string;
  /** Default: the institution's language. */
  readonly language?: SheetLanguage;
};

/**
 * The deletion certificate of a done erasure as PDF bytes with a file name naming no one.
 * Throws 'not-found' for an unknown id, 'validation' (errors.erasureNotDone) before it is done.
 */
export const erasureCertificate = async (
  ctx: VaultContext,
  session: Session,
  fonts: () => Promise<PdfFonts>,
  id: string,
  options: CertificateOptions = {},
): Promise<{ readonly bytes: Uint8Array; readonly fileName: string }> => {
  authorize(session, 'subject.proposeErasure');
  const row = await readErasureRow(ctx.db, id);
  if (!row) throw new AppError('not-found', 'errors.erasureNotFound');
  if (row.state !== 'done' || row.doneAt === null)
    throw new AppError('validation', 'errors.erasureNotDone', { field: 'erasure' });
  const e = await openErasure(keyringOf(session).org, row);
  const staff = await staffNames(ctx, session, [e.proposedBy, e.decidedBy]);
  const institution = await createVaultService(ctx).getInstitution(session);
  const personName = options.personName?.trim();
  const bytes = await renderErasureCertificate({
    institutionName: typeof institution.details.name === 'string' ? institution.details.name : '',
    erasureId: e.id,
    ...(personName ? { personName } : {}),
    ...(e.scope?.kind === 'partial' ? { categories: e.scope.categories } : {}),
    counts: e.counts,
    reason: e.reason,
    legalBasis: e.legalBasis ?? '',
    proposedBy: staff.get(e.proposedBy) ?? '',
    proposedOn: localDay(e.proposedAt),
    approvedBy: staff.get(e.decidedBy) ?? '',
    approvedOn: localDay(e.decidedAt),
    doneOn: localDay(row.doneAt),
    language: options.language ?? documentLanguage(institution.country),
    fonts: await fonts(),
  });
  return { bytes, fileName: `dzesanas-akts-${e.id.slice(0, 8)}.pdf` };
};
