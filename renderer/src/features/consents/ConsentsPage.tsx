// #/consents: the group matrix with its printable sheet, and the photo check.
import { Divider, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConsentsApi } from './consents-api';
import { GroupMatrixSection } from './GroupMatrixSection';
import { PhotoCheckSection } from './PhotoCheckSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export const ConsentsPage = ({ api }: { readonly api: ConsentsApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('consents.heading')}</Title1>
      <GroupMatrixSection api={api} />
      <Divider />
      <PhotoCheckSection api={api} />
    </div>
  );
};
