// Turning a failed check into messages on the fields the user typed in: the shared schema's
// issues before saving, and the service's validation error (which names its field) after.
import { isAppError } from '@shared/errors/app-error';

/** i18n message keys by field name, e.g. { phone: 'validation.phone' }. */
export type FieldErrors = Readonly<Record<string, string>>;

type Issue = { readonly message: string; readonly path: readonly PropertyKey[] };

/** The first message per field of a schema's issues; the field is the path joined with '.'. */
export const issuesToErrors = (issues: readonly Issue[], prefix = ''): FieldErrors => {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const field =
      prefix !== '' && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    out[field] ??= issue.message;
  }
  return out;
};

/**
 * Runs a save; a validation error from the service that names a field under `prefix` (e.g.
 * 'contacts.phone') becomes that field's message and the form stays open with what was typed.
 * Returns null when saved. Any other error is thrown for the caller's notice.
 */
export const saveOrFieldErrors = async (
  save: () => Promise<void>,
  prefix: string,
): Promise<FieldErrors | null> => {
  try {
    await save();
    return null;
  } catch (error) {
    const field = isAppError(error) ? error.details?.field : undefined;
    if (isAppError(error) && error.code === 'validation' && typeof field === 'string') {
      const own = field.startsWith(`${prefix}.`) ? field.slice(prefix.length + 1) : field;
      return { [own]: error.i18nKey };
    }
    throw error;
  }
};

/** The typed values without blank ones: an empty box means "not given", never "". */
export const withoutBlanks = (values: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
