// The head's tools for wording: every version of every template with where it came from, a
// preview of edited (unsaved) wording as a blank form, and answers for the head's own purposes,
// which no printed template carries: they are recorded from the paper on the child's page.
import { isBuiltInPurposeId, type ConsentChannel } from '@shared/consent';
import { AppError } from '@shared/errors/app-error';
import {
  FORM_ID_RANDOM_BYTES,
  formTemplateSchema,
  makeFormId,
  renderConsentForms,
  renderWithdrawalForm,
  templateInstitutionKind,
  templateKey,
  type FormTemplate,
} from '@shared/pdf';
import { todayIso, type IsoDate } from '@shared/text';
import { addEvents, storedTemplates, type LedgerEvent } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { allPurposes, unshadowedBundled } from './catalog';
import { auditOne } from './consent-audit';
import type { ConsentDeps } from './consent-deps';
import { printedInstitution } from './institution';
import { linkedSigner, officeKind } from './signers';
import { assertChannel, assertDate, assertSignedBy } from './validate';

export type TemplateVersionInfo = {
  readonly id: string;
  readonly version: number;
  readonly kind: FormTemplate['kind'];
  readonly language: FormTemplate['language'];
  readonly formLabel: string;
  readonly reviewRequired: boolean;
  /** Shipped with the app, or saved by the institution's head. */
  readonly origin: 'bundled' | 'edited';
  /** When an edited version was saved (ISO timestamp); null for bundled ones. */
  readonly createdAt: string | null;
};

/**
 * Every version of every template of the register's institution kind (a kindergarten's head
 * never sees the client forms, nor a social office's Veidlapa Nr. 1), sorted by id then version.
 */
export const templateVersions = async (
  deps: ConsentDeps,
  session: Session,
): Promise<TemplateVersionInfo[]> => {
  const auth = authorize(session, 'template.manage');
  const stored = await storedTemplates(deps.ctx.db, auth);
  const created = new Map(stored.map((s) => [`${s.templateId}@${String(s.version)}`, s.createdAt]));
  const all: FormTemplate[] = unshadowedBundled(stored);
  for (const s of stored) {
    const parsed = formTemplateSchema.safeParse(s.source);
    if (parsed.success) all.push(parsed.data);
  }
  const kind = await officeKind(deps.ctx);
  return all
    .filter((t) => templateInstitutionKind(t) === kind)
    .map((t): TemplateVersionInfo => {
      const createdAt = created.get(templateKey(t)) ?? null;
      return {
        id: t.id,
        version: t.version,
        kind: t.kind,
        language: t.language,
        formLabel: t.formLabel,
        reviewRequired: t.reviewRequired,
        origin: createdAt === null ? 'bundled' : 'edited',
        createdAt,
      };
    })
    .sort((a, b) => (a.id === b.id ? a.version - b.version : a.id.localeCompare(b.id)));
};

/** A blank form in the edited wording; nothing is stored or recorded (the id is all zeros). */
export const previewTemplate = async (
  deps: ConsentDeps,
  session: Session,
  edited: FormTemplate,
): Promise<Uint8Array> => {
  authorize(session, 'template.manage');
  const parsed = formTemplateSchema.safeParse(edited);
  if (!parsed.success)
    throw new AppError('validation', 'errors.pdf.templateInvalid', { id: edited.id });
  const template = parsed.data;
  const formId = makeFormId(new Uint8Array(FORM_ID_RANDOM_BYTES));
  const { institution } = await printedInstitution(deps.ctx, session);
  const common = { institution, fonts: await deps.fonts(), generatedOn: todayIso(deps.ctx.now()) };
  return template.kind === 'consent'
    ? renderConsentForms({ ...common, template, entries: [{ formId }] })
    : renderWithdrawalForm({ ...common, template, entry: { formId, purposeIds: [] } });
};

export type CustomAnswerInput = {
  readonly subjectId: string;
  readonly purposeId: string;
  readonly representativeId: string;
  readonly kind: 'granted' | 'refused';
  readonly on: IsoDate;
  readonly channel: ConsentChannel;
  readonly signedBy?: string;
};

/** An answer for one of the head's own purposes, as written on paper or in a note. */
export const recordCustomAnswer = async (
  deps: ConsentDeps,
  session: Session,
  input: CustomAnswerInput,
): Promise<LedgerEvent> => {
  const subject = await deps.records.subject(session, input.subjectId);
  const auth = authorize(session, 'consent.record', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  // Built-in items are answered on the printed form, which keeps the wording the parent signed.
  if (
    isBuiltInPurposeId(input.purposeId) ||
    !(await allPurposes(deps, auth)).some((p) => p.id === input.purposeId)
  ) {
    throw new AppError('validation', 'validation.invalid', { field: 'purposeId' });
  }
  // Values arrive from the UI at run time: the type alone does not guarantee the two words.
  if (!(['granted', 'refused'] as readonly string[]).includes(input.kind))
    throw new AppError('validation', 'validation.invalid', { field: 'kind' });
  const on = assertDate(deps, input.on, 'on');
  const channel = assertChannel(input.channel);
  await linkedSigner(deps, session, subject, input.representativeId);
  const signedBy = assertSignedBy(input.signedBy);
  const event: LedgerEvent = {
    id: crypto.randomUUID(),
    subjectId: subject.id,
    purposeId: input.purposeId,
    kind: input.kind,
    on,
    recordedAt: deps.ctx.now().toISOString(),
    recordedBy: session.userId,
    representativeId: input.representativeId,
    channel,
    ...(signedBy ? { signedBy } : {}),
  };
  await addEvents(deps.ctx.db, auth, [event]);
  await auditOne(deps.ctx, session, 'consent.record', 'subject', subject.id);
  return event;
};
