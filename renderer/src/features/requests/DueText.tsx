// "atlikušas 3 darba dienas", "termiņš šodien", "termiņš nokavēts par 2 dienām": how much time a
// request has left, in words, with an icon and a tint, so it never rests on colour alone. A plain
// wrapping span (a Badge clips longer words at its fixed height).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Clock16Regular, ErrorCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { RequestUrgency } from '@shared/requests';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  base: {
    display: 'inline-flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    padding: `1px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  icon: { flexShrink: 0, marginTop: '1px' },
  overdue: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground3,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
  },
  soon: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
  later: {
    color: tokens.colorNeutralForeground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export const useDueWords = (): ((urgency: RequestUrgency) => string) => {
  const { t } = useTranslation();
  return (urgency) => {
    if (urgency.kind === 'overdue') return t('requests.overdue', { count: urgency.daysOverdue });
    if (urgency.workingDaysLeft === 0) return t('requests.dueToday');
    return t('requests.daysLeft', { count: urgency.workingDaysLeft });
  };
};

export const DueText = ({ urgency }: { readonly urgency: RequestUrgency }) => {
  const styles = useStyles();
  const words = useDueWords()(urgency);
  const Icon =
    urgency.kind === 'overdue'
      ? ErrorCircle16Regular
      : urgency.kind === 'soon'
        ? Warning16Regular
        : Clock16Regular;
  return (
    <span className={mergeClasses(styles.base, styles[urgency.kind])}>
      <Icon className={styles.icon} aria-hidden />
      <span>{words}</span>
    </span>
  );
};
