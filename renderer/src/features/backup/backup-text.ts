// Error text for backup and restore failures: the AppError's own message with its details
// (a reason of a failed write is itself translated), or the generic message.
import type { TFunction } from 'i18next';
import { isAppError } from '@shared/errors/app-error';

export const errorText = (t: TFunction, error: unknown): string => {
  if (!isAppError(error)) return t('errors.internal');
  const details = error.details ?? {};
  const reason =
    typeof details.reason === 'string' ? t(`backup.writeReason.${details.reason}`) : undefined;
  return t(error.i18nKey, { ...details, ...(reason === undefined ? {} : { reason }) });
};
