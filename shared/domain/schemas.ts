// Record schemas: what a domain object must satisfy wherever it comes from (a decrypted row,
// an import, IPC). Rules that depend on the institution's country or on today's date come from
// a factory, so tests pass a fixed `today` and nothing reads the clock.
import { z } from 'zod';
import { parsePersonalCode } from '../personal-code/parse';
import { clientCodeInSchema, clientFieldSchemas, otherCountry } from './client-schemas';
import type { IsoDate } from '../text/dates';
import {
  emailField,
  idField,
  isoDateField,
  nameField,
  optionalText,
  pastBounds,
  personalCodeField,
  phoneField,
  plannedBounds,
  requiredText,
} from './fields';
import {
  COUNTRIES,
  GROUP_STATUSES,
  INSTITUTION_KINDS,
  LEAVING_REASONS,
  RELATIONS,
  SUBJECT_KINDS,
  SUBJECT_STATUSES,
  type Country,
  type Group,
  type Institution,
  type Representative,
  type RepresentativeLink,
  type Subject,
} from './types';

export type DomainSchemaContext = { readonly country: Country; readonly today: IsoDate };

const REGISTRATION_NUMBER: Readonly<Record<Country, RegExp>> = { LV: /^\d{11}$/u, LT: /^\d{9}$/u };

export const institutionSchema = z
  .object({
    kind: z.enum(INSTITUTION_KINDS, 'validation.invalid'),
    country: z.enum(COUNTRIES, 'validation.invalid'),
    name: requiredText(200),
    registrationNumber: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s/gu, '')),
    address: requiredText(300),
    phone: phoneField(),
    email: emailField(),
    controllerName: requiredText(200),
    operatorName: requiredText(200),
    recipients: z.array(requiredText(200)).max(30, 'validation.tooLong'),
  })
  .superRefine((inst, ctx) => {
    if (!REGISTRATION_NUMBER[inst.country].test(inst.registrationNumber)) {
      ctx.addIssue({
        code: 'custom',
        message: 'validation.registrationNumber',
        path: ['registrationNumber'],
      });
    }
  }) satisfies z.ZodType<Institution>;

/** The date and personal-code rules that span several fields of a subject. */
export type SubjectCrossFields = {
  personalCode?: string | undefined;
  /** Marked as a foreign national: the code may be the other country's, and a note is due. */
  foreignNational?: boolean | undefined;
  foreignNationalNote?: string | undefined;
  birthDate?: IsoDate | undefined;
  enrolledOn?: IsoDate | undefined;
  leftOn?: IsoDate | undefined;
};

export const checkSubjectCrossFields = (
  s: SubjectCrossFields,
  ctx: z.RefinementCtx,
  context: DomainSchemaContext,
): void => {
  if (s.enrolledOn !== undefined && s.leftOn !== undefined && s.leftOn < s.enrolledOn) {
    ctx.addIssue({ code: 'custom', message: 'validation.leftBeforeEnrolled', path: ['leftOn'] });
  }
  if (s.birthDate !== undefined && s.enrolledOn !== undefined && s.enrolledOn < s.birthDate) {
    ctx.addIssue({
      code: 'custom',
      message: 'validation.enrolledBeforeBirth',
      path: ['enrolledOn'],
    });
  }
  // The mark means nothing without the reason (issue 11): required with or without a code.
  if (s.foreignNational === true && (s.foreignNationalNote ?? '').trim() === '') {
    ctx.addIssue({
      code: 'custom',
      message: 'validation.foreignNationalNote',
      path: ['foreignNationalNote'],
    });
  }
  if (s.personalCode === undefined) return;
  // A foreign national's code carries a birth date too, read the other country's way.
  const home = parsePersonalCode(s.personalCode, context.country);
  const parsed =
    home.valid || s.foreignNational !== true
      ? home
      : parsePersonalCode(s.personalCode, otherCountry(context.country));
  if (!parsed.valid || parsed.birthDate === undefined) return;
  if (parsed.birthDate > context.today) {
    ctx.addIssue({
      code: 'custom',
      message: 'validation.personalCode.date',
      path: ['personalCode'],
    });
  } else if (s.birthDate !== undefined && s.birthDate !== parsed.birthDate) {
    ctx.addIssue({ code: 'custom', message: 'validation.birthDateMismatch', path: ['birthDate'] });
  }
};

const restrictionSchema = (today: IsoDate) =>
  z.object({ reason: requiredText(500), since: isoDateField(pastBounds(today)) });

const leftReasonSchema = z
  .object({ code: z.enum(LEAVING_REASONS, 'validation.invalid'), note: optionalText(300, false) })
  .refine((r) => r.code !== 'other' || (r.note ?? '').trim() !== '', {
    message: 'validation.required',
    path: ['note'],
  });

export const subjectFieldSchemas = (context: DomainSchemaContext) => ({
  kind: z.enum(SUBJECT_KINDS, 'validation.invalid'),
  givenNames: nameField(),
  familyName: nameField(),
  personalCode: personalCodeField(context.country).optional(),
  birthDate: isoDateField(pastBounds(context.today)).optional(),
  groupId: idField().nullable().optional(),
  enrolledOn: isoDateField(plannedBounds(context.today)).optional(),
  leftOn: isoDateField(plannedBounds(context.today)).optional(),
  leftReason: leftReasonSchema.optional(),
  notes: optionalText(2000, true),
  healthNotes: optionalText(2000, true),
});

/**
 * A stored subject. Its personal code is checked by checkClientCode: another country's code only
 * for a foreign national with a note (issue 11); the code comes out normalized.
 */
export const makeSubjectSchema = (context: DomainSchemaContext) =>
  z
    .object({
      id: idField(),
      ...subjectFieldSchemas(context),
      personalCode: z.string().optional(),
      status: z.enum(SUBJECT_STATUSES, 'validation.invalid'),
      restriction: restrictionSchema(context.today).nullable().optional(),
      legalHold: restrictionSchema(context.today).nullable().optional(),
      assignedWorkerIds: z.array(idField()).optional(),
      ...clientFieldSchemas(context.today),
    })
    .superRefine((s, ctx) => {
      checkSubjectCrossFields(s, ctx, context);
    })
    .transform((s, ctx): Subject => {
      if (s.personalCode === undefined) return s;
      const personalCode = clientCodeInSchema(
        s.personalCode,
        context.country,
        { foreignNational: s.foreignNational, note: s.foreignNationalNote },
        ctx,
      );
      return { ...s, personalCode };
    }) satisfies z.ZodType<Subject>;

export const representativeFieldSchemas = (context: DomainSchemaContext) => ({
  givenNames: nameField(),
  familyName: nameField(),
  personalCode: personalCodeField(context.country).optional(),
  phone: phoneField().optional(),
  email: emailField().optional(),
  address: optionalText(300),
  notes: optionalText(2000, true),
});

export const makeRepresentativeSchema = (context: DomainSchemaContext) =>
  z.object({
    id: idField(),
    ...representativeFieldSchemas(context),
  }) satisfies z.ZodType<Representative>;

export const groupFieldSchemas = () => ({
  name: nameField(),
  yearBand: z
    .string()
    .trim()
    .normalize('NFC')
    .max(50, 'validation.tooLong')
    .refine((s) => !/\p{Cc}/u.test(s), 'validation.controlChars'),
  teacherIds: z.array(idField()),
});

export const groupSchema = z.object({
  id: idField(),
  ...groupFieldSchemas(),
  status: z.enum(GROUP_STATUSES, 'validation.invalid'),
}) satisfies z.ZodType<Group>;

export const representativeLinkSchema = z.object({
  id: idField(),
  subjectId: idField(),
  representativeId: idField(),
  relation: z.enum(RELATIONS, 'validation.invalid'),
  custodyNotes: optionalText(1000, true),
}) satisfies z.ZodType<RepresentativeLink>;

/** All record schemas for one institution on one day. */
export const makeDomainSchemas = (context: DomainSchemaContext) => ({
  institution: institutionSchema,
  group: groupSchema,
  subject: makeSubjectSchema(context),
  representative: makeRepresentativeSchema(context),
  representativeLink: representativeLinkSchema,
});
