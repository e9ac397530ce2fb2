// A returned form: find it by its printed id, record each item's answer as a ledger event
// (with an optional scan), and withdrawals of single items at any time. Nothing already
// recorded changes: a withdrawal is a new event that stops use from its own date.
import { consentStateKnownNow, type ConsentChannel } from '@shared/consent';
import { AppError } from '@shared/errors/app-error';
import { normalizeFormId } from '@shared/pdf';
import { todayIso, type IsoDate } from '@shared/text';
import {
  addEvents,
  addEvidence,
  eventsOfForm,
  eventsOfSubjects,
  formByFormId,
  sealEvidence,
  type EvidenceFile,
  type IssuedForm,
  type LedgerEvent,
} from '../../data/consents';
import type { Session } from '../../data/session/session';
import { INSTITUTION_SCOPE } from '../../data/keys/scopes';
import { authorize, keyringFor } from '../authorize';
import { keyChange, storeWithKeys } from '../person-keys';
import { allPurposes, templateRegistry } from './catalog';
import { auditOne } from './consent-audit';
import { namedSubject, type ConsentDeps, type NamedSubject } from './consent-deps';
import { linkedSigner, signersOf } from './signers';
import { assertChannel, assertDate, assertSignedBy } from './validate';

export type FoundForm = {
  readonly form: IssuedForm;
  readonly kind: 'consent' | 'withdrawal';
  readonly reviewRequired: boolean;
  /** The child the form was printed for, with birth date and group (defect 11). */
  readonly subject: NamedSubject | null;
  /**
   * All of the child's representatives, those the form was printed for first; for a social
   * office's client with none, the client, who signs for themselves (issue 11 item 5).
   */
  readonly representatives: readonly { readonly id: string; readonly name: string }[];
  readonly items: readonly { readonly id: string; readonly label: string; readonly text: string }[];
  /** Representatives whose answers on this form are already recorded. */
  readonly answeredBy: readonly string[];
};

const mustFind = async (
  deps: ConsentDeps,
  session: Session,
  input: string,
): Promise<IssuedForm> => {
  const auth = authorize(session, 'consent.record');
  const formId = normalizeFormId(input);
  if (formId === undefined)
    throw new AppError('validation', 'validation.formId', { field: 'formId' });
  const form = await formByFormId(deps.ctx.db, auth, formId);
  if (!form) throw new AppError('not-found', 'errors.formNotFound');
  return form;
};

const subjectFor = async (deps: ConsentDeps, session: Session, subjectId: string) => {
  const subject = await deps.records.subject(session, subjectId);
  authorize(session, 'consent.record', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  return subject;
};

export const findForm = async (
  deps: ConsentDeps,
  session: Session,
  input: string,
): Promise<FoundForm> => {
  const form = await mustFind(deps, session, input);
  const auth = authorize(session, 'consent.record');
  const template = (await templateRegistry(deps, auth)).get(form.templateId, form.templateVersion);
  const subject = form.subjectId === null ? null : await subjectFor(deps, session, form.subjectId);
  const reps = subject ? await signersOf(deps, session, subject) : [];
  const printedFor = (id: string): number => (form.representativeIds.includes(id) ? 0 : 1);
  const answered = await eventsOfForm(deps.ctx.db, auth, form.formId);
  await auditOne(deps.ctx, session, 'form.find', 'consentForm', form.id);
  return {
    form,
    kind: template.kind,
    reviewRequired: template.reviewRequired,
    subject: subject ? await namedSubject(deps, session, subject) : null,
    representatives: [...reps]
      .sort((a, b) => printedFor(a.id) - printedFor(b.id))
      .map((r) => ({ id: r.id, name: r.name })),
    items: template.items.map((i) => ({ id: i.id, label: i.shortLabel, text: i.text })),
    answeredBy: [...new Set(answered.map((e) => e.representativeId))],
  };
};

export type RecordAnswersInput = {
  readonly formId: string;
  /** Only for a blank form printed without a child. */
  readonly subjectId?: string;
  readonly signedOn: IsoDate;
  readonly representativeId: string;
  readonly answers: Readonly<Record<string, 'granted' | 'refused'>>;
  readonly channel: ConsentChannel;
  readonly signedBy?: string;
  readonly scan?: EvidenceFile;
};

const checkAnswers = (
  answers: RecordAnswersInput['answers'],
  itemIds: readonly string[],
): [string, 'granted' | 'refused'][] => {
  const entries = Object.entries(answers);
  if (entries.length === 0)
    throw new AppError('validation', 'validation.noAnswers', { field: 'answers' });
  // Values arrive from the UI at run time: the type alone does not guarantee the two words.
  const kinds: readonly string[] = ['granted', 'refused'];
  for (const [purposeId, kind] of entries) {
    if (!itemIds.includes(purposeId) || !kinds.includes(kind)) {
      throw new AppError('validation', 'validation.invalid', { field: 'answers' });
    }
  }
  return entries;
};

export const recordAnswers = async (
  deps: ConsentDeps,
  session: Session,
  input: RecordAnswersInput,
): Promise<LedgerEvent[]> => {
  const form = await mustFind(deps, session, input.formId);
  const auth = authorize(session, 'consent.record');
  const template = (await templateRegistry(deps, auth)).get(form.templateId, form.templateVersion);
  if (template.kind !== 'consent')
    throw new AppError('validation', 'validation.notConsentForm', { field: 'formId' });
  const subjectId = form.subjectId ?? input.subjectId;
  if (subjectId === undefined)
    throw new AppError('validation', 'validation.required', { field: 'subjectId' });
  const subject = await subjectFor(deps, session, subjectId);
  const signedOn = assertDate(deps, input.signedOn, 'signedOn', todayIso(new Date(form.issuedAt)));
  const channel = assertChannel(input.channel);
  await linkedSigner(deps, session, subject, input.representativeId);
  const answers = checkAnswers(
    input.answers,
    template.items.map((i) => i.id),
  );
  const already = await eventsOfForm(deps.ctx.db, auth, form.formId);
  if (already.some((e) => e.representativeId === input.representativeId)) {
    throw new AppError('validation', 'errors.formAlreadyRecorded', { field: 'formId' });
  }
  const signedBy = assertSignedBy(input.signedBy);
  const now = deps.ctx.now().toISOString();
  let evidenceId: string | undefined;
  if (input.scan) {
    const id = crypto.randomUUID();
    // The scan gets a key of its own, placed where the child's identifiers key is.
    const change = keyChange(deps.ctx, keyringFor(auth));
    const scopes = change.scopesOf(subject.id, 'identifiers');
    const key = await change.itemKey(
      id,
      subject.id,
      'identifiers',
      scopes.length > 0 ? scopes : [INSTITUTION_SCOPE],
    );
    const row = await sealEvidence(
      key,
      { id, subjectId: subject.id, addedAt: now, addedBy: session.userId },
      input.scan,
    );
    await storeWithKeys(change, () => addEvidence(deps.ctx.db, row));
    evidenceId = row.id;
    await auditOne(deps.ctx, session, 'evidence.add', 'consentEvidence', row.id);
  }
  const events: LedgerEvent[] = answers.map(([purposeId, kind]) => ({
    id: crypto.randomUUID(),
    subjectId: subject.id,
    purposeId,
    kind,
    on: signedOn,
    recordedAt: now,
    recordedBy: session.userId,
    representativeId: input.representativeId,
    channel,
    formId: form.formId,
    ...(evidenceId ? { evidenceId } : {}),
    ...(signedBy ? { signedBy } : {}),
  }));
  await addEvents(deps.ctx.db, auth, events);
  await auditOne(deps.ctx, session, 'consent.record', 'subject', subject.id);
  return events;
};

export type WithdrawInput = {
  readonly subjectId: string;
  readonly purposeId: string;
  readonly representativeId: string;
  /**
   * The day the institution received the withdrawal: it takes effect that day (both withdrawal
   * forms say so; GDPR Art. 7(3)), so use stops from it. Not the date written on the letter.
   */
  readonly receivedOn: IsoDate;
  readonly channel: ConsentChannel;
  readonly signedBy?: string;
};

export const withdraw = async (
  deps: ConsentDeps,
  session: Session,
  input: WithdrawInput,
): Promise<LedgerEvent> => {
  const subject = await deps.records.subject(session, input.subjectId);
  const auth = authorize(session, 'consent.withdraw', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  const on = assertDate(deps, input.receivedOn, 'receivedOn');
  const channel = assertChannel(input.channel);
  await linkedSigner(deps, session, subject, input.representativeId);
  if (!(await allPurposes(deps, auth)).some((p) => p.id === input.purposeId)) {
    throw new AppError('validation', 'validation.invalid', { field: 'purposeId' });
  }
  // Any legal representative may withdraw (issue 14, defect 6), not only the one who signed:
  // what matters is that use is allowed on that day, as the register knows it now.
  const events = (await eventsOfSubjects(deps.ctx.db, auth, [subject.id])).get(subject.id) ?? [];
  if (consentStateKnownNow(events, input.purposeId, on) !== 'granted')
    throw new AppError('validation', 'errors.notGranted', { field: 'purposeId' });
  const signedBy = assertSignedBy(input.signedBy);
  const event: LedgerEvent = {
    id: crypto.randomUUID(),
    subjectId: subject.id,
    purposeId: input.purposeId,
    kind: 'withdrawn',
    on,
    recordedAt: deps.ctx.now().toISOString(),
    recordedBy: session.userId,
    representativeId: input.representativeId,
    channel,
    ...(signedBy ? { signedBy } : {}),
  };
  await addEvents(deps.ctx.db, auth, [event]);
  await auditOne(deps.ctx, session, 'consent.withdraw', 'subject', subject.id);
  return event;
};
