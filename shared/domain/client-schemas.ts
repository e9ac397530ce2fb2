// The social-office parts of a client's record (issue 11, seed 000 p. 7): contacts, social
// situation, finances, care notes, services, and the foreign-national rule for personal codes.
import { z } from 'zod';
import { parsePersonalCode } from '../personal-code/parse';
import type { IsoDate } from '../text/dates';
import {
  emailField,
  idField,
  isoDateField,
  optionalText,
  phoneField,
  plannedBounds,
  requiredText,
} from './fields';
import type {
  ClientContacts,
  ClientFinancial,
  ClientService,
  ClientSocial,
  Country,
} from './types';

/** IBAN: 2 letters, 2 check digits, up to 30 letters or digits; stored without spaces. */
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u;

/** ISO 13616 mod-97 check of an IBAN (already without spaces, upper case). */
export const ibanChecksumOk = (iban: string): boolean => {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let rest = 0;
  for (const ch of moved) {
    const value = /\d/u.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
};

export const ibanField = () =>
  z
    .string()
    .transform((s) => s.replace(/\s/gu, '').toUpperCase())
    .refine((s) => IBAN.test(s) && ibanChecksumOk(s), 'validation.iban');

export const clientContactsSchema = z.object({
  declaredAddress: optionalText(300),
  actualAddress: optionalText(300),
  phone: phoneField().optional(),
  email: emailField().optional(),
}) satisfies z.ZodType<ClientContacts>;

export const clientSocialSchema = z.object({
  familySituation: optionalText(4000, true),
  materialSituation: optionalText(4000, true),
  socialSituation: optionalText(4000, true),
  property: optionalText(2000, true),
  childSchool: optionalText(300),
}) satisfies z.ZodType<ClientSocial>;

/** Up to 1,000,000 EUR a month in cents: anything above is a typing mistake. */
const MAX_MONTHLY_CENTS = 100_000_000;

export const clientFinancialSchema = z.object({
  bankAccount: ibanField().optional(),
  benefits: z
    .array(
      z.object({
        name: requiredText(200),
        monthlyAmountCents: z
          .number('validation.amount')
          .int('validation.amount')
          .min(0, 'validation.amount')
          .max(MAX_MONTHLY_CENTS, 'validation.amount'),
      }),
    )
    .max(30, 'validation.tooLong')
    .optional(),
}) satisfies z.ZodType<ClientFinancial>;

export const clientServiceSchema = (today: IsoDate) =>
  z
    .object({
      id: idField(),
      name: requiredText(200),
      decisionNumber: requiredText(100),
      startedOn: isoDateField(plannedBounds(today)),
      endedOn: isoDateField(plannedBounds(today)).optional(),
      responsibleWorkerId: idField().optional(),
    })
    .refine((s) => s.endedOn === undefined || s.endedOn >= s.startedOn, {
      message: 'validation.serviceEndBeforeStart',
      path: ['endedOn'],
    }) satisfies z.ZodType<ClientService>;

/** The client fields of the subject schema (all optional; a child has none of them). */
export const clientFieldSchemas = (today: IsoDate) => ({
  foreignNational: z.boolean().optional(),
  foreignNationalNote: optionalText(500, true),
  contacts: clientContactsSchema.optional(),
  social: clientSocialSchema.optional(),
  financial: clientFinancialSchema.optional(),
  careNotes: optionalText(4000, true),
  services: z.array(clientServiceSchema(today)).max(200, 'validation.tooLong').optional(),
});

const OTHER: Readonly<Record<Country, Country>> = { LV: 'LT', LT: 'LV' };

/** The other country of the two the register knows: a foreign national's code is of that one. */
export const otherCountry = (country: Country): Country => OTHER[country];

/**
 * checkClientCode inside a zod transform: the normalized code, or z.NEVER after an issue on the
 * field the error is about (the note when only the note is missing, else the code).
 */
export const clientCodeInSchema = (
  code: string,
  country: Country,
  foreign: { readonly foreignNational?: boolean | undefined; readonly note?: string | undefined },
  ctx: z.RefinementCtx,
): string => {
  const checked = checkClientCode(code, country, foreign);
  if ('code' in checked) return checked.code;
  const path =
    checked.error === 'validation.foreignNationalNote' ? 'foreignNationalNote' : 'personalCode';
  ctx.addIssue({ code: 'custom', message: checked.error, path: [path] });
  return z.NEVER;
};

/**
 * A personal code of the office's own country is checked as always. Another country's code (an
 * LT code in an LV office) is accepted only when the client is marked as a foreign national with
 * a note saying why (issue 11); returns the normalized code or an i18n error key.
 */
export const checkClientCode = (
  code: string,
  country: Country,
  foreign: { readonly foreignNational?: boolean | undefined; readonly note?: string | undefined },
): { readonly code: string } | { readonly error: string } => {
  const home = parsePersonalCode(code, country);
  if (home.valid) return { code: home.normalized };
  const other = parsePersonalCode(code, OTHER[country]);
  if (!other.valid) return { error: `validation.personalCode.${home.reason}` };
  if (foreign.foreignNational !== true) return { error: 'validation.personalCode.foreignOnly' };
  if ((foreign.note ?? '').trim() === '') return { error: 'validation.foreignNationalNote' };
  return { code: other.normalized };
};
