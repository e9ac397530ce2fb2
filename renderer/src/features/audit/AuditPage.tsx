// The audit log for the head (PRODUCT item 8): every action in words, who did it and whom it
// concerned by name, runs of the same thing on one line, routine reads hideable, a page at a
// time; the chain check proves nothing was changed or removed.
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title1,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import type { AuditApi, AuditQueryInput, AuditVerdict } from './audit-api';
import { AuditFilters } from './AuditFilters';
import { AuditLinesTable } from './AuditLinesTable';
import { useAuditLines } from './use-audit-lines';

export type { AuditApi } from './audit-api';

export const AuditPage = ({ api }: { readonly api: AuditApi }) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const [actors, setActors] = useState<{ id: string; name: string }[]>([]);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const fetch = useCallback((query: AuditQueryInput) => api.list(query), [api]);
  const { page, apply, goTo } = useAuditLines(fetch);
  useEffect(() => {
    api.actors().then(setActors, notifyError);
  }, [api, notifyError]);
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
      <AuditFilters actors={actors} onApply={apply} />
      {page === null ? (
        <Spinner label={t('audit.loading')} />
      ) : (
        <AuditLinesTable
          page={page}
          labelledBy="audit-heading"
          onPage={goTo}
          onOpenTrail={api.openTrail}
        />
      )}
    </section>
  );
};
