// Loads one page of audit lines for the current filters; a new filter starts at the first page.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import type { AuditLinesPage, AuditQueryInput } from './audit-api';
import type { AuditFilterValues } from './AuditFilters';

const languageOf = (language: string): AuditQueryInput['language'] =>
  language === 'lt' || language === 'en' ? language : 'lv';

/** `fetch` must be stable (memoised by the caller); the first page loads on mount. */
export const useAuditLines = <P extends AuditLinesPage>(
  fetch: (query: AuditQueryInput) => Promise<P>,
) => {
  const { i18n } = useTranslation();
  const { notifyError } = useNotify();
  const [filters, setFilters] = useState<AuditFilterValues>({ hideRoutine: false });
  const [page, setPage] = useState<P | null>(null);
  const load = useCallback(
    (values: AuditFilterValues, offset: number) => {
      setFilters(values);
      fetch({ ...values, offset, language: languageOf(i18n.language) }).then(setPage, notifyError);
    },
    [fetch, i18n.language, notifyError],
  );
  useEffect(() => {
    load({ hideRoutine: false }, 0);
  }, [load]);
  return {
    page,
    apply: (values: AuditFilterValues) => {
      load(values, 0);
    },
    goTo: (offset: number) => {
      load(filters, offset);
    },
  };
};
