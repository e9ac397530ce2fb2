// The archive hand-over (issue 9 item 7, seed 000 p. 9): a person's or a group's leavers'
// record set exported to a sealed, documented file instead of being erased. Head only
// ('archive.export'). Nothing is erased here: the page then offers the usual four-eyes erasure.
import { AppError } from '@shared/errors/app-error';
import {
  ARCHIVE_PACKAGE_SCHEMA,
  ARCHIVE_PACKAGE_VERSION,
  personFolder,
} from '@shared/archive/manifest';
import { README_FILE, archiveReadme } from '@shared/archive/readme';
import type { ArchiveActCategory } from '@shared/pdf';
import { todayIso } from '@shared/text';
import { generateRecoveryCode } from '../../data/crypto/recovery-code';
import { utf8 } from '../../data/crypto/bytes';
import { ARCHIVE_EXTENSION } from '../../data/archive/archive-format';
import { createPackageWriter } from '../../data/archive/archive-package';
import { startArchive, type ArchiveSink, type SealOptions } from '../../data/archive/archive-seal';
import type { Session } from '../../data/session/session';
import { auditEntries } from '../audit-write';
import { authorize } from '../authorize';
import { printedInstitution } from '../consents/institution';
import { staffNames } from '../requests/requests-context';
import type { ArchiveDeps } from './archive-deps';
import { personFolderFiles } from './archive-person';

export type HandOverScope =
  | { readonly kind: 'person'; readonly subjectId: string }
  | { readonly kind: 'group'; readonly groupId: string };

export type HandOverProgress = { readonly done: number; readonly total: number };

export type HandOverOptions = {
  /** Receives the sealed file's bytes in order (a Blob builder in the app). */
  readonly sink: ArchiveSink;
  /** Called before the first person and after each one. */
  readonly onProgress?: (progress: HandOverProgress) => void;
  /** Tests only: lower Argon2id parameters. */
  readonly kdf?: SealOptions['kdf'];
};

/** What the hand-over act prints, and the one-time code (shown once, never stored). */
export type HandOver = {
  readonly id: string;
  /** Five groups of five letters and digits. */
  readonly code: string;
  /** `arhivs-YYYY-MM-DD-HHMM.prarh` (local time): no personal data. */
  readonly fileName: string;
  readonly sha256: string;
  readonly size: number;
  readonly createdAt: string;
  readonly language: 'lv' | 'lt';
  readonly personIds: readonly string[];
  readonly categories: readonly ArchiveActCategory[];
  readonly counts: Readonly<Record<'persons' | 'consentEvents' | 'scans' | 'files', number>>;
  readonly institutionName: string;
  readonly exportedBy: string;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** `arhivs-YYYY-MM-DD-HHMM.prarh` in local time. */
export const archiveFileName = (at: Date): string =>
  `arhivs-${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.${ARCHIVE_EXTENSION}`;

const personIdsOf = async (
  deps: ArchiveDeps,
  session: Session,
  scope: HandOverScope,
): Promise<readonly string[]> => {
  if (scope.kind === 'person' && !(await deps.leaver(session, scope.subjectId)))
    throw new AppError('validation', 'errors.archive.stillAttending');
  const ids =
    scope.kind === 'person' ? [scope.subjectId] : await deps.leavers(session, scope.groupId);
  if (ids.length === 0) throw new AppError('validation', 'errors.archive.nobody');
  return ids;
};

/**
 * Exports the people of `scope` into a sealed archive written to `options.sink`. Needs
 * 'archive.export' (the head: the file holds every category of the people's data). A group
 * scope takes the group's leavers only; none: AppError('validation', 'errors.archive.nobody').
 * A person scope must be a leaver (left or archived); one still attending:
 * AppError('validation', 'errors.archive.stillAttending') before anything is written.
 * Not audited here: the caller calls recordSaved once the file is really saved (a cancelled
 * save dialog leaves no "handed over" entry). Returns the act's facts and the one-time code;
 * the caller shows the code once and prints it on the act.
 */
export const handOver = async (
  deps: ArchiveDeps,
  session: Session,
  scope: HandOverScope,
  options: HandOverOptions,
): Promise<HandOver> => {
  authorize(session, 'archive.export');
  const ids = await personIdsOf(deps, session, scope);
  const now = deps.ctx.now();
  const [{ institution, country }, staff] = await Promise.all([
    printedInstitution(deps.ctx, session),
    staffNames(deps.ctx, session, [session.userId]),
  ]);
  const language = country === 'LT' ? 'lt' : 'lv';
  const id = crypto.randomUUID();
  const code = generateRecoveryCode();
  const sealer = await startArchive(
    code,
    { now, ...(options.kdf ? { kdf: options.kdf } : {}) },
    options.sink,
  );
  const pkg = createPackageWriter(sealer.push, now);
  const controller = {
    name: institution.name,
    ...(institution.registrationNumber
      ? { registrationNumber: institution.registrationNumber }
      : {}),
  };
  const facts = {
    institution: controller,
    createdAt: now.toISOString(),
    personCount: ids.length,
    language,
  } as const;
  await pkg.add(README_FILE[language], utf8(archiveReadme(facts)));
  const persons = [];
  const has = new Set<ArchiveActCategory>(['record']);
  const date = todayIso(now);
  const stamp = archiveFileName(now).slice('arhivs-'.length, -`.${ARCHIVE_EXTENSION}`.length);
  options.onProgress?.({ done: 0, total: ids.length });
  for (const [i, subjectId] of ids.entries()) {
    const folder = await personFolderFiles(
      deps,
      session,
      subjectId,
      personFolder(i),
      { number: `ARH-${stamp}-${String(i + 1)}`, date, language },
      controller,
    );
    for (const [path, bytes] of folder.files) await pkg.add(path, bytes);
    for (const [category, present] of Object.entries(folder.has))
      if (present) has.add(category as ArchiveActCategory);
    persons.push(folder.entry);
    options.onProgress?.({ done: i + 1, total: ids.length });
  }
  const exportedBy = staff.get(session.userId) ?? '';
  const manifest = await pkg.finish({
    schema: ARCHIVE_PACKAGE_SCHEMA,
    formatVersion: ARCHIVE_PACKAGE_VERSION,
    ...facts,
    exportedBy: { userId: session.userId, name: exportedBy },
    persons,
  });
  const sealed = await sealer.finish();
  const order: ArchiveActCategory[] = ['record', 'contacts', 'healthNotes', 'consents', 'evidence'];
  return {
    id,
    code,
    fileName: archiveFileName(now),
    sha256: sealed.sha256,
    size: sealed.size,
    createdAt: now.toISOString(),
    language,
    personIds: ids,
    categories: order.filter((c) => has.has(c)),
    counts: {
      persons: ids.length,
      consentEvents: persons.reduce((n, p) => n + p.consentEvents, 0),
      scans: persons.reduce((n, p) => n + p.scans.length, 0),
      files: manifest.files.length + 1,
    },
    institutionName: institution.name,
    exportedBy,
  };
};

/**
 * Audits a hand-over whose sealed file was saved: 'subject.archiveExport' once per person, ids
 * only. Needs 'archive.export'.
 */
export const recordSaved = async (
  deps: ArchiveDeps,
  session: Session,
  done: HandOver,
): Promise<void> => {
  authorize(session, 'archive.export');
  await auditEntries(deps.ctx, session, 'subject.archiveExport', 'subject', done.personIds);
};
