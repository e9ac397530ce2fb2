// Consent forms issued and not yet returned (issue 14, defect 5): a form is open while no
// answer in the ledger names its printed id. Preparing forms again for a child who has an open
// form of the same template version would put two live papers in circulation; the screens warn
// and offer to reprint the open one (same printed id) instead, and list each group's open forms.
import type { IsoDate } from '@shared/text';
import { namesakeIds } from '@shared/text/namesakes';
import { compareByName } from '@shared/text/search';
import { eventsOfSubjects, formsOfSubject } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { templateRegistry } from './catalog';
import { fullName, type ConsentDeps, type ConsentSubject } from './consent-deps';

/** One open form: who it is for and when it was printed (`issuedAt` ISO timestamp, UTC). */
export type UnreturnedForm = {
  readonly formId: string;
  readonly subjectId: string;
  readonly childName: string;
  /** Set only when another child listed has the same name (issue 14, defect 11). */
  readonly namesakeBirthDate?: IsoDate | undefined;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly issuedAt: string;
};

export type UnreturnedInput = {
  /** A whole group's children, or the children listed. */
  readonly groupId?: string;
  readonly subjectIds?: readonly string[];
  /** Only forms of the newest version of this template (the one preparing would print). */
  readonly templateId?: string;
};

const subjectsOf = async (
  deps: ConsentDeps,
  session: Session,
  input: UnreturnedInput,
): Promise<ConsentSubject[]> => {
  if (input.groupId !== undefined) return deps.records.groupMembers(session, input.groupId);
  const out: ConsentSubject[] = [];
  for (const id of input.subjectIds ?? []) out.push(await deps.records.subject(session, id));
  return out;
};

/**
 * The open consent forms of the children, by name (Latvian collation) and oldest first per
 * child. Needs form.issue for each child's group; restricted records are left out. Withdrawal
 * forms are never "open": they are not answers a parent returns.
 */
export const unreturnedForms = async (
  deps: ConsentDeps,
  session: Session,
  input: UnreturnedInput,
): Promise<UnreturnedForm[]> => {
  const auth = authorize(session, 'form.issue');
  const registry = await templateRegistry(deps, auth);
  const subjects = (await subjectsOf(deps, session, input))
    .filter((s) => !s.restricted)
    .sort(compareByName('lv'));
  for (const s of subjects) authorize(session, 'form.issue', { subjectGroupId: s.groupId });
  const version = input.templateId ? registry.latest(input.templateId).version : undefined;
  const events = await eventsOfSubjects(
    deps.ctx.db,
    auth,
    subjects.map((s) => s.id),
  );
  const namesakes = namesakeIds(subjects);
  const out: UnreturnedForm[] = [];
  for (const subject of subjects) {
    const answered = new Set((events.get(subject.id) ?? []).map((e) => e.formId));
    for (const form of await formsOfSubject(deps.ctx.db, auth, subject.id)) {
      if (answered.has(form.formId)) continue;
      if (registry.get(form.templateId, form.templateVersion).kind !== 'consent') continue;
      if (input.templateId !== undefined && form.templateId !== input.templateId) continue;
      if (version !== undefined && form.templateVersion !== version) continue;
      out.push({
        formId: form.formId,
        subjectId: subject.id,
        childName: fullName(subject),
        ...(namesakes.has(subject.id) && subject.birthDate
          ? { namesakeBirthDate: subject.birthDate }
          : {}),
        templateId: form.templateId,
        templateVersion: form.templateVersion,
        issuedAt: form.issuedAt,
      });
    }
  }
  return out;
};
