// The real i18next with the app's real locale files and settings (renderer/src/i18n), asked
// with returnDetails so a test sees which language and which key a string came from.
import i18next, { type i18n } from 'i18next';
import { resources, type Language } from '@renderer/i18n';

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export const appI18n = async (): Promise<i18n> => {
  const instance = i18next.createInstance();
  // As in the app: Latvian is the fallback language, so a gap in lt or en shows Latvian.
  await instance.init({
    resources,
    lng: 'lv',
    fallbackLng: 'lv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};

const flatten = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) =>
        flatten(inner, prefix ? `${prefix}.${key}` : key),
      )
    : [prefix];

/** Every leaf key of one language, plural suffixes included. */
export const keysOf = (language: Language): string[] => flatten(resources[language].translation);

export type Details = { res: unknown; usedLng: string; exactUsedKey: string };

export const resolveKey = (
  i18n: i18n,
  key: string,
  lng: Language,
  options: Record<string, unknown> = {},
): Details => i18n.t(key, { ...options, lng, returnDetails: true });

/**
 * Why a resolved string is wrong, or null: missing, taken from another language, taken from
 * another key than expected (a plural form that does not exist), or a count shown by a string
 * without plural forms.
 */
export const resolutionProblem = (
  key: string,
  lng: Language,
  got: Details,
  expectedKeys: readonly string[],
): string | null => {
  if (typeof got.res !== 'string' || got.res === '') return `${lng} ${key}: missing`;
  if (got.usedLng !== lng) return `${lng} ${key}: shows the ${got.usedLng} text "${got.res}"`;
  if (!expectedKeys.includes(got.exactUsedKey))
    return `${lng} ${key}: resolved from ${got.exactUsedKey}, expected ${expectedKeys.join(' or ')}`;
  // A count in a string without plural forms reads "1 ieraksti" / "Sagatavotas 1 veidlapas".
  if (got.res.includes('{{count}}')) return `${lng} ${key}: a count without plural forms`;
  return null;
};
