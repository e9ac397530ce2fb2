// PDFs besides the batch of consent forms: a withdrawal form, a reprint of an issued form in
// its own template version, and the dated group sheet for the staff room.
import { AppError } from '@shared/errors/app-error';
import { effectiveEvents, sortConsentEvents, type Purpose } from '@shared/consent';
import {
  documentLanguage,
  renderConsentForms,
  renderGroupSheet,
  renderWithdrawalForm,
  type ConsentFormEntry,
  type ConsentTemplate,
  type FormTemplate,
  type WithdrawalTemplate,
} from '@shared/pdf';
import type { InstitutionKind } from '@shared/domain/types';
import { todayIso, type IsoDate } from '@shared/text';
import { PDFDocument } from 'pdf-lib';
import {
  addForms,
  eventsOfSubjects,
  formByFormId,
  type IssuedForm,
  type LedgerEvent,
} from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { allPurposes, templateRegistry } from './catalog';
import { auditOne } from './consent-audit';
import { fullName, type ConsentDeps } from './consent-deps';
import { newFormIds } from './form-ids';
import { printedInstitution } from './institution';
import { asConsentTemplate } from './issue-forms';
import { buildGroupMatrix } from './lookups';
import { linkedSigner, officeKind } from './signers';

export const WITHDRAWAL_TEMPLATE_ID = 'lv-atsaukums-1';
export const LT_WITHDRAWAL_TEMPLATE_ID = 'lt-atsaukimas-1';
/** A social office's client withdrawal forms (issue 11 item 5). */
export const CLIENT_WITHDRAWAL_TEMPLATE_ID = 'lv-klienta-atsaukums-1';
export const LT_CLIENT_WITHDRAWAL_TEMPLATE_ID = 'lt-kliento-atsaukimas-1';
/** The withdrawal form in the institution's own language, for its kind (a kindergarten's by default). */
export const withdrawalTemplateId = (
  country: string,
  kind: InstitutionKind = 'kindergarten',
): string => {
  if (kind === 'socialOffice')
    return country === 'LT' ? LT_CLIENT_WITHDRAWAL_TEMPLATE_ID : CLIENT_WITHDRAWAL_TEMPLATE_ID;
  return country === 'LT' ? LT_WITHDRAWAL_TEMPLATE_ID : WITHDRAWAL_TEMPLATE_ID;
};

export type WithdrawalFormInput = {
  readonly subjectId: string;
  readonly representativeId: string;
  readonly purposeIds: readonly string[];
  readonly originalFormId?: string;
};

const asWithdrawal = (t: FormTemplate) => {
  if (t.kind !== 'withdrawal') throw new AppError('internal', 'errors.internal');
  return t;
};

/**
 * The head's own purposes are not items of the bundled wording: a withdrawal of one prints it
 * as an extra item in the form's language, so one paper covers any purpose.
 */
const withCustomItems = (
  template: WithdrawalTemplate,
  purposes: readonly Purpose[],
  wanted: readonly string[],
): WithdrawalTemplate => {
  const known = new Set(template.items.map((i) => i.id));
  const extra = purposes
    .filter((p) => !known.has(p.id) && wanted.includes(p.id))
    .map((p) => {
      const label = p.labels[template.language];
      return { id: p.id, shortLabel: label, text: `${label};` };
    });
  return extra.length === 0 ? template : { ...template, items: [...template.items, ...extra] };
};

/**
 * The printed id of the consent form whose "yes" the withdrawal takes back (issue 14, defect 6):
 * the latest grant in force for these purposes, this representative's own first, else another's.
 * Undefined when no grant came from a printed form (the line is then left blank to fill by hand).
 */
const originalFormIdOf = (
  events: readonly LedgerEvent[],
  representativeId: string,
  purposeIds: readonly string[],
): string | undefined => {
  const grants = sortConsentEvents(effectiveEvents(events)).filter(
    (e) => e.kind === 'granted' && e.formId !== undefined && purposeIds.includes(e.purposeId),
  );
  const own = grants.filter((e) => e.representativeId === representativeId);
  return (own.at(-1) ?? grants.at(-1))?.formId;
};

export const withdrawalForm = async (
  deps: ConsentDeps,
  session: Session,
  input: WithdrawalFormInput,
): Promise<{ formId: string; pdf: Uint8Array }> => {
  const subject = await deps.records.subject(session, input.subjectId);
  const auth = authorize(session, 'consent.withdraw', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  const rep = await linkedSigner(deps, session, subject, input.representativeId);
  const { institution, country } = await printedInstitution(deps.ctx, session);
  const template = asWithdrawal(
    (await templateRegistry(deps, auth)).latest(
      withdrawalTemplateId(country, await officeKind(deps.ctx)),
    ),
  );
  const printed = withCustomItems(template, await allPurposes(deps, auth), input.purposeIds);
  const [formId = ''] = await newFormIds(deps.ctx.db, 1, deps.randomBytes);
  const events = (await eventsOfSubjects(deps.ctx.db, auth, [subject.id])).get(subject.id) ?? [];
  const originalFormId = input.originalFormId ?? originalFormIdOf(events, rep.id, input.purposeIds);
  const now = deps.ctx.now();
  const pdf = await renderWithdrawalForm({
    template: printed,
    institution,
    fonts: await deps.fonts(),
    generatedOn: todayIso(now),
    entry: {
      formId,
      childName: fullName(subject),
      ...(rep.self ? { subjectSigns: true } : { representativeName: rep.name }),
      purposeIds: input.purposeIds,
      ...(originalFormId ? { originalFormId } : {}),
    },
  });
  const form: IssuedForm = {
    id: crypto.randomUUID(),
    formId,
    subjectId: subject.id,
    templateId: template.id,
    templateVersion: template.version,
    issuedAt: now.toISOString(),
    issuedBy: session.userId,
    representativeIds: [rep.id],
  };
  await addForms(deps.ctx.db, auth, [form]);
  await auditOne(deps.ctx, session, 'form.issue', 'consentForm', form.id);
  return { formId, pdf };
};

/** The pages of several PDFs in one document, in order. */
const joinPdfs = async (parts: readonly Uint8Array[]): Promise<Uint8Array> => {
  const joined = await PDFDocument.create();
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    for (const page of await joined.copyPages(source, source.getPageIndices()))
      joined.addPage(page);
  }
  return joined.save();
};

/**
 * One issued form's printed entry, as it was first printed; checks the child's group. A form
 * printed for no representative on a template with a self-signed layout was the client's own.
 */
const reprintEntry = async (
  deps: ConsentDeps,
  session: Session,
  form: IssuedForm,
  template: ConsentTemplate,
): Promise<ConsentFormEntry> => {
  const subject =
    form.subjectId === null ? null : await deps.records.subject(session, form.subjectId);
  if (subject)
    authorize(session, 'form.issue', {
      subjectGroupId: subject.groupId,
      restricted: subject.restricted,
    });
  const reps = subject ? await deps.records.representatives(session, subject.id) : [];
  const rep = reps.find((r) => form.representativeIds.includes(r.id));
  return {
    formId: form.formId,
    ...(subject ? { childName: fullName(subject) } : {}),
    ...(rep ? { representativeName: fullName(rep) } : {}),
    ...(subject && form.representativeIds.length === 0 && template.selfSigned
      ? { subjectSigns: true }
      : {}),
  };
};

/**
 * Issued consent forms again, in one PDF, in the template version they were printed with (what
 * the parents sign), dated as first issued: the same printed ids, no new forms (issue 14,
 * defect 5). All must share one template version (a reprint of one form, or the open forms the
 * "prepare again" warning found); otherwise a validation error. Rendering is deterministic, so
 * one form's bytes equal the original's.
 */
export const reprintForms = async (
  deps: ConsentDeps,
  session: Session,
  formIdInputs: readonly string[],
): Promise<Uint8Array> => {
  const auth = authorize(session, 'form.issue');
  const forms: IssuedForm[] = [];
  for (const input of formIdInputs) {
    const form = await formByFormId(deps.ctx.db, auth, input);
    if (!form) throw new AppError('not-found', 'errors.formNotFound');
    forms.push(form);
  }
  const [first] = forms;
  if (!first) throw new AppError('validation', 'validation.noSubjects', { field: 'formIds' });
  if (
    forms.some(
      (f) => f.templateId !== first.templateId || f.templateVersion !== first.templateVersion,
    )
  )
    throw new AppError('validation', 'validation.invalid', { field: 'formIds' });
  const template = asConsentTemplate(
    (await templateRegistry(deps, auth)).get(first.templateId, first.templateVersion),
  );
  const { institution } = await printedInstitution(deps.ctx, session);
  // Each form keeps the date it was first printed on: one rendering per printing day.
  const byDay = new Map<string, ConsentFormEntry[]>();
  for (const form of forms) {
    const day = todayIso(new Date(form.issuedAt));
    byDay.set(day, [...(byDay.get(day) ?? []), await reprintEntry(deps, session, form, template)]);
  }
  const parts: Uint8Array[] = [];
  for (const [day, entries] of byDay) {
    parts.push(
      await renderConsentForms({
        template,
        institution,
        fonts: await deps.fonts(),
        generatedOn: day,
        entries,
      }),
    );
  }
  const pdf = parts.length === 1 && parts[0] ? parts[0] : await joinPdfs(parts);
  for (const form of forms)
    await auditOne(deps.ctx, session, 'form.reprint', 'consentForm', form.id);
  return pdf;
};

/** One issued consent form again (see reprintForms). */
export const reprintForm = (
  deps: ConsentDeps,
  session: Session,
  formIdInput: string,
): Promise<Uint8Array> => reprintForms(deps, session, [formIdInput]);

export const groupSheetPdf = async (
  deps: ConsentDeps,
  session: Session,
  groupId: string,
  onDate: IsoDate,
): Promise<Uint8Array> => {
  const { institution, country } = await printedInstitution(deps.ctx, session);
  const language = documentLanguage(country);
  const matrix = await buildGroupMatrix(
    deps,
    session,
    groupId,
    onDate,
    'form.groupSheet',
    language,
  );
  const pdf = await renderGroupSheet({
    institution: { name: institution.name },
    groupName: matrix.group.name,
    onDate,
    fonts: await deps.fonts(),
    language,
    purposes: matrix.purposes.map((p) => ({ id: p.id, label: p.labels[language] })),
    rows: matrix.rows.map((r) => ({
      name: r.name,
      states: r.states,
      birthDate: r.namesakeBirthDate,
    })),
  });
  await auditOne(deps.ctx, session, 'form.groupSheet', 'group', groupId);
  return pdf;
};
