// "Dzēšamie" (issue 9): who is due for erasure today ("Termiņš beidzies"), erasure proposals
// waiting for the head's approval, and the erasures decided, with the deletion certificate of
// each one done.
import { ErasurePerson } from './ErasurePerson';
import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Title1,
  Title2,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso, type DateLocale } from '@shared/text';
import { useNotify } from '../../components/use-notify';
import { useToday } from '../../components/use-today';
import { ArchiveSection } from '../archive/ArchiveSection';
import { ApproveErasureDialog } from './ApproveErasureDialog';
import { DueSection } from './DueSection';
import { HeaderRow } from './HeaderRow';
import { useErasuresStyles } from './erasures-styles';
import type { ErasureListItem, ErasuresApi } from './erasures-api';
import { scopeText } from './scope-text';

type Props = { readonly api: ErasuresApi };
type Deciding = { readonly item: ErasureListItem; readonly mode: 'approve' | 'reject' };

export const ErasuresPage = ({ api }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const styles = useErasuresStyles();
  const [items, setItems] = useState<ErasureListItem[] | null>(null);
  // Bumped on every reload, so the due list is read again after a proposal or a decision.
  const [version, setVersion] = useState(0);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const today = useToday();
  const reload = useCallback(() => {
    setVersion((n) => n + 1);
    api.list().then(setItems, notifyError);
  }, [api, notifyError]);
  useEffect(reload, [reload]);
  if (items === null) return <Spinner label={t('erasures.loading')} />;
  const locale: DateLocale =
    i18n.language === 'lt' || i18n.language === 'en' ? i18n.language : 'lv';
  // Dates as the institution's local day (todayIso uses the local time zone).
  const day = (iso: string) => (iso === '' ? '' : formatDate(todayIso(new Date(iso)), locale));
  const waiting = items.filter((i) => i.state === 'proposed');
  const decided = items.filter((i) => i.state !== 'proposed');
  const proposed = new Set(
    items.filter((i) => i.state === 'proposed' || i.state === 'pending').map((i) => i.subjectId),
  );
  return (
    <section aria-labelledby="erasures-heading">
      <Title1 as="h1" id="erasures-heading">
        {t('erasures.heading')}
      </Title1>
      <p>{t('erasures.intro')}</p>
      <DueSection api={api} today={today} proposed={proposed} version={version} />
      {api.archive ? <ArchiveSection api={api.archive} version={version} /> : null}
      <div className={styles.section}>
        <Title2 as="h2">{t('erasures.waiting')}</Title2>
        {waiting.length === 0 ? (
          <p>{t('erasures.noneWaiting')}</p>
        ) : (
          <Table aria-label={t('erasures.waiting')}>
            <HeaderRow
              columns={[
                [t('erasures.col.person'), styles.person],
                [t('erasures.col.scope'), styles.scope],
                [t('erasures.col.reason')],
                [t('erasures.col.proposed'), styles.who],
                [t('erasures.col.actions'), styles.actions],
              ]}
            />
            <TableBody>
              {waiting.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>
                    <ErasurePerson item={item} />
                  </TableCell>
                  <TableCell>{scopeText(t, item.scope)}</TableCell>
                  <TableCell>
                    {item.reason}
                    <br />
                    <small>{item.legalBasis}</small>
                  </TableCell>
                  <TableCell>
                    {item.proposedBy}, {day(item.proposedAt)}
                  </TableCell>
                  <TableCell>
                    {api.canDecide ? (
                      <>
                        <Button
                          appearance="primary"
                          onClick={() => {
                            setDeciding({ item, mode: 'approve' });
                          }}
                        >
                          {t('erasures.approve.open')}
                        </Button>{' '}
                        <Button
                          onClick={() => {
                            setDeciding({ item, mode: 'reject' });
                          }}
                        >
                          {t('erasures.reject.open')}
                        </Button>
                      </>
                    ) : (
                      t('erasures.awaitingHead')
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      <div className={styles.section}>
        <Title2 as="h2">{t('erasures.decided')}</Title2>
        {decided.length === 0 ? (
          <p>{t('erasures.noneDecided')}</p>
        ) : (
          <Table aria-label={t('erasures.decided')}>
            <HeaderRow
              columns={[
                [t('erasures.col.state'), styles.state],
                [t('erasures.col.scope'), styles.scope],
                [t('erasures.col.reason')],
                [t('erasures.col.decided'), styles.who],
                [t('erasures.col.actions'), styles.actions],
              ]}
            />
            <TableBody>
              {decided.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>{t(`erasures.state.${item.state}`)}</TableCell>
                  <TableCell>{scopeText(t, item.scope)}</TableCell>
                  <TableCell>{item.rejection ?? item.reason}</TableCell>
                  <TableCell>
                    {item.decidedBy}, {day(item.decidedAt)}
                  </TableCell>
                  <TableCell>
                    {item.state === 'done' ? (
                      <Button
                        onClick={() => {
                          api.saveCertificate(item.id).catch(notifyError);
                        }}
                      >
                        {t('erasures.certificate')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {deciding ? (
        <ApproveErasureDialog
          api={api}
          item={deciding.item}
          mode={deciding.mode}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) reload();
          }}
        />
      ) : null}
    </section>
  );
};
