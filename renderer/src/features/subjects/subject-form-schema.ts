// The subject form as one zod schema: the shared input schemas for the subject and each
// representative (so the form refuses exactly what the domain refuses), plus the status, the
// restriction and the relation of each representative. Every message is an i18n key.
import { z } from 'zod';
import {
  blankAsUndefined,
  dateInputField,
  pastBounds,
  plainText,
  requiredText,
} from '@shared/domain/fields';
import {
  RELATIONS,
  SUBJECT_STATUSES,
  makeRepresentativeInputSchema,
  makeSubjectInputSchema,
  type DomainSchemaContext,
  type Relation,
  type RepresentativeFormValues,
  type SubjectFormValues,
  type SubjectStatus,
} from '@shared/domain';
import type { RepresentativeSave, SubjectSave } from './subjects-api';

export type RepresentativeRowValues = RepresentativeFormValues & {
  /** '' for a new link. */
  linkId: string;
  /** '' for a new person; set when an existing representative (a sibling's parent) is linked. */
  representativeId: string;
  relation: Relation;
  custodyNotes: string;
};

export type SubjectFormInput = {
  subject: SubjectFormValues;
  status: SubjectStatus;
  restricted: boolean;
  restrictionReason: string;
  restrictionSince: string;
  representatives: RepresentativeRowValues[];
};

/** What the form hands to the save: a SubjectSave without the record id. */
export type SubjectFormOutput = Omit<SubjectSave, 'id'>;

export const emptyRepresentative = (relation: Relation): RepresentativeRowValues => ({
  linkId: '',
  representativeId: '',
  relation,
  custodyNotes: '',
  givenNames: '',
  familyName: '',
  personalCode: '',
  phone: '',
  email: '',
  address: '',
  notes: '',
});

const representativeRow = (context: DomainSchemaContext) =>
  makeRepresentativeInputSchema(context).extend({
    linkId: z.string(),
    representativeId: z.string(),
    relation: z.enum(RELATIONS, 'validation.invalid'),
    custodyNotes: blankAsUndefined(plainText(1000, true)),
  });

type RowOut = z.output<ReturnType<typeof representativeRow>>;

const toSave = ({
  linkId,
  representativeId,
  relation,
  custodyNotes,
  ...draft
}: RowOut): RepresentativeSave => ({
  ...(linkId === '' ? {} : { linkId }),
  ...(representativeId === '' ? {} : { representativeId }),
  draft,
  relation,
  ...(custodyNotes === undefined ? {} : { custodyNotes }),
});

/**
 * `mayRestrict`: only then is the restriction part of the output; otherwise it is left as it is.
 * A restriction needs a reason and a date (today when left empty is NOT assumed: the date is
 * when the data subject asked, which the user must state).
 */
export const makeSubjectFormSchema = (context: DomainSchemaContext, mayRestrict: boolean) => {
  const since = dateInputField(pastBounds(context.today));
  const reason = requiredText(500);
  return z
    .object({
      subject: makeSubjectInputSchema(context),
      status: z.enum(SUBJECT_STATUSES, 'validation.invalid'),
      restricted: z.boolean(),
      restrictionReason: z.string(),
      restrictionSince: z.string(),
      representatives: z.array(representativeRow(context)).max(6, 'validation.tooLong'),
    })
    .superRefine((v, ctx) => {
      if (!mayRestrict || !v.restricted) return;
      const r = reason.safeParse(v.restrictionReason);
      if (!r.success)
        ctx.addIssue({
          code: 'custom',
          path: ['restrictionReason'],
          message: r.error.issues[0]?.message ?? 'validation.invalid',
        });
      const s = since.safeParse(v.restrictionSince);
      const sinceMessage = s.success
        ? s.data === undefined
          ? 'validation.required'
          : null
        : (s.error.issues[0]?.message ?? 'validation.date');
      if (sinceMessage !== null)
        ctx.addIssue({ code: 'custom', path: ['restrictionSince'], message: sinceMessage });
    })
    .transform((v): SubjectFormOutput => {
      const restriction = v.restricted
        ? {
            reason: v.restrictionReason.trim(),
            since: since.parse(v.restrictionSince) ?? context.today,
          }
        : null;
      return {
        draft: v.subject,
        status: v.status,
        ...(mayRestrict ? { restriction } : {}),
        representatives: v.representatives.map(toSave),
      };
    });
};
