// One import problem as the user reads it: the column, then what is wrong, never the value.
import { useTranslation } from 'react-i18next';
import type { ImportPreviewRow } from './import-api';

type Problem = ImportPreviewRow['problems'][number];

export const useProblemText = (): ((p: Problem) => string) => {
  const { t } = useTranslation();
  const fieldLabel = (field: string): string => {
    const [slot, sub] = field.split('.');
    if (sub !== undefined && slot !== undefined)
      return t('import.fields.rep', {
        n: slot === 'rep1' ? 1 : 2,
        field: t(`import.fields.${sub}`),
      });
    return t(`import.fields.${field}`);
  };
  return (p) =>
    `${p.field ? `${fieldLabel(p.field)}: ` : ''}${t(p.i18nKey, {
      otherRow: p.otherRow,
      cellError: p.cellError ?? '',
      reason: p.reason ? t(`import.reasons.${p.reason}`) : '',
    })}`;
};
