import { Body1, Title1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppShell } from './AppShell';
import { SECTIONS, isSectionId, type SectionId } from './sections';
import { useHashRoute } from './use-hash-route';

const Home = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-heading">
      <Title1 as="h1" id="home-heading">{t('home.heading')}</Title1>
      <Body1 as="p">{t('home.intro')}</Body1>
    </section>
  );
};

export const App = () => {
  const { t } = useTranslation();
  const { route, go } = useHashRoute();
  const current: SectionId = isSectionId(route.section) ? route.section : 'home';
  const section = SECTIONS.find((s) => s.id === current);
  return (
    <AppShell current={current}>
      <ErrorBoundary key={current}>
        {current === 'home' || !section ? (
          <Home />
        ) : (
          <ComingSoon sectionLabel={t(section.labelKey)} onBack={() => { go('home'); }} />
        )}
      </ErrorBoundary>
    </AppShell>
  );
};
