// What the setup wizard's forms submit. Messages are i18n keys.
import { z } from 'zod';

const text = (max: number) =>
  z
    .string()
    .trim()
    .normalize('NFC')
    .max(max, 'validation.tooLong')
    // Control characters break printing and exports; a pasted tab or newline is a mistake.
    .refine((value) => !/\p{Cc}/u.test(value), 'validation.controlChars');

export const institutionFormSchema = z.object({
  kind: z.enum(['kindergarten', 'socialOffice']),
  country: z.enum(['LV', 'LT']),
  name: text(200).pipe(z.string().min(1, 'validation.required')),
  registrationNumber: text(40),
  address: text(200),
  phone: text(40),
  email: text(120).refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'validation.email',
  ),
  controllerName: text(100).pipe(z.string().min(1, 'validation.required')),
  operatorName: text(100).pipe(z.string().min(1, 'validation.required')),
  recipients: text(500),
});
export type InstitutionForm = z.infer<typeof institutionFormSchema>;

export const headFormSchema = z
  .object({
    displayName: text(100).pipe(z.string().min(1, 'validation.required')),
    username: z
      .string()
      .trim()
      .min(3, 'validation.usernameShort')
      .max(40, 'validation.tooLong')
      .regex(/^[\p{L}\p{N}._-]+$/u, 'validation.usernameChars'),
    password: z.string(),
    passwordRepeat: z.string(),
  })
  .refine((v) => v.password === v.passwordRepeat, {
    path: ['passwordRepeat'],
    message: 'password.rules.mismatch',
  });
export type HeadForm = z.infer<typeof headFormSchema>;
