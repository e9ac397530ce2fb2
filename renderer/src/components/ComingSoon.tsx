import { Body1, Button, Title2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export const ComingSoon = ({
  sectionLabel,
  onBack,
}: {
  readonly sectionLabel: string;
  readonly onBack: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coming-soon-heading">
      <Title2 as="h1" id="coming-soon-heading">
        {t('comingSoon.heading', { section: sectionLabel })}
      </Title2>
      <Body1 as="p">{t('comingSoon.body')}</Body1>
      <Button appearance="primary" onClick={onBack}>
        {t('comingSoon.back')}
      </Button>
    </section>
  );
};
