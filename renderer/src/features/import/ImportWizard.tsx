// The import of an existing list: file -> columns -> preview with every problem -> import the
// valid rows (or nothing) -> summary. Nothing is stored before the user confirms the preview.
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import { analyzeDateColumns } from '../../services/records/import/date-columns';
import { guessColumnMapping } from '../../services/records/import/column-mapping';
import { importTableOf } from '../../services/records/import';
import type {
  DateOrder,
  ImportApi,
  ImportMapping,
  ImportPreview,
  ImportResult,
  ImportSource,
  ImportTable,
} from './import-api';
import { FilePicker } from '../../components/FilePicker';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RefusedRows } from './RefusedRows';
import { recallMapping, rememberMapping } from './remembered-mapping';

const useStyles = makeStyles({
  steps: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    padding: 0,
    flexWrap: 'wrap',
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecoration: 'underline' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

/** Imported rows whose values the import adjusted (line breaks, month-first dates ...). */
const adjustedImported = (preview: ImportPreview): number =>
  preview.rows.filter((r) => r.adjusted && r.status !== 'error').length;

type Step = 'file' | 'mapping' | 'preview' | 'importing' | 'done';
const STEPS: readonly Step[] = ['file', 'mapping', 'preview', 'importing', 'done'];

export const ImportWizard = ({ api }: { readonly api: ImportApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bytes, setBytes] = useState<ArrayBuffer | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [table, setTable] = useState<ImportTable | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<ImportResult | null>(null);

  const fail = (e: unknown) => {
    setError(isAppError(e) ? e.i18nKey : 'errors.internal');
    setBusy(false);
  };

  /** A new table (file, sheet or header row): the mapping is recalled or guessed again. */
  const applyTable = (next: ImportTable) => {
    setTable(next);
    setMapping(recallMapping(next.headers) ?? guessColumnMapping(next.headers));
    setDateOrder(undefined);
  };

  const open = async (content: ArrayBuffer, sheet?: string) => {
    setError(null);
    setBusy(true);
    try {
      const read = await api.read(content, sheet);
      setBytes(content);
      setSource(read);
      applyTable(importTableOf(read));
      setStep('mapping');
      setBusy(false);
    } catch (e) {
      fail(e);
    }
  };

  const buildPreview = async () => {
    if (!table || !mapping) return;
    if (table.rows.length === 0) {
      setError('import.errors.noRows');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      rememberMapping(table.headers, mapping);
      setPreview(await api.preview(table, mapping, dateOrder));
      setStep('preview');
      setBusy(false);
    } catch (e) {
      fail(e);
    }
  };

  const commit = async () => {
    if (!preview) return;
    const rows = preview.rows.filter((r) => r.status !== 'error' && r.subject !== undefined);
    setStep('importing');
    setProgress({ done: 0, total: rows.length });
    try {
      setResult(
        await api.commit(rows, (done, total) => {
          setProgress({ done, total });
        }),
      );
      setStep('done');
    } catch (e) {
      fail(e);
      setStep('preview');
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <Title1 as="h1" id="import-heading">
        {t('import.heading')}
      </Title1>
      <ol className={styles.steps} aria-label={t('import.stepsLabel')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={s === step ? styles.current : undefined}
            aria-current={s === step ? 'step' : undefined}
          >
            {i + 1}. {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t([error, 'errors.internal'])}</MessageBarBody>
        </MessageBar>
      ) : null}
      {busy ? <Spinner label={t('import.working')} /> : null}
      {step === 'file' ? (
        <>
          <Body1 as="p">{t('import.file.intro')}</Body1>
          <FilePicker
            label={t('import.file.label')}
            hint={t('import.file.hint')}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onFile={(f) => {
              if (f) void f.arrayBuffer().then((content) => open(content), fail);
            }}
          />
          <div className={styles.actions}>
            <Button onClick={api.done}>{t('import.cancel')}</Button>
          </div>
        </>
      ) : null}
      {step === 'mapping' && source && table && mapping ? (
        <MappingStep
          source={source}
          table={table}
          dates={analyzeDateColumns(table, mapping)}
          dateOrder={dateOrder}
          onDateOrder={setDateOrder}
          onSheet={(sheet) => {
            if (bytes) void open(bytes, sheet);
          }}
          onHeaderRow={(row) => {
            applyTable(importTableOf(source, row));
          }}
          mapping={mapping}
          onChange={setMapping}
          onNext={() => void buildPreview()}
          onBack={() => {
            setStep('file');
          }}
        />
      ) : null}
      {step === 'preview' && preview ? (
        <PreviewStep
          preview={preview}
          onImport={() => void commit()}
          onCancel={api.done}
          onBack={() => {
            setStep('mapping');
          }}
        />
      ) : null}
      {step === 'importing' ? (
        <Field
          label={t('import.progress', { done: progress.done, total: progress.total })}
          validationState="none"
        >
          <ProgressBar
            value={progress.total === 0 ? 0 : progress.done / progress.total}
            thickness="large"
          />
        </Field>
      ) : null}
      {step === 'done' && result ? (
        <>
          <Subtitle2 as="h2">{t('import.summary.heading')}</Subtitle2>
          <Body1 as="p" role="status">
            {t('import.summary.imported', { count: result.imported })}
          </Body1>
          {result.failed > 0 ? (
            <Body1 as="p">{t('import.summary.failed', { count: result.failed })}</Body1>
          ) : null}
          {preview && preview.counts.error > 0 ? (
            <Body1 as="p">{t('import.summary.skipped', { count: preview.counts.error })}</Body1>
          ) : null}
          {preview && adjustedImported(preview) > 0 ? (
            <Body1 as="p">
              {t('import.summary.adjusted', { count: adjustedImported(preview) })}
            </Body1>
          ) : null}
          {preview && table ? (
            <RefusedRows api={api} table={table} preview={preview} onError={fail} />
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={api.done}>
              {t('import.summary.toList')}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
};
