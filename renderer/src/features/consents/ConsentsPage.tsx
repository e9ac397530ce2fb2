// #/consents: the group matrix with its printable sheet (in a social office, where the clients'
// consents are), and the photo check.
import { Divider, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConsentsApi } from './consents-api';
import { useSubjectKind } from '../../components/subject-kind';
import { ClientsOverviewSection } from './ClientsOverviewSection';
import { GroupMatrixSection } from './GroupMatrixSection';
import { PhotoCheckSection } from './PhotoCheckSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export const ConsentsPage = ({ api }: { readonly api: ConsentsApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const kind = useSubjectKind();
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('consents.heading')}</Title1>
      {kind === 'client' ? <ClientsOverviewSection api={api} /> : <GroupMatrixSection api={api} />}
      <Divider />
      <PhotoCheckSection api={api} />
    </div>
  );
};
