// A consent state in words AND an icon, never colour alone (the colour only repeats them).
import { makeStyles, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle20Filled,
  DismissCircle20Filled,
  Prohibited20Filled,
  QuestionCircle20Regular,
} from '@fluentui/react-icons';
import type { ConsentState } from '@shared/consent';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  granted: { color: tokens.colorPaletteGreenForeground1 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  withdrawn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  none: { color: tokens.colorNeutralForeground2 },
});

const ICONS = {
  granted: CheckmarkCircle20Filled,
  refused: DismissCircle20Filled,
  withdrawn: Prohibited20Filled,
  none: QuestionCircle20Regular,
} as const;

type Props = { readonly state: ConsentState; readonly short?: boolean };

export const StateBadge = ({ state, short }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const Icon = ICONS[state];
  return (
    <span className={`${styles.badge} ${styles[state]}`} data-state={state}>
      <Icon aria-hidden="true" />
      <span>{t(short === true ? `consents.stateShort.${state}` : `consents.state.${state}`)}</span>
    </span>
  );
};
