import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@shared/text';
import { LanguagePicker } from '../components/LanguagePicker';
import { isLanguage } from '../i18n';
import { SECTIONS, type Section, type SectionId } from './sections';
import { routeHref } from './use-hash-route';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '240px 1fr', minHeight: '100vh' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10 },
  },
  nav: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  brand: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    margin: '8px 8px 16px',
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  link: {
    display: 'block',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandForeground1}`,
  },
  footer: {
    marginTop: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  main: { padding: '24px 32px', maxWidth: '1200px', width: '100%', boxSizing: 'border-box' },
  topbar: {
    display: 'flex',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
});

type Props = {
  /** The section shown; undefined for a page outside the navigation (help). */
  readonly current?: SectionId;
  readonly sections?: readonly Section[];
  readonly sectionLabel?: (section: Section) => string;
  readonly toolbar?: ReactNode;
  /** Shown after a section's label in the navigation, e.g. a count of urgent requests. */
  readonly badges?: Partial<Record<SectionId, ReactNode>>;
  readonly children: ReactNode;
};

// The frame every signed-in screen sits in: navigation, language, keyboard shortcuts.
export const AppShell = ({
  current,
  sections = SECTIONS,
  sectionLabel,
  toolbar,
  badges,
  children,
}: Props) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const label = sectionLabel ?? ((section: Section) => t(section.labelKey));

  useEffect(() => {
    // Alt+1 … Alt+9 jump to a section, as in many Windows programs.
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number.parseInt(event.key, 10) - 1;
      const target = sections[index];
      if (Number.isNaN(index) || !target) return;
      event.preventDefault();
      window.location.hash = routeHref(target.id);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [sections]);

  return (
    <div className={styles.root}>
      <a
        className={styles.skip}
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <nav className={styles.nav} aria-label={t('app.mainNavigation')}>
        <div className={styles.brand}>{t('app.title')}</div>
        <ul className={styles.list}>
          {sections.map((section, index) => (
            <li key={section.id}>
              <a
                href={routeHref(section.id)}
                className={`${styles.link} ${section.id === current ? styles.current : ''}`}
                aria-current={section.id === current ? 'page' : undefined}
                aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
              >
                {label(section)}
                {badges?.[section.id] ?? null}
              </a>
            </li>
          ))}
        </ul>
        <div className={styles.footer}>
          <Caption1>
            {t('app.today', {
              date: formatDate(
                todayIso(new Date()),
                isLanguage(i18n.language) ? i18n.language : 'lv',
              ),
            })}
          </Caption1>
          <label>
            <Caption1>{t('app.language')}</Caption1>
            <LanguagePicker />
          </label>
        </div>
      </nav>
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {toolbar ? <div className={styles.topbar}>{toolbar}</div> : null}
        {children}
      </main>
    </div>
  );
};
