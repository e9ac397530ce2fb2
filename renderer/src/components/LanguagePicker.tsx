import { Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, isLanguage } from '../i18n';

/** Language choice, available on every screen including setup and sign-in; remembered. */
export const LanguagePicker = () => {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(_event, data) => {
        if (isLanguage(data.value)) void changeLanguage(data.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`app.languages.${language}`)}
        </option>
      ))}
    </Select>
  );
};
