import { AppError } from '../errors/app-error';
import { formatDate, isValidIsoDate, type DateLocale, type IsoDate } from '../text/dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LV_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * Formats a calendar date for print as DD.MM.YYYY. Accepts ISO `YYYY-MM-DD` (also the date part
 * of a full ISO timestamp) or an already formatted DD.MM.YYYY. Shared code has no clock: callers
 * pass the date, so the same input always renders the same PDF.
 */
export const formatFormDate = (value: string): string => {
  const trimmed = value.trim();
  if (LV_DATE.test(trimmed)) return trimmed;
  const match = ISO_DATE.exec(trimmed.slice(0, 10));
  if (!match) throw new AppError('validation', 'errors.pdf.dateInvalid');
  const [, year, month, day] = match;
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
};

const toIsoDate = (value: string): IsoDate => {
  const trimmed = value.trim();
  const lv = LV_DATE.exec(trimmed);
  const iso = lv ? `${lv[3] ?? ''}-${lv[2] ?? ''}-${lv[1] ?? ''}` : trimmed.slice(0, 10);
  if (!isValidIsoDate(iso)) throw new AppError('validation', 'errors.pdf.dateInvalid');
  return iso;
};

/**
 * A date as the document's language writes it: lv DD.MM.YYYY, lt YYYY-MM-DD, en DD/MM/YYYY
 * (shared/text formatDate). Takes what formatFormDate takes; throws the same error.
 */
export const formatDocumentDate = (value: string, language: DateLocale): string =>
  formatDate(toIsoDate(value), language);
