import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, ArrowDownload20Regular, ArrowUpload20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindContext } from './kind-context';
import { makeLvCollator } from '@shared/text/search';
import { useNotify } from '../../components/use-notify';
import { useScreenCommand } from '../../components/use-screen-command';
import { NO_HITS } from '../../services/records/search';
import { PlannedLeavingsList } from './PlannedLeavingsList';
import { SubjectsListStatus } from './SubjectsListStatus';
import { SubjectsTable } from './SubjectsTable';
import type {
  ConsentSummary,
  ExportFormat,
  GroupOption,
  SubjectFilter,
  SubjectListing,
  SubjectsListApi,
} from './subjects-api';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  filters: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    flexWrap: 'wrap',
    margin: `${tokens.spacingVerticalM} 0`,
  },
  search: { minWidth: '320px' },
});

const collator = makeLvCollator();
/** Everyday work, the "Arhīvs" (left or archived records), or everything. */
const STATUS_FILTERS = ['active', 'archive', 'all'] as const;
const isStatusFilter = (v: string): v is (typeof STATUS_FILTERS)[number] =>
  (STATUS_FILTERS as readonly string[]).includes(v);

export const SubjectsPage = ({ api }: { readonly api: SubjectsListApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const [listing, setListing] = useState<SubjectListing | null>(null);
  const [groups, setGroups] = useState<GroupOption[]>([]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SubjectFilter>({ group: 'all', status: 'active' });
  const [summaries, setSummaries] = useState<ReadonlyMap<string, ConsentSummary>>(new Map());
  // Bumped when a page of records (or of personal codes) arrives, so the current query runs again.
  const [version, setVersion] = useState(0);
  const [unreadable, setUnreadable] = useState(0);
  const requested = useRef(new Set<string>());
  const searchRef = useRef<HTMLInputElement>(null);
  const noun = api.kind === 'client' ? 'clients' : 'children';

  useEffect(() => {
    let live = true;
    let opened: SubjectListing | undefined;
    Promise.all([api.load(), api.groups()])
      .then(([l, g]) => {
        opened = l;
        if (!live) {
          l.close();
          return;
        }
        setListing(l);
        setGroups([...g].sort((a, b) => collator.compare(a.name, b.name)));
        // Each page that arrives in the background runs the current query again.
        l.subscribe(() => {
          setVersion((v) => v + 1);
        });
        l.loaded.catch(notifyError);
        l.unreadable
          .then((n) => {
            if (live) setUnreadable(n);
          })
          .catch(() => undefined);
      })
      .catch(notifyError);
    return () => {
      live = false;
      opened?.close();
    };
  }, [api, notifyError]);

  // Ctrl+F is the app's "find" command (menu accelerator or host key), routed here.
  useScreenCommand('find', () => {
    searchRef.current?.focus();
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.ctrlKey || event.altKey) return;
      if (event.key.toLowerCase() === 'n' && api.can.create) {
        event.preventDefault();
        api.nav.create();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);

  const ids = useMemo(
    () => (version >= 0 ? (listing?.search(query, filter) ?? NO_HITS) : NO_HITS),
    [listing, query, filter, version],
  );
  const restrictedShown = useMemo(() => ids.hasRestricted(), [ids]);

  const { consentSummary } = api;
  const onVisible = useCallback(
    (visible: readonly string[]) => {
      if (!consentSummary) return;
      const missing = visible.filter((id) => !requested.current.has(id));
      if (missing.length === 0) return;
      missing.forEach((id) => requested.current.add(id));
      consentSummary(missing)
        .then((found) => {
          setSummaries((old) => new Map([...old, ...found]));
        })
        .catch(() => {
          missing.forEach((id) => requested.current.delete(id));
        });
    },
    [consentSummary],
  );

  const groupName = useCallback(
    (id: string | null) => {
      if (id === null) return t('subjects.noGroup');
      return groups.find((g) => g.id === id)?.name ?? t('subjects.unknownGroup');
    },
    [groups, t],
  );

  const exportAs = async (format: ExportFormat) => {
    try {
      if (await api.exportList(ids.toArray(), format))
        notify('success', t('subjects.exported', { count: ids.length }));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section aria-labelledby="subjects-heading">
      <div className={styles.header}>
        <Title1 as="h1" id="subjects-heading">
          {t(`subjects.heading.${noun}`)}
        </Title1>
        <div className={styles.buttons}>
          {api.can.create ? (
            <Button
              appearance="primary"
              icon={<Add20Regular />}
              aria-keyshortcuts="Control+N"
              onClick={api.nav.create}
            >
              {t(`subjects.add.${noun}`)}
            </Button>
          ) : null}
          {api.can.import ? (
            <Button icon={<ArrowUpload20Regular />} onClick={api.nav.importFile}>
              {t('subjects.import')}
            </Button>
          ) : null}
          {api.can.export ? (
            <>
              <Button
                icon={<ArrowDownload20Regular />}
                disabled={ids.length === 0}
                onClick={() => void exportAs('csv')}
              >
                {t('subjects.exportCsv')}
              </Button>
              <Button
                icon={<ArrowDownload20Regular />}
                disabled={ids.length === 0}
                onClick={() => void exportAs('xlsx')}
              >
                {t('subjects.exportXlsx')}
              </Button>
              <Button
                icon={<ArrowDownload20Regular />}
                disabled={ids.length === 0}
                onClick={() => void exportAs('json')}
              >
                {t('subjects.exportJson')}
              </Button>
            </>
          ) : null}
        </div>
      </div>
      <div className={styles.filters} role="search">
        <Field
          label={t(api.can.viewCodes ? 'subjects.searchWithCode' : 'subjects.search')}
          className={styles.search}
        >
          <SearchBox
            ref={searchRef}
            autoComplete="off"
            value={query}
            aria-keyshortcuts="Control+F"
            onChange={(_e, d) => {
              setQuery(d.value);
            }}
          />
        </Field>
        {api.kind === 'client' ? null : (
          <Field label={t('subjects.filterGroup')}>
            <Select
              value={filter.group}
              onChange={(_e, d) => {
                setFilter((f) => ({ ...f, group: d.value }));
              }}
            >
              <option value="all">{t('subjects.allGroups')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                  {g.status === 'closed' ? ` (${t('subjects.closedGroup')})` : ''}
                </option>
              ))}
              <option value="none">{t('subjects.noGroup')}</option>
            </Select>
          </Field>
        )}
        <Field label={t('subjects.filterStatus')}>
          <Select
            value={filter.status}
            onChange={(_e, d) => {
              const status = isStatusFilter(d.value) ? d.value : 'all';
              setFilter((f) => ({ ...f, status }));
            }}
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`subjects.statusFilter.${s}`, kindContext(api.kind))}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {unreadable > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('subjects.unreadable', { count: unreadable })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {restrictedShown ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('subjects.restrictedBanner')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {api.plannedLeavings ? (
        <PlannedLeavingsList
          load={api.plannedLeavings}
          kind={api.kind}
          groupName={(id) => (api.kind === 'client' || id === null ? null : groupName(id))}
          onOpen={api.nav.open}
        />
      ) : null}
      {listing === null ? (
        <Spinner label={t('subjects.loading')} />
      ) : (
        <>
          <SubjectsListStatus
            count={ids.length}
            query={query}
            progress={listing.progress()}
            complete={listing.complete(query)}
          />
          {ids.length === 0 ? null : (
            <SubjectsTable
              ids={ids}
              items={listing.items}
              groupName={groupName}
              summaries={summaries}
              onOpen={api.nav.open}
              onVisible={onVisible}
              label={t(`subjects.heading.${noun}`)}
              kind={api.kind}
            />
          )}
        </>
      )}
    </section>
  );
};
