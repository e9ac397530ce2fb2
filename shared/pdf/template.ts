import { z } from 'zod';
import { INSTITUTION_KINDS, type InstitutionKind } from '../domain/types';

// A form template is data, not code: the wording a parent signs. Templates are immutable per
// (id, version): editing wording creates a new version, and every version stays renderable so
// that what a parent signed can be shown again exactly.

/** Stable purpose ids of the kindergarten's consent and withdrawal templates (Veidlapa Nr. 1). */
export const FORM_PURPOSE_IDS = ['photo-premises', 'photo-publish', 'name-publish'] as const;
export type FormPurposeId = (typeof FORM_PURPOSE_IDS)[number];

const text = z.string().trim().min(1);

const fillLineSchema = z.object({ prefix: text, caption: text }).strict();

const itemSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    shortLabel: text,
    text,
  })
  .strict();

const labelsSchema = z
  .object({
    operator: text,
    controller: text,
    /**
     * When present, the controller line prints the institution itself (the controller is the
     * institution: seed 004 §4 "pārzinis — Pirmsskola", seed 003 "Duomenų valdytojas – viešoji
     * įstaiga …") and this label introduces the head who represents it (controllerName). Absent
     * in the Latvian Veidlapa Nr. 1, whose "Pārzinis:" line stays as the seed prints it.
     */
    controllerRepresentative: text.optional(),
    recipients: text,
    signatureCaption: text,
    formId: text,
    registrationNumber: text,
    phone: text,
    email: text,
    generatedOn: text,
    page: text,
  })
  .strict();

/**
 * How the form reads when the data subject signs for themselves: a social office's client with no
 * representative recorded (issue 11 item 5). One fill-in line with the subject's own name
 * replaces the representative and child lines, and the signature caption says the client signs.
 * `lead` (withdrawal forms) is printed before the items' intro, since no child line carries the
 * verb. Templates without it are always signed by a representative.
 */
const selfSignedSchema = z
  .object({ subject: fillLineSchema, signatureCaption: text, lead: text.optional() })
  .strict();

const correctionSchema = z.object({ original: text, corrected: text, reason: text }).strict();

const baseShape = {
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
  version: z.number().int().min(1),
  language: z.enum(['lv', 'lt']),
  formLabel: text,
  source: text,
  reviewRequired: z.boolean(),
  reviewNote: text.optional(),
  /**
   * The kind of institution the template is for; absent means a kindergarten (every template
   * released before social offices). A register offers only its own kind's templates.
   */
  institutionKind: z.enum(INSTITUTION_KINDS).optional(),
  title: z.array(text).min(1),
  subtitle: text.optional(),
  representative: fillLineSchema,
  child: fillLineSchema,
  selfSigned: selfSignedSchema.optional(),
  statement: text,
  labels: labelsSchema,
  corrections: z.array(correctionSchema),
};

const uniqueItemIds = (items: readonly { id: string }[]): boolean =>
  new Set(items.map((item) => item.id)).size === items.length;

export const consentTemplateSchema = z
  .object({
    ...baseShape,
    kind: z.literal('consent'),
    purpose: text,
    choices: z.object({ yes: text, no: text }).strict(),
    choiceNote: text.optional(),
    items: z.array(itemSchema).min(1).refine(uniqueItemIds, 'duplicate item id'),
  })
  .strict();

export const withdrawalTemplateSchema = z
  .object({
    ...baseShape,
    kind: z.literal('withdrawal'),
    itemsIntro: text,
    blankItemsIntro: text,
    originalFormLabel: text,
    receivedCaption: text,
    items: z.array(itemSchema).min(1).refine(uniqueItemIds, 'duplicate item id'),
  })
  .strict();

export const formTemplateSchema = z.discriminatedUnion('kind', [
  consentTemplateSchema,
  withdrawalTemplateSchema,
]);

export type ConsentTemplate = z.infer<typeof consentTemplateSchema>;
export type WithdrawalTemplate = z.infer<typeof withdrawalTemplateSchema>;
export type FormTemplate = z.infer<typeof formTemplateSchema>;
export type FormTemplateItem = ConsentTemplate['items'][number];
export type FormTemplateLabels = ConsentTemplate['labels'];

/** The institution kind a template is for (kindergarten unless it says otherwise). */
export const templateInstitutionKind = (template: FormTemplate): InstitutionKind =>
  template.institutionKind ?? 'kindergarten';

/** The key a template is stored and looked up under: `id@version`. */
export const templateKey = (template: { id: string; version: number }): string =>
  `${template.id}@${template.version}`;

/** Short labels per purpose id, e.g. for a group sheet's column headers. */
export const templatePurposes = (template: FormTemplate): { id: string; label: string }[] =>
  template.items.map((item) => ({ id: item.id, label: item.shortLabel }));
