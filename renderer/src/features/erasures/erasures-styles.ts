// The "Dzēšamie" page's layout: room between its sections, and the wide text columns (what is
// due, reasons) given the space instead of equal columns that wrap every word.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useErasuresStyles = makeStyles({
  /** Each section (due, waiting, decided) below the one before it, with room to breathe. */
  section: { paddingTop: tokens.spacingVerticalXL },
  person: { width: '11em' },
  group: { width: '7em' },
  scope: { width: '10em' },
  who: { width: '10em' },
  state: { width: '7em' },
  actions: { width: '14em' },
  categories: { margin: 0, paddingLeft: '1.2em' },
  /** The archive hand-over's form and result: fields one below the other, not full width. */
  archiveForm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '44em',
    paddingTop: tokens.spacingVerticalM,
  },
  /** The one-time hand-over code: large, monospaced, easy to read out and copy. */
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase500,
    letterSpacing: '0.08em',
    userSelect: 'all',
  },
  hash: { overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
});
