import { z } from 'zod';

// A form template is data, not code: the wording a parent signs. Templates are immutable per
// (id, version): editing wording creates a new version, and every version stays renderable so
// that what a parent signed can be shown again exactly.

/** Stable purpose ids shared by all consent and withdrawal templates. */
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

const correctionSchema = z.object({ original: text, corrected: text, reason: text }).strict();

const baseShape = {
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/),
  version: z.number().int().min(1),
  language: z.enum(['lv', 'lt']),
  formLabel: text,
  source: text,
  reviewRequired: z.boolean(),
  reviewNote: text.optional(),
  title: z.array(text).min(1),
  subtitle: text.optional(),
  representative: fillLineSchema,
  child: fillLineSchema,
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

/** The key a template is stored and looked up under: `id@version`. */
export const templateKey = (template: { id: string; version: number }): string =>
  `${template.id}@${template.version}`;

/** Short labels per purpose id, e.g. for a group sheet's column headers. */
export const templatePurposes = (template: FormTemplate): { id: string; label: string }[] =>
  template.items.map((item) => ({ id: item.id, label: item.shortLabel }));
