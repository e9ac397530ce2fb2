// "Pēdējā pārbaudītā kopija: 30.11.2026 21:30" (or that there is none yet), in the UI language.
import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** Local date and time of an ISO timestamp, e.g. 30.11.2026 21:30 in Latvian. */
export const formatWhen = (iso: string, language: string): string =>
  new Date(iso).toLocaleString(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** `at`: ISO time, null (never), undefined (still loading: nothing shown). */
export const LastVerified = ({ at }: { readonly at: string | null | undefined }) => {
  const { t, i18n } = useTranslation();
  if (at === undefined) return null;
  return (
    <Body1 as="p" data-testid="backup-last-verified">
      {at === null
        ? t('backup.never')
        : t('backup.lastVerified', { when: formatWhen(at, i18n.language) })}
    </Body1>
  );
};
