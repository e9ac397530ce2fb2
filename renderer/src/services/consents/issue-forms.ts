// Printing consent forms: for some children or a whole group, one form per child (first
// representative) or per representative, prefilled or blank. Every printed form is recorded
// (its printed id, template version, child and representatives) before the PDF is handed out,
// so a returned paper can always be matched and its exact wording shown again.
import { AppError } from '@shared/errors/app-error';
import {
  renderConsentForms,
  type ConsentFormEntry,
  type ConsentTemplate,
  type FormTemplate,
  templateInstitutionKind,
} from '@shared/pdf';
import type { InstitutionKind } from '@shared/domain/types';
import { todayIso } from '@shared/text';
import { compareByName } from '@shared/text/search';
import { addForms, type IssuedForm } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { templateRegistry, type TemplateSummary } from './catalog';
import { auditMany } from './consent-audit';
import { fullName, type ConsentDeps, type ConsentSubject } from './consent-deps';
import { officeKind, signersOf, type Signer } from './signers';
import { newFormIds } from './form-ids';
import { printedInstitution } from './institution';

export type IssueFormsInput = {
  readonly subjectIds?: readonly string[];
  readonly groupId?: string;
  readonly templateId: string;
  readonly representatives: 'first' | 'all';
  /** Names left empty for filling in by hand (the form is still recorded). */
  readonly blank?: boolean;
  /** Called as each child is prepared; `total` is the number of children. */
  readonly onProgress?: (done: number, total: number) => void;
};

export type IssueFormsResult = {
  readonly pdf: Uint8Array;
  readonly forms: readonly IssuedForm[];
  readonly template: TemplateSummary;
};

type Planned = {
  subjectId: string | null;
  /** The representatives the form is printed for; empty for a client's own form. */
  reps: Signer[];
  entry: Omit<ConsentFormEntry, 'formId'>;
};

export const asConsentTemplate = (template: FormTemplate): ConsentTemplate => {
  if (template.kind !== 'consent')
    throw new AppError('validation', 'validation.invalid', { field: 'templateId' });
  return template;
};

/**
 * The template must be for the register's kind of institution: a social office prints its
 * client form, a kindergarten keeps Veidlapa Nr. 1 (issue 11 item 5). AppError('validation',
 * 'validation.templateKind') otherwise.
 */
const assertTemplateKind = (template: ConsentTemplate, kind: InstitutionKind): ConsentTemplate => {
  if (templateInstitutionKind(template) !== kind)
    throw new AppError('validation', 'validation.templateKind', { field: 'templateId' });
  return template;
};

/** The children to print for, by surname then given names in the template's language (defect 4). */
const subjectsFor = async (
  deps: ConsentDeps,
  session: Session,
  input: IssueFormsInput,
  language: ConsentTemplate['language'],
): Promise<ConsentSubject[]> => {
  const out: ConsentSubject[] = [];
  if (input.groupId !== undefined)
    out.push(...(await deps.records.groupMembers(session, input.groupId)));
  for (const id of input.subjectIds ?? []) out.push(await deps.records.subject(session, id));
  return out.sort(compareByName(language));
};

const planSubject = async (
  deps: ConsentDeps,
  session: Session,
  subject: ConsentSubject,
  input: IssueFormsInput,
): Promise<Planned[]> => {
  authorize(session, 'form.issue', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  const signers = await signersOf(deps, session, subject);
  const chosen = input.representatives === 'all' ? signers : signers.slice(0, 1);
  const childName = input.blank === true ? {} : { childName: fullName(subject) };
  if (chosen.length === 0) return [{ subjectId: subject.id, reps: [], entry: childName }];
  return chosen.map((signer) =>
    signer.self
      ? { subjectId: subject.id, reps: [], entry: { ...childName, subjectSigns: true } }
      : {
          subjectId: subject.id,
          reps: [signer],
          entry: input.blank === true ? {} : { ...childName, representativeName: signer.name },
        },
  );
};

const plan = async (
  deps: ConsentDeps,
  session: Session,
  input: IssueFormsInput,
  template: ConsentTemplate,
): Promise<Planned[]> => {
  const selfSigned = template.selfSigned !== undefined;
  const subjects = await subjectsFor(deps, session, input, template.language);
  if (subjects.length === 0) {
    // A blank form for no one in particular: in a social office, the client's own form.
    if (input.blank === true && input.groupId === undefined)
      return [{ subjectId: null, reps: [], entry: selfSigned ? { subjectSigns: true } : {} }];
    throw new AppError('validation', 'validation.noSubjects', { field: 'subjectIds' });
  }
  const planned: Planned[] = [];
  for (const [index, subject] of subjects.entries()) {
    planned.push(...(await planSubject(deps, session, subject, input)));
    input.onProgress?.(index + 1, subjects.length);
  }
  return planned;
};

export const issueForms = async (
  deps: ConsentDeps,
  session: Session,
  input: IssueFormsInput,
): Promise<IssueFormsResult> => {
  const auth = authorize(session, 'form.issue');
  const registry = await templateRegistry(deps, auth);
  const template = assertTemplateKind(
    asConsentTemplate(registry.latest(input.templateId)),
    await officeKind(deps.ctx),
  );
  const planned = await plan(deps, session, input, template);
  const formIds = await newFormIds(deps.ctx.db, planned.length, deps.randomBytes);
  const now = deps.ctx.now();
  const { institution } = await printedInstitution(deps.ctx, session);
  const pdf = await renderConsentForms({
    template,
    institution,
    fonts: await deps.fonts(),
    generatedOn: todayIso(now),
    ...(input.groupId === undefined
      ? {}
      : {
          cover: {
            groupName: (await deps.records.group(session, input.groupId)).name,
            formCount: planned.length,
          },
        }),
    entries: planned.map((p, i) => ({ ...p.entry, formId: formIds[i] ?? '' })),
  });
  const forms: IssuedForm[] = planned.map((p, i) => ({
    id: crypto.randomUUID(),
    formId: formIds[i] ?? '',
    subjectId: p.subjectId,
    templateId: template.id,
    templateVersion: template.version,
    issuedAt: now.toISOString(),
    issuedBy: session.userId,
    representativeIds: p.reps.map((r) => r.id),
  }));
  await addForms(deps.ctx.db, auth, forms);
  await auditMany(
    deps.ctx,
    session,
    'form.issue',
    'consentForm',
    forms.map((f) => f.id),
  );
  const t = template;
  return {
    pdf,
    forms,
    template: {
      id: t.id,
      version: t.version,
      kind: t.kind,
      language: t.language,
      formLabel: t.formLabel,
      reviewRequired: t.reviewRequired,
      ...(t.reviewNote ? { reviewNote: t.reviewNote } : {}),
    },
  };
};
