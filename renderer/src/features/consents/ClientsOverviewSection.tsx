// A social office has no groups, so the consents page has no group matrix: it says where each
// client's consents are (the clients list's column, the client's own consents page) instead of
// asking for a group that does not exist (issue 11).
import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { People20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConsentsApi } from './consents-api';

export const ClientsOverviewSection = ({ api }: { readonly api: ConsentsApi }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="clients-consents-heading">
      <Subtitle1 as="h2" id="clients-consents-heading">
        {t('consents.clients.heading')}
      </Subtitle1>
      <Body1 as="p">{t('consents.clients.body')}</Body1>
      <Button icon={<People20Regular />} onClick={api.openSubjects}>
        {t('consents.clients.open')}
      </Button>
    </section>
  );
};
