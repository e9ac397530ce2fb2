// Step 3: every row with its problems, named by row and field (never by value). The user then
// imports the valid rows or nothing at all.
import {
  Body1,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircle16Regular,
  ErrorCircle16Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewRow } from './import-api';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '55vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalM,
    flexWrap: 'wrap',
  },
});

const StatusIcon = ({ status }: { readonly status: ImportPreviewRow['status'] }) =>
  status === 'ok' ? (
    <CheckmarkCircle16Regular aria-hidden />
  ) : status === 'warning' ? (
    <Warning16Regular aria-hidden />
  ) : (
    <ErrorCircle16Regular aria-hidden />
  );

type Props = {
  readonly preview: ImportPreview;
  readonly onImport: () => void;
  readonly onCancel: () => void;
  readonly onBack: () => void;
};

export const PreviewStep = ({ preview, onImport, onCancel, onBack }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const valid = preview.counts.ok + preview.counts.warning;
  const fieldLabel = (field: string | undefined): string => {
    if (field === undefined) return '';
    const [slot, sub] = field.split('.');
    if (sub !== undefined && slot !== undefined) {
      return t('import.fields.rep', {
        n: slot === 'rep1' ? 1 : 2,
        field: t(`import.fields.${sub}`),
      });
    }
    return t(`import.fields.${field}`);
  };
  return (
    <section aria-labelledby="preview-heading">
      <Subtitle2 as="h2" id="preview-heading">
        {t('import.preview.heading')}
      </Subtitle2>
      <Body1 as="p" role="status">
        {t('import.preview.counts', {
          count: preview.counts.total,
          ok: preview.counts.ok,
          warning: preview.counts.warning,
          error: preview.counts.error,
        })}
      </Body1>
      {/* Keyboard users scroll the long table with the arrow keys once it has focus. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="preview-heading">
        <Table aria-labelledby="preview-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('import.preview.row')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.status')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.name')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.problems')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((row) => (
              <TableRow key={row.rowNumber}>
                <TableCell>{row.rowNumber}</TableCell>
                <TableCell>
                  <span className={styles.status}>
                    <StatusIcon status={row.status} />
                    {t(`import.preview.statuses.${row.status}`)}
                  </span>
                </TableCell>
                <TableCell>
                  {row.subject ? `${row.subject.familyName}, ${row.subject.givenNames}` : '—'}
                </TableCell>
                <TableCell>
                  {row.problems.length === 0 ? (
                    '—'
                  ) : (
                    <ul className={styles.problems}>
                      {row.problems.map((p, i) => (
                        <li key={`${p.code}-${String(i)}`}>
                          {p.field ? `${fieldLabel(p.field)}: ` : ''}
                          {t(p.i18nKey, {
                            otherRow: p.otherRow,
                            reason: p.reason ? t(`import.reasons.${p.reason}`) : '',
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={valid === 0} onClick={onImport}>
          {t('import.preview.importValid', { count: valid })}
        </Button>
        <Button onClick={onCancel}>{t('import.preview.importNothing')}</Button>
        <Button onClick={onBack}>{t('import.back')}</Button>
      </div>
    </section>
  );
};
