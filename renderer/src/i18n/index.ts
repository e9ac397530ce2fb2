// i18next setup: Latvian first; Lithuanian and English switchable. The chosen language is
// remembered in localStorage (a language code is not personal data).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import lt from './locales/lt.json';
import lv from './locales/lv.json';

export const LANGUAGES = ['lv', 'lt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ui.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const storedLanguage = (): Language => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'lv';
  } catch {
    return 'lv';
  }
};

export const rememberLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session only.
  }
};

// Each feature owns its strings in features/<name>/locales/<language>.json, under top-level
// keys of its own; they are merged over the shell's strings here.
type Messages = Record<string, unknown>;
const featureMessages = import.meta.glob<Messages>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

const messagesFor = (language: Language, base: Messages): Messages => {
  const merged: Messages = { ...base };
  for (const [path, messages] of Object.entries(featureMessages)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, messages);
  }
  return merged;
};

export const resources = {
  lv: { translation: messagesFor('lv', lv) },
  lt: { translation: messagesFor('lt', lt) },
  en: { translation: messagesFor('en', en) },
};

export const initI18n = async (): Promise<typeof i18next> => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'lv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
};

export const changeLanguage = async (language: Language): Promise<void> => {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
};
