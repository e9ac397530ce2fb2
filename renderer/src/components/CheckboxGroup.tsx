import { Body1, Caption1, Checkbox, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export type CheckboxOption = {
  /** The value saved when ticked (a group id, a teacher id …). */
  readonly value: string;
  /** What the user reads beside the box; clicking it ticks this box and no other. */
  readonly label: string;
};

type Props = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly options: readonly CheckboxOption[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  /** An i18n key shown as the group's error, or undefined. */
  readonly errorKey?: string | undefined;
};

const useStyles = makeStyles({
  group: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A labelled list of checkboxes, one value each (a teacher's groups, a group's teachers).
 *
 * Why not Fluent's `<Field>` around the boxes: a Field hands its one generated id to every
 * control inside it, so all boxes shared an id and a click on the label "Zīlītes" ticked the
 * first box ("Mārītes") — a teacher was given the wrong group (issue 14, defect 1). Here each box
 * gets its own id from `useId` inside Fluent's Checkbox, and the group is a fieldset whose legend
 * names it for screen readers.
 */
export const CheckboxGroup = ({ label, hint, options, selected, onChange, errorKey }: Props) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const hintId = useId('checkbox-group-hint');
  const errorId = useId('checkbox-group-error');
  const describedBy = [hint ? hintId : null, errorKey ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className={styles.group} aria-describedby={describedBy || undefined}>
      <legend className={styles.legend}>
        <Body1>{label}</Body1>
      </legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(_event, data) => {
            onChange(
              data.checked === true
                ? [...selected.filter((v) => v !== option.value), option.value]
                : selected.filter((v) => v !== option.value),
            );
          }}
        />
      ))}
      {hint ? (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      ) : null}
      {errorKey ? (
        <Caption1 id={errorId} role="alert" className={styles.error}>
          {t(errorKey)}
        </Caption1>
      ) : null}
    </fieldset>
  );
};
