import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ACTION_GROUP_IDS,
  AUDIT_ACTION_GROUPS,
  isAuditAction,
  isAuditEntity,
} from '@shared/audit';
import { parseDateInput } from '@shared/text';
import { TextField } from '../../components/TextField';
import { useNotify } from '../../components/use-notify';

export type AuditRow = {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
};
export type AuditFilter = { actorId?: string; action?: string; from?: string; to?: string };
export type AuditVerdict = { ok: true; count: number } | { ok: false; firstBadSeq: number };

export type AuditApi = {
  readonly list: (filter: AuditFilter) => Promise<AuditRow[]>;
  readonly verify: () => Promise<AuditVerdict>;
  readonly actors: () => Promise<{ id: string; name: string }[]>;
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

const formatTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));

export const AuditPage = ({ api }: { readonly api: AuditApi }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [actors, setActors] = useState<{ id: string; name: string }[]>([]);
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);

  const load = useCallback(async () => {
    try {
      const filter: AuditFilter = {};
      if (actorId) filter.actorId = actorId;
      if (action) filter.action = action;
      const fromIso = parseDateInput(from);
      const toIso = parseDateInput(to);
      if (fromIso) filter.from = fromIso;
      if (toIso) filter.to = toIso;
      setRows(await api.list(filter));
    } catch (error) {
      notifyError(error);
    }
  }, [api, actorId, action, from, to, notifyError]);

  useEffect(() => {
    void api.actors().then(setActors, notifyError);
    void load();
    // Load once on open; later loads come from the filter button, not from every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filters apply on demand
  }, [api]);

  const actorName = (id: string) =>
    id === 'system'
      ? t('audit.system')
      : (actors.find((a) => a.id === id)?.name ?? t('audit.unknownActor'));
  // An id the app no longer writes (an old register) still shows, as itself.
  const actionLabel = (id: string) => (isAuditAction(id) ? t(`audit.actions.${id}`) : id);
  const entityLabel = (id: string) => (isAuditEntity(id) ? t(`audit.entities.${id}`) : id);

  return (
    <section aria-labelledby="audit-heading">
      <Title1 as="h1" id="audit-heading">
        {t('audit.heading')}
      </Title1>
      <Body1 as="p">{t('audit.intro')}</Body1>
      <Button appearance="primary" onClick={() => void api.verify().then(setVerdict, notifyError)}>
        {t('audit.verify')}
      </Button>
      {verdict ? (
        <MessageBar intent={verdict.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>
            {verdict.ok
              ? t('audit.intact', { count: verdict.count })
              : t('audit.broken', { seq: verdict.firstBadSeq })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        className={styles.filters}
        onSubmit={(e) => {
          e.preventDefault();
          void load();
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
          onChange={(_e, d) => {
            setFrom(d.value);
          }}
        />
        <TextField
          label={t('audit.filters.to')}
          value={to}
          onChange={(_e, d) => {
            setTo(d.value);
          }}
        />
        <Button type="submit">{t('audit.filters.apply')}</Button>
      </form>
      {rows.length === 0 ? (
        <Body1 as="p">{t('audit.empty')}</Body1>
      ) : (
        <Table aria-labelledby="audit-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('audit.columns.seq')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.columns.at')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.columns.actor')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.columns.action')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.columns.entity')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.seq}>
                <TableCell>{row.seq}</TableCell>
                <TableCell>{formatTime(row.at, i18n.language)}</TableCell>
                <TableCell>{actorName(row.actor)}</TableCell>
                <TableCell>{actionLabel(row.action)}</TableCell>
                <TableCell>
                  {entityLabel(row.entity)}
                  {row.entityId ? ` · ${row.entityId.slice(0, 8)}` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
