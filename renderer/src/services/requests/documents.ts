// The documents a request produces: reply letters (request.manage: the secretary prepares them
// from what is stored) and the Art. 15 access report (request.accessReport: the head, who holds
// every key). Each is numbered '<request number>-<n>'; printing the same kind again on the same
// day reprints it under the same number. File names carry the kind and the number, never a name.
import {
  letterWording,
  renderAccessReport,
  renderRequestLetter,
  type RequestLetterInput,
} from '@shared/pdf';
import type {
  DataSubjectRequest,
  LetterKind,
  RequestDocument,
  RequestDocumentKind,
} from '@shared/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { printedInstitution } from '../consents/institution';
import { buildAccessReport } from './access-report-data';
import { mutateRequest } from './mutate';
import { fieldError, institutionCountry, today } from './requests-context';
import type { RequestsDeps } from './requests-deps';
import { readRequest } from '../../data/requests';
import { requestAnswerDue } from '@shared/requests';

export type RequestPdf = {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly number: string;
};

/** The document number to print: today's document of that kind again, or the next number. */
export const documentFor = (
  r: DataSubjectRequest,
  kind: RequestDocumentKind,
  on: string,
): RequestDocument & { fresh: boolean } => {
  const again = [...r.documents].reverse().find((d) => d.kind === kind && d.date === on);
  if (again) return { ...again, fresh: false };
  return { number: `${r.number}-${r.documents.length + 1}`, kind, date: on, by: '', fresh: true };
};

const FILE_KINDS: Readonly<Record<RequestDocumentKind, string>> = {
  acknowledgement: 'apstiprinajums',
  clarification: 'precizejums',
  extension: 'pagarinajums',
  answer: 'atbilde',
  refusal: 'atteikums',
  'access-report': 'piekluves-parskats',
  portability: 'parnesamiba',
};

/** e.g. 'atbilde-2026-7-3.pdf': the kind and the number only, never a person's name. */
export const documentFileName = (kind: RequestDocumentKind, number: string, ext: string): string =>
  `${FILE_KINDS[kind]}-${number.replace(/\//g, '-')}.${ext}`;

/** Stores the document in the request's list (unless it is a reprint) and audits it. */
export const recordDocument = async (
  deps: RequestsDeps,
  session: Session,
  r: DataSubjectRequest,
  doc: RequestDocument & { fresh: boolean },
): Promise<void> => {
  const action =
    doc.kind === 'access-report'
      ? 'request.accessReport'
      : doc.kind === 'portability'
        ? 'request.export'
        : 'request.letter';
  const { fresh, ...stored } = doc;
  await mutateRequest(
    deps,
    session,
    authorize(session, 'request.manage'),
    r.id,
    'document',
    action,
    (current) => ({
      documents: fresh
        ? [...current.documents, { ...stored, by: session.userId }]
        : current.documents,
    }),
  );
};

const addressee = async (
  deps: RequestsDeps,
  session: Session,
  r: DataSubjectRequest,
  about: string,
): Promise<string[]> => {
  const repId =
    r.requester.kind === 'representative'
      ? r.requester.representativeId
      : (r.representativeId ?? undefined);
  if (repId !== undefined) {
    const rep = await deps.records.representative(session, repId);
    const contact = r.replyTo ?? rep.address ?? rep.email;
    return [`${rep.givenNames} ${rep.familyName}`, ...(contact ? [contact] : [])];
  }
  const name = r.requester.kind === 'representative' ? (r.requester.name ?? '') : about;
  return [name, ...(r.replyTo ? [r.replyTo] : [])];
};

/** What each letter kind needs from the stored request; missing: AppError on 'kind'. */
const letterContent = (
  r: DataSubjectRequest,
  kind: LetterKind,
  due: string,
): Partial<RequestLetterInput> => {
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw fieldError('kind', 'requests.errors.letterNotReady');
    return value;
  };
  switch (kind) {
    case 'acknowledgement':
      return { dueDate: due };
    case 'clarification':
      return { clarification: need(r.clarification).text };
    case 'extension': {
      const extension = need(r.extension);
      return { extension: { months: extension.months, dueDate: due, reasons: extension.reasons } };
    }
    case 'answer':
      if (r.status !== 'answered') throw fieldError('kind', 'requests.errors.letterNotReady');
      return { answer: need(r.outcome?.text) };
    case 'refusal': {
      if (r.status !== 'refused') throw fieldError('kind', 'requests.errors.letterNotReady');
      const outcome = need(r.outcome);
      return {
        refusal: {
          reasons: outcome.reasons ?? [],
          partial: outcome.partial ?? false,
          ...(outcome.text ? { explanation: outcome.text } : {}),
        },
      };
    }
  }
};

/** Attachments of an answer: the access report and the portability export produced for it. */
const attachments = (r: DataSubjectRequest, language: 'lv' | 'lt'): string[] => {
  const w = letterWording(language);
  return r.documents.flatMap((d) => {
    if (d.kind === 'access-report') return [`${w.report.title} ${w.labels.number} ${d.number}`];
    if (d.kind === 'portability')
      return [`${w.labels.portabilityAttachment} ${w.labels.number} ${d.number}`];
    return [];
  });
};

/**
 * A reply letter of `kind` for the request, as PDF. Refused on 'kind' when the request does not
 * have what that letter says yet (no clarification asked, no extension, no decision).
 */
export const requestLetter = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
  kind: LetterKind,
): Promise<RequestPdf> => {
  const auth = authorize(session, 'request.manage');
  const r = await readRequest(deps.ctx.db, auth, id);
  const country = await institutionCountry(deps.ctx);
  const language = country === 'LT' ? 'lt' : 'lv';
  const on = today(deps.ctx);
  const content = letterContent(r, kind, requestAnswerDue(r, country));
  const names =
    r.subjectId === null
      ? new Map<string, string>()
      : await deps.records.subjectNames(session, [r.subjectId]);
  const about = r.subjectId !== null ? (names.get(r.subjectId) ?? '') : (r.description ?? '');
  const doc = documentFor(r, kind, on);
  const [{ institution }, fonts, lines] = await Promise.all([
    printedInstitution(deps.ctx, session),
    deps.fonts(),
    addressee(deps, session, r, about),
  ]);
  const bytes = await renderRequestLetter({
    kind,
    language,
    institution,
    letterNumber: doc.number,
    date: doc.date,
    addressee: lines,
    request: {
      number: r.number,
      receivedOn: r.receivedOn,
      type: r.type,
      ...(about ? { dataSubject: about } : {}),
    },
    ...content,
    ...(kind === 'answer' ? { attachments: attachments(r, language) } : {}),
    fonts,
  });
  await recordDocument(deps, session, r, doc);
  return { bytes, fileName: documentFileName(kind, doc.number, 'pdf'), number: doc.number };
};

/** The Art. 15 access report of the person the request is about (head only). */
export const accessReport = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
): Promise<RequestPdf> => {
  const auth = authorize(session, 'request.accessReport');
  const r = await readRequest(deps.ctx.db, auth, id);
  if (r.subjectId === null) throw fieldError('kind', 'requests.errors.needsPerson');
  const doc = documentFor(r, 'access-report', today(deps.ctx));
  const input = await buildAccessReport(deps, session, r.subjectId, {
    number: doc.number,
    date: doc.date,
    requestNumber: r.number,
  });
  const bytes = await renderAccessReport(input);
  await recordDocument(deps, session, r, doc);
  return {
    bytes,
    fileName: documentFileName('access-report', doc.number, 'pdf'),
    number: doc.number,
  };
};
