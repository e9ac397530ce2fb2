// The short help page that F1 and the menu's "Palīdzība" open (issue 13): the app's keys, how
// printing and locking work, a forgotten password, and where the data is kept; first, the
// yearly cycle of the work (issue 14).
import { Body1, Title1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/** The keys and what each does (help.keys.<id>); the key names are the same in every language. */
export const HELP_SHORTCUTS = [
  { id: 'print', keys: 'Ctrl+P' },
  { id: 'find', keys: 'Ctrl+F' },
  { id: 'lock', keys: 'Ctrl+L' },
  { id: 'sections', keys: 'Alt+1 … Alt+9' },
  { id: 'help', keys: 'F1' },
] as const;

/** The year's work in order (help.cycle.steps.<id>), from the "yearly cycle". */
export const HELP_CYCLE = ['enter', 'print', 'record', 'lookUp', 'withdraw'] as const;

/** The topics, each a heading and a paragraph (help.<id>.heading, help.<id>.body). */
export const HELP_TOPICS = ['printing', 'locking', 'password', 'data'] as const;

const useStyles = makeStyles({
  page: { maxWidth: '52rem' },
  keys: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  key: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  description: { margin: 0 },
  // Sections spaced apart; the headings' own margins come from index.html's base styles.
  block: { marginTop: tokens.spacingVerticalXL },
});

export const HelpPage = () => {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section aria-labelledby="help-heading" className={styles.page}>
      <Title1 as="h1" id="help-heading">
        {t('help.heading')}
      </Title1>
      <Body1 as="p">{t('help.intro')}</Body1>
      <section aria-labelledby="help-cycle" className={styles.block}>
        <Title3 as="h2" id="help-cycle">
          {t('help.cycle.heading')}
        </Title3>
        <ol>
          {HELP_CYCLE.map((step) => (
            <li key={step}>
              <Body1>{t(`help.cycle.steps.${step}`)}</Body1>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="help-keys" className={styles.block}>
        <Title3 as="h2" id="help-keys">
          {t('help.keysHeading')}
        </Title3>
        <dl className={styles.keys}>
          {HELP_SHORTCUTS.map(({ id, keys }) => (
            <div key={id} style={{ display: 'contents' }}>
              <dt>
                <kbd className={styles.key}>{keys}</kbd>
              </dt>
              <dd className={styles.description}>{t(`help.keys.${id}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {HELP_TOPICS.map((topic) => (
        <section key={topic} aria-labelledby={`help-${topic}`} className={styles.block}>
          <Title3 as="h2" id={`help-${topic}`}>
            {t(`help.${topic}.heading`)}
          </Title3>
          <Body1 as="p">{t(`help.${topic}.body`)}</Body1>
        </section>
      ))}
    </section>
  );
};
