// Step 2: which sheet, which header row, which column holds what, and (when the file does not
// settle it) how its dates are written. The guesses (or the mapping remembered for these
// headers) are filled in; the user corrects them.
import {
  Body1,
  Button,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  REPRESENTATIVE_FIELDS,
  SUBJECT_FIELDS,
} from '../../services/records/import/column-mapping';
import { DateOrderQuestion } from './DateOrderQuestion';
import type {
  DateAnalysis,
  DateOrder,
  ImportField,
  ImportMapping,
  ImportRelation,
  ImportSource,
  ImportTable,
} from './import-api';
import { SourceOptions } from './SourceOptions';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
});

const RELATIONS: readonly ImportRelation[] = ['mother', 'father', 'guardian'];
const SLOTS = ['rep1', 'rep2'] as const;

type Props = {
  readonly source: ImportSource;
  readonly table: ImportTable;
  readonly dates: DateAnalysis;
  readonly dateOrder: DateOrder | undefined;
  readonly onSheet: (sheet: string) => void;
  readonly onHeaderRow: (row: number) => void;
  readonly onDateOrder: (order: DateOrder) => void;
  readonly mapping: ImportMapping;
  readonly onChange: (mapping: ImportMapping) => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
};

export const MappingStep = (props: Props) => {
  const { source, table, dates, dateOrder, mapping, onChange, onNext, onBack } = props;
  const headers = table.headers;
  const rowCount = table.rows.length;
  const { t } = useTranslation();
  const styles = useStyles();
  const setColumn = (field: ImportField, header: string) => {
    const others = Object.entries(mapping.columns).filter(([f]) => f !== field);
    const columns = Object.fromEntries(header === '' ? others : [...others, [field, header]]);
    onChange({ ...mapping, columns });
  };
  const select = (field: ImportField, label: string) => (
    <Field key={field} label={label}>
      <Select
        value={mapping.columns[field] ?? ''}
        onChange={(_e, d) => {
          setColumn(field, d.value);
        }}
      >
        <option value="">{t('import.mapping.unused')}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </Select>
    </Field>
  );
  const hasName =
    mapping.columns.fullName !== undefined ||
    (mapping.columns.givenNames !== undefined && mapping.columns.familyName !== undefined);
  return (
    <section aria-labelledby="mapping-heading">
      <Subtitle2 as="h2" id="mapping-heading">
        {t('import.mapping.heading')}
      </Subtitle2>
      <SourceOptions
        source={source}
        table={table}
        onSheet={props.onSheet}
        onHeaderRow={props.onHeaderRow}
      />
      <Body1 as="p">{t('import.mapping.intro', { count: rowCount })}</Body1>
      {dates.needsChoice ? (
        <DateOrderQuestion analysis={dates} value={dateOrder} onChange={props.onDateOrder} />
      ) : null}
      <div className={styles.section}>
        <Subtitle2 as="h3">{t('import.mapping.subject')}</Subtitle2>
        <div className={styles.grid}>
          {SUBJECT_FIELDS.map((f) => select(f, t(`import.fields.${f}`)))}
        </div>
      </div>
      {SLOTS.map((slot, i) => (
        <div key={slot} className={styles.section}>
          <Subtitle2 as="h3">{t('import.mapping.representative', { n: i + 1 })}</Subtitle2>
          <div className={styles.grid}>
            <Field label={t('import.mapping.relation', { n: i + 1 })}>
              <Select
                value={mapping.relations[slot]}
                onChange={(_e, d) => {
                  const relation = RELATIONS.find((r) => r === d.value);
                  if (relation)
                    onChange({ ...mapping, relations: { ...mapping.relations, [slot]: relation } });
                }}
              >
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`subjects.relation.${r}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {REPRESENTATIVE_FIELDS.map((f) =>
              select(
                `${slot}.${f}`,
                t('import.fields.rep', { n: i + 1, field: t(`import.fields.${f}`) }),
              ),
            )}
          </div>
        </div>
      ))}
      {!hasName ? (
        <Body1 as="p" role="alert">
          {t('import.mapping.needName')}
        </Body1>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!hasName || (dates.needsChoice && dateOrder === undefined)}
          onClick={onNext}
        >
          {t('import.mapping.next')}
        </Button>
        <Button onClick={onBack}>{t('import.back')}</Button>
      </div>
    </section>
  );
};
