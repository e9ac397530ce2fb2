import { CounterBadge } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { HelpPage } from '../features/help/HelpPage';
import type { Session } from '../services';
import { AppShell } from './AppShell';
import type { PageMap } from './page-registry';
import { vaultPages } from './pages-vault';
import { consentsPages } from './pages-consents';
import { recordsPages } from './pages-records';
import { requestsPages } from './pages-requests';
import { erasuresPages } from './pages-erasures';
import { isSectionId, sectionsFor, type Section, type SectionId } from './sections';
import { useInstitutionKind } from './use-institution-kind';
import { HELP_SECTION } from './use-app-commands';
import { HomePage } from '../features/home/HomePage';
import { homeApi } from './home-adapters';
import { useHashRoute } from './use-hash-route';
import { useRequestBadge } from './use-request-badge';

/** Read by screen readers, not shown: the badge's count in words. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

// Capabilities register their pages here, one spread per pages-*.tsx file.
const PAGES: PageMap = {
  ...vaultPages,
  ...recordsPages,
  ...consentsPages,
  ...requestsPages,
  ...erasuresPages,
};

type Props = { readonly session: Session; readonly toolbar: ReactNode };

/** The signed-in app: only the sections the session's role may open. */
export const App = ({ session, toolbar }: Props) => {
  const { t } = useTranslation();
  const { route, go } = useHashRoute();
  const kind = useInstitutionKind();
  const sections = useMemo(() => sectionsFor(session.role, kind), [session.role, kind]);
  // The help page (F1) is open to everyone signed in and has no place in the navigation.
  const onHelp = route.section === HELP_SECTION;
  const requested: SectionId = isSectionId(route.section) ? route.section : 'home';
  const section: Section = sections.find((s) => s.id === requested) ?? {
    id: 'home',
    labelKey: 'nav.home',
  };
  const badge = useRequestBadge(session);
  const home = useMemo(() => homeApi(session, go, badge), [session, go, badge]);
  const page = (): ReactNode => {
    if (onHelp) return <HelpPage />;
    if (section.id === 'home') return <HomePage api={home} />;
    const render = PAGES[section.id];
    if (render) return render({ session, params: route.params, go });
    return (
      <ComingSoon
        sectionLabel={t(section.labelKey)}
        onBack={() => {
          go('home');
        }}
      />
    );
  };

  const badges =
    badge.urgent > 0
      ? {
          requests: (
            <>
              <CounterBadge
                aria-hidden
                count={badge.urgent}
                color={badge.overdue > 0 ? 'danger' : 'important'}
                size="small"
                style={{ marginLeft: 8 }}
              />
              <span style={VISUALLY_HIDDEN}>{t('requests.navBadge', { count: badge.urgent })}</span>
            </>
          ),
        }
      : undefined;

  return (
    <AppShell
      current={onHelp ? undefined : section.id}
      sections={sections}
      toolbar={toolbar}
      badges={badges}
    >
      <ErrorBoundary key={onHelp ? HELP_SECTION : section.id}>{page()}</ErrorBoundary>
    </AppShell>
  );
};
