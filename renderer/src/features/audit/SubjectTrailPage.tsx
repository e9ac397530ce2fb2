// "Who saw and changed this child's data" (PRODUCT item 8): the child's own entries, their forms,
// scans and legal representatives, and the overviews of the child's group, for the head.
import { Body1, Button, Spinner, Title1 } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personDetail } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { AuditApi, AuditQueryInput } from './audit-api';
import { AuditFilters } from './AuditFilters';
import { AuditLinesTable } from './AuditLinesTable';
import { useAuditLines } from './use-audit-lines';

export const SubjectTrailPage = ({
  api,
  subjectId,
}: {
  readonly api: AuditApi;
  readonly subjectId: string;
}) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const [actors, setActors] = useState<{ id: string; name: string }[]>([]);
  const fetch = useCallback(
    (query: AuditQueryInput) => api.trail(subjectId, query),
    [api, subjectId],
  );
  const { page, apply, goTo } = useAuditLines(fetch);
  useEffect(() => {
    api.actors().then(setActors, notifyError);
  }, [api, notifyError]);
  const name = page?.subjectName ?? t('audit.lines.gone');
  return (
    <section aria-labelledby="trail-heading">
      <Title1 as="h1" id="trail-heading">
        {t('audit.trail.heading', { name })}
      </Title1>
      {page?.subjectName && (
        <Body1 as="p">
          {personDetail(t, i18n.language, {
            birthDate: page.subjectBirthDate ?? undefined,
            groupName: page.groupName,
          })}
        </Body1>
      )}
      <Body1 as="p">
        {page?.groupName
          ? t('audit.trail.introGroup', { group: page.groupName })
          : t('audit.trail.intro')}
      </Body1>
      <Button icon={<ArrowLeft20Regular />} onClick={api.openLog}>
        {t('audit.trail.back')}
      </Button>
      <AuditFilters actors={actors} onApply={apply} />
      {page === null ? (
        <Spinner label={t('audit.loading')} />
      ) : (
        <AuditLinesTable page={page} labelledBy="trail-heading" onPage={goTo} />
      )}
    </section>
  );
};
