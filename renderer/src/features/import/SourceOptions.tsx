// Which sheet and which row holds the header. Offered with the guesses filled in: the first
// visible sheet (hidden ones only on request) and the detected header row, each row shown by
// its first cells so the user recognises it.
import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADER_SEARCH_ROWS } from '../../services/records/import/header-row';
import type { ImportSource, ImportTable } from './import-api';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'end' },
  field: { minWidth: '260px', maxWidth: '560px', flexGrow: 1 },
});

type Props = {
  readonly source: ImportSource;
  readonly table: ImportTable;
  readonly onSheet: (sheet: string) => void;
  readonly onHeaderRow: (row: number) => void;
};

const preview = (cells: readonly { readonly text: string }[]): string => {
  const text = cells
    .map((c) => c.text.replace(/\s+/gu, ' ').trim())
    .filter((t) => t !== '')
    .slice(0, 4)
    .join(' · ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
};

export const SourceOptions = ({ source, table, onSheet, onHeaderRow }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [showHidden, setShowHidden] = useState(
    source.sheets.some((s) => s.hidden && s.name === source.sheet),
  );
  const sheets = source.sheets.filter((s) => showHidden || !s.hidden || s.name === source.sheet);
  const candidates = source.grid.slice(0, HEADER_SEARCH_ROWS);
  return (
    <div className={styles.row}>
      {source.format === 'xlsx' && source.sheets.length > 1 ? (
        <>
          <Field label={t('import.source.sheet')} className={styles.field}>
            <Select
              value={source.sheet ?? ''}
              onChange={(_e, d) => {
                onSheet(d.value);
              }}
            >
              {sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.hidden ? t('import.source.hiddenSheet', { name: s.name }) : s.name}
                </option>
              ))}
            </Select>
          </Field>
          {source.sheets.some((s) => s.hidden) ? (
            <Checkbox
              label={t('import.source.showHidden')}
              checked={showHidden}
              onChange={(_e, d) => {
                setShowHidden(d.checked === true);
              }}
            />
          ) : null}
        </>
      ) : null}
      <Field
        label={t('import.source.headerRow')}
        hint={
          table.headerRows === 2
            ? `${t('import.source.headerRowHint')} ${t('import.source.twoRowHeader')}`
            : t('import.source.headerRowHint')
        }
        className={styles.field}
      >
        <Select
          value={String(table.headerRow)}
          onChange={(_e, d) => {
            onHeaderRow(Number(d.value));
          }}
        >
          {candidates.map((row) => (
            <option key={row.rowNumber} value={String(row.rowNumber)}>
              {t('import.source.headerRowOption', {
                row: row.rowNumber,
                cells: preview(row.cells),
              })}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
};
