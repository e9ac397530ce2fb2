// The request register: open requests by urgency (overdue, due within 5 working days, later),
// closed ones on demand, filters by status and type, search by name or number (Ctrl+F), and
// registering a new request (Ctrl+N).
import {
  Body1,
  Button,
  Field,
  SearchBox,
  Select,
  Spinner,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { REQUEST_TYPES, isRequestType } from '@shared/requests';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { useScreenCommand } from '../../components/use-screen-command';
import { GROUP_IDS, groupRequests, type RequestFilter, type StatusFilter } from './request-filters';
import type { RequestListItem, RequestsApi } from './requests-api';
import { RequestsTable } from './RequestsTable';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  filters: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    flexWrap: 'wrap',
    margin: `${tokens.spacingVerticalM} 0`,
  },
  search: { minWidth: '300px' },
  group: { marginTop: tokens.spacingVerticalL },
});

const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'closed', 'all'];
const isStatusFilter = (v: string): v is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(v);

export const RequestsPage = ({ api }: { readonly api: RequestsApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [items, setItems] = useState<RequestListItem[] | null>(null);
  const [filter, setFilter] = useState<RequestFilter>({ status: 'open', type: 'all', query: '' });
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    api
      .list()
      .then((list) => {
        if (live) setItems(list);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, notifyError]);

  // Ctrl+F is the app's "find" command (menu accelerator under Electron, host key in the
  // browser), routed here like on every screen with a search box; a key listener of its own
  // never saw the menu's command.
  useScreenCommand('find', () => {
    searchRef.current?.focus();
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.ctrlKey || event.altKey) return;
      if (event.key.toLowerCase() === 'n' && api.can.manage) {
        event.preventDefault();
        api.nav.create();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);

  const groups = useMemo(() => groupRequests(items ?? [], filter), [items, filter]);
  const shown = [...groups.values()].reduce((sum, g) => sum + g.length, 0);

  return (
    <section aria-labelledby="requests-heading">
      <div className={styles.header}>
        <Title1 as="h1" id="requests-heading">
          {t('requests.heading')}
        </Title1>
        {api.can.manage ? (
          <Button
            appearance="primary"
            icon={<Add20Regular />}
            aria-keyshortcuts="Control+N"
            onClick={api.nav.create}
          >
            {t('requests.register')}
          </Button>
        ) : null}
      </div>
      <div className={styles.filters} role="search" aria-label={t('requests.filters.label')}>
        <Field label={t('requests.filters.search')} className={styles.search}>
          <SearchBox
            ref={searchRef}
            autoComplete="off"
            value={filter.query}
            aria-keyshortcuts="Control+F"
            onChange={(_e, d) => {
              setFilter((f) => ({ ...f, query: d.value }));
            }}
          />
        </Field>
        <Field label={t('requests.filters.status')}>
          <Select
            value={filter.status}
            onChange={(_e, d) => {
              if (isStatusFilter(d.value))
                setFilter((f) => ({ ...f, status: d.value as StatusFilter }));
            }}
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`requests.filters.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('requests.filters.type')}>
          <Select
            value={filter.type}
            onChange={(_e, d) => {
              const value = d.value;
              setFilter((f) => ({ ...f, type: isRequestType(value) ? value : 'all' }));
            }}
          >
            <option value="all">{t('requests.filters.all')}</option>
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`requests.type.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {items === null ? <Spinner label={t('requests.loading')} /> : null}
      {items !== null && items.length === 0 ? <Body1 as="p">{t('requests.empty')}</Body1> : null}
      {items !== null && items.length > 0 && shown === 0 ? (
        <Body1 as="p">{t('requests.noMatches')}</Body1>
      ) : null}
      {GROUP_IDS.map((id) => {
        const list = groups.get(id) ?? [];
        if (list.length === 0) return null;
        const label = `${t(`requests.groups.${id}`)} (${String(list.length)})`;
        return (
          <div key={id} className={styles.group}>
            <Subtitle2 as="h2">{label}</Subtitle2>
            <RequestsTable api={api} label={label} items={list} />
          </div>
        );
      })}
    </section>
  );
};
