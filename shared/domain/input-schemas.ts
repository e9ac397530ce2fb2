// Form-input schemas: what the forms submit (every box a string, dates as the user typed them,
// '' for "not given"), converted to domain drafts with the same rules as the record schemas.
import { z } from 'zod';
import {
  blankAsUndefined,
  dateInputField,
  idField,
  nameField,
  pastBounds,
  plainText,
  plannedBounds,
} from './fields';
import {
  checkSubjectCrossFields,
  groupFieldSchemas,
  representativeFieldSchemas,
  subjectFieldSchemas,
  type DomainSchemaContext,
} from './schemas';
import { parsePersonalCode } from '../personal-code/parse';
import { clientCodeInSchema, otherCountry } from './client-schemas';
import type { GroupDraft, RepresentativeDraft, SubjectDraft } from './types';

/** The subject form's values. */
export type SubjectFormValues = {
  kind: 'child' | 'client';
  givenNames: string;
  familyName: string;
  personalCode: string;
  birthDate: string;
  /** '' for no group. */
  groupId: string;
  enrolledOn: string;
  leftOn: string;
  notes: string;
  healthNotes: string;
  /**
   * The person's code was issued by the other country (an LT code in an LV register): accepted
   * only with this box ticked and a note saying why (issue 11). Left out (undefined) by a form
   * that does not show personal codes, so a save keeps what is stored.
   */
  foreignNational?: boolean;
  foreignNationalNote?: string;
};

export const makeSubjectInputSchema = (context: DomainSchemaContext) => {
  const fields = subjectFieldSchemas(context);
  return z
    .object({
      kind: fields.kind,
      givenNames: nameField(),
      familyName: nameField(),
      // A code valid in neither country is an error on the field itself, shown with the other
      // fields' errors; the foreign-national rule (checkClientCode) needs the box, so below.
      personalCode: blankAsUndefined(
        z.string().superRefine((code, ctx) => {
          const home = parsePersonalCode(code, context.country);
          if (home.valid || parsePersonalCode(code, otherCountry(context.country)).valid) return;
          ctx.addIssue({ code: 'custom', message: `validation.personalCode.${home.reason}` });
        }),
      ),
      birthDate: dateInputField(pastBounds(context.today)),
      groupId: z
        .string()
        .trim()
        .transform((s) => (s === '' ? null : s))
        .pipe(idField().nullable()),
      enrolledOn: dateInputField(plannedBounds(context.today)),
      leftOn: dateInputField(plannedBounds(context.today)),
      notes: blankAsUndefined(plainText(2000, true)),
      healthNotes: blankAsUndefined(plainText(2000, true)),
      foreignNational: z.boolean().optional(),
      foreignNationalNote: blankAsUndefined(plainText(500, true)).optional(),
    })
    .superRefine((s, ctx) => {
      checkSubjectCrossFields(s, ctx, context);
    })
    .transform((s, ctx): SubjectDraft => {
      const { foreignNational, foreignNationalNote, ...rest } = s;
      // Unticked, the note goes with the box: nothing is kept that the screen no longer shows.
      const foreign =
        foreignNational === undefined
          ? {}
          : foreignNational
            ? { foreignNational: true, foreignNationalNote }
            : { foreignNational: false, foreignNationalNote: undefined };
      if (rest.personalCode === undefined) return { ...rest, ...foreign };
      const personalCode = clientCodeInSchema(
        rest.personalCode,
        context.country,
        { foreignNational, note: foreignNationalNote },
        ctx,
      );
      return { ...rest, ...foreign, personalCode };
    }) satisfies z.ZodType<SubjectDraft, SubjectFormValues>;
};

export type RepresentativeFormValues = {
  givenNames: string;
  familyName: string;
  personalCode: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
};

export const makeRepresentativeInputSchema = (context: DomainSchemaContext) => {
  const fields = representativeFieldSchemas(context);
  return z.object({
    givenNames: fields.givenNames,
    familyName: fields.familyName,
    personalCode: blankAsUndefined(fields.personalCode.unwrap()),
    phone: blankAsUndefined(fields.phone.unwrap()),
    email: blankAsUndefined(fields.email.unwrap()),
    address: blankAsUndefined(plainText(300)),
    notes: blankAsUndefined(plainText(2000, true)),
  }) satisfies z.ZodType<RepresentativeDraft, RepresentativeFormValues>;
};

export type GroupFormValues = { name: string; yearBand: string; teacherIds: string[] };

export const groupInputSchema = z.object(groupFieldSchemas()) satisfies z.ZodType<
  GroupDraft,
  GroupFormValues
>;
