// One request: its facts and due date in words, the actions its status and the role allow, the
// letters and reports, what follows the decision (notices to recipients), the recipients log
// and the history.
import {
  Button,
  Card,
  Spinner,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeft20Regular, Edit20Regular } from '@fluentui/react-icons';
import { canMoveTo, isOpenRequestStatus } from '@shared/requests';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { DecisionDialog, type DecisionKind } from './DecisionDialogs';
import { DisclosuresSection } from './DisclosuresSection';
import { DocumentsSection } from './DocumentsSection';
import { FollowUpSection } from './FollowUpSection';
import { RequestFacts, RequestHistory } from './RequestFacts';
import type { RequestDetail, RequestsApi } from './requests-api';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  cards: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '900px',
    marginTop: tokens.spacingVerticalM,
  },
});

/** The decisions the role may take on a request in its status. */
const decisionsFor = (api: RequestsApi, r: RequestDetail['request']): DecisionKind[] => {
  const all: [DecisionKind, boolean][] = [
    ['clarify', api.can.manage && canMoveTo(r.status, 'clarification-requested')],
    ['extend', api.can.decide && isOpenRequestStatus(r.status) && (r.extension?.months ?? 0) < 2],
    ['answer', api.can.decide && canMoveTo(r.status, 'answered')],
    ['refuse', api.can.decide && canMoveTo(r.status, 'refused')],
    ['withdraw', api.can.manage && canMoveTo(r.status, 'withdrawn')],
  ];
  return all.filter(([, allowed]) => allowed).map(([kind]) => kind);
};

export const RequestPage = ({ api, id }: { readonly api: RequestsApi; readonly id: string }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [dialog, setDialog] = useState<DecisionKind | null>(null);

  const load = useCallback(() => {
    api.get(id).then(setDetail).catch(notifyError);
  }, [api, id, notifyError]);
  useEffect(load, [load]);

  if (detail === null) return <Spinner label={t('requests.loading')} />;
  const r = detail.request;
  const open = isOpenRequestStatus(r.status);
  return (
    <section aria-labelledby="request-heading">
      <div className={styles.header}>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={api.nav.list}>
          {t('requests.detail.back')}
        </Button>
      </div>
      <Title1 as="h1" id="request-heading">
        {t('requests.detail.heading', { number: r.number })}: {t(`requests.type.${r.type}`)}
      </Title1>
      <div className={styles.cards}>
        <Card>
          <RequestFacts detail={detail} />
          <div className={styles.actions} role="group" aria-label={t('requests.detail.actions')}>
            {api.can.manage &&
            (r.status === 'registered' || r.status === 'clarification-requested') ? (
              <Button
                onClick={() => {
                  api.start(r.id).then(load).catch(notifyError);
                }}
              >
                {t('requests.actions.start')}
              </Button>
            ) : null}
            {decisionsFor(api, r).map((kind) => (
              <Button
                key={kind}
                appearance={kind === 'answer' ? 'primary' : 'secondary'}
                onClick={() => {
                  setDialog(kind);
                }}
              >
                {t(`requests.actions.${kind}`)}
              </Button>
            ))}
            {api.can.manage && open ? (
              <Button
                icon={<Edit20Regular />}
                onClick={() => {
                  api.nav.edit(r.id);
                }}
              >
                {t('requests.detail.edit')}
              </Button>
            ) : null}
            {r.subjectId !== null ? (
              <Button
                appearance="subtle"
                onClick={() => {
                  if (r.subjectId !== null) api.nav.record(r.subjectId);
                }}
              >
                {t('requests.detail.openRecord')}
              </Button>
            ) : null}
          </div>
        </Card>
        <DocumentsSection api={api} detail={detail} onChanged={load} />
        {['rectification', 'erasure', 'restriction', 'objection'].includes(r.type) ? (
          <FollowUpSection api={api} detail={detail} onChanged={load} />
        ) : null}
        <DisclosuresSection api={api} detail={detail} onChanged={load} />
        <Card>
          <Subtitle2 as="h2">{t('requests.detail.history')}</Subtitle2>
          <RequestHistory detail={detail} />
        </Card>
      </div>
      {dialog !== null ? (
        <DecisionDialog
          api={api}
          detail={detail}
          kind={dialog}
          onClose={(saved) => {
            setDialog(null);
            if (saved) load();
          }}
        />
      ) : null}
    </section>
  );
};
