// The retention schedule table in Settings: the head edits (every save is a new version), the
// secretary reads; earlier versions can be viewed. Problems are shown on their cells.
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  EVENTS_OF_CATEGORY,
  PERIOD_UNITS,
  RETENTION_CATEGORIES,
  validateSchedule,
  type RetentionCategory,
  type RetentionSchedule,
} from '@shared/retention';
import { formatDate } from '@shared/text/dates';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { dateLocaleOf } from '../consents/DateInput';
import type { RetentionScheduleApi, ScheduleVersionView } from './retention-api';
import {
  cellErrors,
  draftOf,
  scheduleOf,
  type RuleDraft,
  type ScheduleDraft,
} from './schedule-draft';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  amount: { width: '6em' },
  sources: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'start', flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type RowProps = {
  readonly category: RetentionCategory;
  readonly rule: RuleDraft;
  readonly editable: boolean;
  readonly errors: ReadonlyMap<string, string>;
  readonly onChange: (rule: RuleDraft) => void;
};

const RuleRow = ({ category, rule, editable, errors, onChange }: RowProps) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const name = t(`retention.category.${category}`);
  const error = (field: string) => errors.get(`${category}.${field}`);
  const state = (field: string) => (error(field) ? 'error' : 'none');
  const message = (field: string) => {
    const key = error(field);
    return key ? t(key) : undefined;
  };
  const basis = (
    <>
      <Body1>{t(`retention.basis.${rule.basis}`)}</Body1>
      <div className={styles.sources}>{t(`retention.basisSources.${rule.basis}`)}</div>
    </>
  );
  if (!editable)
    return (
      <tr>
        <th scope="row" className={styles.cell}>
          {name}
        </th>
        <td className={styles.cell}>
          {t(`retention.period.${rule.unit}`, { count: Number(rule.amount) })}
        </td>
        <td className={styles.cell}>{t(`retention.event.${rule.event}`)}</td>
        <td className={styles.cell}>{basis}</td>
        <td className={styles.cell}>{rule.note || '—'}</td>
      </tr>
    );
  return (
    <tr>
      <th scope="row" className={styles.cell}>
        {name}
      </th>
      <td className={styles.cell}>
        <div className={styles.row}>
          <Field validationState={state('amount')} validationMessage={message('amount')}>
            <Input
              aria-label={t('retention.amountLabel', { category: name })}
              className={styles.amount}
              inputMode="numeric"
              autoComplete="off"
              value={rule.amount}
              onChange={(_e, d) => {
                onChange({ ...rule, amount: d.value });
              }}
            />
          </Field>
          <Field>
            <Select
              aria-label={t('retention.unitLabel', { category: name })}
              value={rule.unit}
              onChange={(_e, d) => {
                const unit = PERIOD_UNITS.find((u) => u === d.value);
                if (unit) onChange({ ...rule, unit });
              }}
            >
              {PERIOD_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`retention.unit.${u}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </td>
      <td className={styles.cell}>
        <Field validationState={state('event')} validationMessage={message('event')}>
          <Select
            aria-label={t('retention.eventLabel', { category: name })}
            value={rule.event}
            onChange={(_e, d) => {
              const event = EVENTS_OF_CATEGORY[category].find((e) => e === d.value);
              if (event) onChange({ ...rule, event });
            }}
          >
            {EVENTS_OF_CATEGORY[category].map((e) => (
              <option key={e} value={e}>
                {t(`retention.event.${e}`)}
              </option>
            ))}
          </Select>
        </Field>
      </td>
      <td className={styles.cell}>{basis}</td>
      <td className={styles.cell}>
        <Field validationState={state('note')} validationMessage={message('note')}>
          <Input
            aria-label={t('retention.noteLabel', { category: name })}
            autoComplete="off"
            value={rule.note}
            onChange={(_e, d) => {
              onChange({ ...rule, note: d.value });
            }}
          />
        </Field>
      </td>
    </tr>
  );
};

const versionLabel = (
  t: (key: string, options?: Record<string, unknown>) => string,
  v: ScheduleVersionView,
  locale: ReturnType<typeof dateLocaleOf>,
  current: boolean,
) =>
  t(current ? 'retention.versionCurrent' : 'retention.versionLabel', {
    version: v.version,
    date: formatDate(v.changedAt.slice(0, 10), locale),
  });

export const RetentionScheduleSection = ({ api }: { readonly api: RetentionScheduleApi }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const locale = dateLocaleOf(i18n.language);
  const [current, setCurrent] = useState<RetentionSchedule | null>(null);
  const [versions, setVersions] = useState<readonly ScheduleVersionView[]>([]);
  const [draft, setDraft] = useState<ScheduleDraft | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    api.load().then((loaded) => {
      if (!live) return;
      setCurrent(loaded.current);
      setVersions(loaded.versions);
      setDraft(draftOf(loaded.current));
      setViewing(null);
    }, notifyError);
    return () => {
      live = false;
    };
  }, [api, notifyError, reload]);

  if (current === null || draft === null) return null;
  const old = versions.find((v) => v.version === viewing);
  const shown = old ? draftOf(old.schedule) : draft;
  const editable = api.canEdit && old === undefined;

  const save = async () => {
    const schedule = scheduleOf(current.kind, draft);
    const problems = cellErrors(validateSchedule(schedule));
    setErrors(problems);
    if (problems.size > 0) return;
    try {
      const version = await api.save(schedule);
      const changed = version !== (versions[0]?.version ?? 0);
      notify('success', changed ? t('retention.saved', { version }) : t('retention.unchanged'));
      setReload((n) => n + 1);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section aria-labelledby="retention-heading" className={styles.section}>
      <Title3 as="h2" id="retention-heading">
        {t('retention.heading')}
      </Title3>
      <Body1 as="p">{t('retention.intro')}</Body1>
      {api.canEdit ? null : <Body1 as="p">{t('retention.readOnly')}</Body1>}
      <Field label={t('retention.viewVersion')}>
        <Select
          value={viewing === null ? 'current' : String(viewing)}
          onChange={(_e, d) => {
            setViewing(d.value === 'current' ? null : Number(d.value));
          }}
        >
          <option value="current">
            {versions[0]
              ? versionLabel(t, versions[0], locale, true)
              : t('retention.versionDefaults')}
          </option>
          {versions.slice(1).map((v) => (
            <option key={v.version} value={String(v.version)}>
              {versionLabel(t, v, locale, false)}
            </option>
          ))}
        </Select>
      </Field>
      {old ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('retention.viewingOld')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {errors.size > 0 && editable ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('retention.fixErrors')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <table className={styles.table} aria-labelledby="retention-heading">
        <thead>
          <tr>
            {(['category', 'period', 'event', 'basis', 'note'] as const).map((c) => (
              <th key={c} scope="col" className={styles.cell}>
                {t(`retention.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RETENTION_CATEGORIES.map((c) => (
            <RuleRow
              key={c}
              category={c}
              rule={shown[c]}
              editable={editable}
              errors={editable ? errors : new Map()}
              onChange={(rule) => {
                setDraft({ ...draft, [c]: rule });
              }}
            />
          ))}
        </tbody>
      </table>
      {editable ? (
        <div>
          <Button appearance="primary" onClick={() => void save()}>
            {t('retention.save')}
          </Button>
        </div>
      ) : null}
    </section>
  );
};
