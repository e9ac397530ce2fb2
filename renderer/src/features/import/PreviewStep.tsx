// Step 3: every row with its problems and the adjustments the import made, under the row number
// the spreadsheet shows and the row's names (or first cells), so the secretary can find it in
// her file. The user then imports the valid rows or nothing at all.
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
  Info16Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewRow } from './import-api';
import { useProblemText } from './problem-text';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '55vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { '& svg': { verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXS } },
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
  const problemText = useProblemText();
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
      {preview.counts.adjusted > 0 ? (
        <Body1 as="p">{t('import.preview.adjusted', { count: preview.counts.adjusted })}</Body1>
      ) : null}
      {/* Keyboard users scroll the long table with the arrow keys once it has focus. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="preview-heading">
        <Table aria-labelledby="preview-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('import.preview.row')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.status')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.label')}</TableHeaderCell>
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
                  {row.subject
                    ? `${row.subject.familyName}, ${row.subject.givenNames}`
                    : row.label || '—'}
                </TableCell>
                <TableCell>
                  {row.problems.length === 0 ? (
                    '—'
                  ) : (
                    <ul className={styles.problems}>
                      {row.problems.map((p, i) => (
                        <li key={`${p.code}-${String(i)}`} className={styles.problem}>
                          {p.severity === 'info' ? (
                            <Info16Regular aria-label={t('import.preview.statuses.adjusted')} />
                          ) : null}
                          {problemText(p)}
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
