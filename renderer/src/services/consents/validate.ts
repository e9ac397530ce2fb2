// Input checks shared by recording and withdrawing. Error details carry field names only.
import { CONSENT_CHANNELS, type ConsentChannel } from '@shared/consent';
import { AppError } from '@shared/errors/app-error';
import { isValidIsoDate, todayIso, type IsoDate } from '@shared/text';
import type { ConsentDeps } from './consent-deps';

export const assertDate = (
  deps: ConsentDeps,
  value: string,
  field: string,
  notBefore?: IsoDate,
): IsoDate => {
  if (!isValidIsoDate(value)) throw new AppError('validation', 'validation.date', { field });
  if (value > todayIso(deps.ctx.now()))
    throw new AppError('validation', 'validation.dateInFuture', { field });
  if (notBefore !== undefined && value < notBefore)
    throw new AppError('validation', 'validation.dateBeforeIssue', { field });
  return value;
};

export const assertChannel = (value: string): ConsentChannel => {
  if (!(CONSENT_CHANNELS as readonly string[]).includes(value))
    throw new AppError('validation', 'validation.invalid', { field: 'channel' });
  return value as ConsentChannel;
};

export const assertSignedBy = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim().normalize('NFC') ?? '';
  if (trimmed === '') return undefined;
  if (trimmed.length > 200 || /\p{Cc}/u.test(trimmed))
    throw new AppError('validation', 'validation.invalid', { field: 'signedBy' });
  return trimmed;
};
