// One error type for the whole app. The message is an i18n key, never text with personal data.
export const APP_ERROR_CODES = [
  'validation',
  'forbidden',
  'locked',
  'not-found',
  'crypto',
  'storage',
  'internal',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** i18n key, e.g. 'errors.forbidden'. */
  readonly i18nKey: string;
  /** Non-personal details (field names, counts), safe to log. */
  readonly details: Readonly<Record<string, string | number | boolean>> | undefined;

  constructor(
    code: AppErrorCode,
    i18nKey: string,
    details?: Readonly<Record<string, string | number | boolean>>,
  ) {
    super(`${code}: ${i18nKey}`);
    this.name = 'AppError';
    this.code = code;
    this.i18nKey = i18nKey;
    this.details = details;
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
