// The filters of the audit screens: staff member, action (every action, by area), a date range
// (a date the app cannot read is said on its field, never silently ignored) and whether the
// routine reads (opening the list, a card, a consent page) are shown.
import { Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION_GROUP_IDS, AUDIT_ACTION_GROUPS } from '@shared/audit';
import { parseDateInput } from '@shared/text';
import { TextField } from '../../components/TextField';

export type AuditFilterValues = {
  readonly actorId?: string;
  readonly action?: string;
  /** ISO dates YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly hideRoutine: boolean;
};

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    margin: '12px 0',
  },
});

/** '' → no bound; a readable date → its ISO form; anything else → null (an error). */
const dateBound = (text: string): string | undefined | null =>
  text.trim() === '' ? undefined : parseDateInput(text);

export const AuditFilters = ({
  actors,
  onApply,
}: {
  readonly actors: readonly { id: string; name: string }[];
  readonly onApply: (values: AuditFilterValues) => void;
}) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hideRoutine, setHideRoutine] = useState(false);
  const [checked, setChecked] = useState(false);
  const fromIso = dateBound(from);
  const toIso = dateBound(to);
  const apply = (values: { hideRoutine: boolean }) => {
    setChecked(true);
    if (fromIso === null || toIso === null) return;
    onApply({
      ...(actorId ? { actorId } : {}),
      ...(action ? { action } : {}),
      ...(fromIso ? { from: fromIso } : {}),
      ...(toIso ? { to: toIso } : {}),
      hideRoutine: values.hideRoutine,
    });
  };
  return (
    <form
      className={styles.filters}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply({ hideRoutine });
      }}
    >
      <Field label={t('audit.filters.actor')}>
        <Select
          value={actorId}
          onChange={(_e, d) => {
            setActorId(d.value);
          }}
        >
          <option value="">{t('audit.filters.all')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('audit.filters.action')}>
        <Select
          value={action}
          onChange={(_e, d) => {
            setAction(d.value);
          }}
        >
          <option value="">{t('audit.filters.all')}</option>
          {AUDIT_ACTION_GROUP_IDS.map((group) => (
            <optgroup key={group} label={t(`audit.actionGroups.${group}`)}>
              {AUDIT_ACTION_GROUPS[group].map((a) => (
                <option key={a} value={a}>
                  {t(`audit.actions.${a}`)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <TextField
        label={t('audit.filters.from')}
        value={from}
        errorKey={checked && fromIso === null ? 'validation.date' : undefined}
        onChange={(_e, d) => {
          setFrom(d.value);
        }}
      />
      <TextField
        label={t('audit.filters.to')}
        value={to}
        errorKey={checked && toIso === null ? 'validation.date' : undefined}
        onChange={(_e, d) => {
          setTo(d.value);
        }}
      />
      <Checkbox
        label={t('audit.filters.hideRoutine')}
        checked={hideRoutine}
        onChange={(_e, d) => {
          // The box applies at once, with the other filters as they stand.
          setHideRoutine(d.checked === true);
          apply({ hideRoutine: d.checked === true });
        }}
      />
      <Button type="submit">{t('audit.filters.apply')}</Button>
    </form>
  );
};
