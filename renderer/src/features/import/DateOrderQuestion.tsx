// Asked only when the file does not settle whether its dates are day-first or month-first:
// two rows of the file, each read both ways, so the user can compare with what she knows.
import {
  Body1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DateAnalysis, DateOrder } from './import-api';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  examples: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Props = {
  readonly analysis: DateAnalysis;
  readonly value: DateOrder | undefined;
  readonly onChange: (order: DateOrder) => void;
};

export const DateOrderQuestion = ({ analysis, value, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const long = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const show = (iso: string): string => long.format(new Date(`${iso}T00:00:00Z`));
  const reading = (order: 'DMY' | 'MDY') =>
    analysis.examples.map((e) => show(order === 'DMY' ? e.dayFirst : e.monthFirst)).join('; ');
  const conflicts = analysis.columns.filter((c) => c.conflict);
  return (
    <section className={styles.box} aria-labelledby="date-order-heading">
      <Subtitle2 as="h3" id="date-order-heading">
        {t('import.dates.heading')}
      </Subtitle2>
      <Body1 as="p">{t('import.dates.intro')}</Body1>
      <ul className={styles.examples}>
        {analysis.examples.map((e) => (
          <li key={`${e.rowNumber}-${e.header}`}>
            {t('import.dates.example', { row: e.rowNumber, column: e.header, text: e.text })}
          </li>
        ))}
      </ul>
      {conflicts.map((c) => (
        <MessageBar key={c.header} intent="warning">
          <MessageBarBody>{t('import.dates.conflict', { column: c.header })}</MessageBarBody>
        </MessageBar>
      ))}
      <RadioGroup
        aria-labelledby="date-order-heading"
        value={value ?? ''}
        onChange={(_e, d) => {
          if (d.value === 'DMY' || d.value === 'MDY') onChange(d.value);
        }}
      >
        {(['DMY', 'MDY'] as const).map((order) => (
          <Radio
            key={order}
            value={order}
            label={`${t(`import.dates.${order}`)} — ${reading(order)}`}
          />
        ))}
      </RadioGroup>
    </section>
  );
};
