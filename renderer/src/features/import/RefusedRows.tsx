// The summary's list of every row that was not imported, under the spreadsheet's row number and
// the row's names, with a "fix and re-import" file: the same columns as the user's file and one
// more saying what to correct.
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
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { refusedRowsTable } from '../../services/records/import/refused-rows';
import type { ImportApi, ImportPreview, ImportTable } from './import-api';
import { useProblemText } from './problem-text';

const useStyles = makeStyles({
  scroll: {
    maxHeight: '40vh',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

type Props = {
  readonly api: ImportApi;
  readonly table: ImportTable;
  readonly preview: ImportPreview;
  readonly onError: (e: unknown) => void;
};

export const RefusedRows = ({ api, table, preview, onError }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const problemText = useProblemText();
  const refused = preview.rows.filter((r) => r.status === 'error');
  if (refused.length === 0) return null;
  const describe = (row: (typeof refused)[number]) =>
    row.problems
      .filter((p) => p.severity === 'error')
      .map(problemText)
      .join('; ');
  const save = (format: 'csv' | 'xlsx') => {
    const file = refusedRowsTable(table, preview, describe, t('import.summary.problemsColumn'));
    api.saveRefused(file.header, file.rows, format).catch(onError);
  };
  return (
    <section aria-labelledby="refused-heading">
      <Subtitle2 as="h2" id="refused-heading">
        {t('import.summary.refusedHeading')}
      </Subtitle2>
      <Body1 as="p">{t('import.summary.refusedIntro')}</Body1>
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="refused-heading">
        <Table aria-labelledby="refused-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('import.preview.row')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.label')}</TableHeaderCell>
              <TableHeaderCell>{t('import.preview.problems')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {refused.map((row) => (
              <TableRow key={row.rowNumber}>
                <TableCell>{row.rowNumber}</TableCell>
                <TableCell>{row.label || '—'}</TableCell>
                <TableCell>{describe(row)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button
          icon={<ArrowDownload16Regular />}
          onClick={() => {
            save('xlsx');
          }}
        >
          {t('import.summary.downloadXlsx')}
        </Button>
        <Button
          icon={<ArrowDownload16Regular />}
          onClick={() => {
            save('csv');
          }}
        >
          {t('import.summary.downloadCsv')}
        </Button>
      </div>
    </section>
  );
};
