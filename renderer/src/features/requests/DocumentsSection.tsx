// The letters and reports of a request: which can be printed now (the stored request has what
// the letter says), print or save each, and the list of documents produced with their numbers.
import {
  Body1,
  Button,
  Caption1,
  Card,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  DocumentPdf20Regular,
  Print20Regular,
} from '@fluentui/react-icons';
import type { LetterKind } from '@shared/requests';
import { formatDate } from '@shared/text';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { dateLocaleOf } from '../consents/DateInput';
import type { RequestDetail, RequestsApi } from './requests-api';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  label: { minWidth: '260px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The letters the stored request can fill in. */
const availableLetters = (r: RequestDetail['request']): LetterKind[] => [
  'acknowledgement',
  ...(r.clarification ? (['clarification'] as const) : []),
  ...(r.extension ? (['extension'] as const) : []),
  ...(r.status === 'answered' ? (['answer'] as const) : []),
  ...(r.status === 'refused' ? (['refusal'] as const) : []),
];

type Props = {
  readonly api: RequestsApi;
  readonly detail: RequestDetail;
  readonly onChanged: () => void;
};

export const DocumentsSection = ({ api, detail, onChanged }: Props) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const r = detail.request;
  const locale = dateLocaleOf(i18n.language);
  const run = (work: () => Promise<string | null>) => {
    work()
      .then((number) => {
        if (number !== null) notify('success', t('requests.documents.saved', { number }));
        onChanged();
      })
      .catch(notifyError);
  };
  const actions = (kind: string, produce: (mode: 'print' | 'save') => Promise<string>) => (
    <div className={styles.row} key={kind}>
      <span className={styles.label}>{t(`requests.documents.kind.${kind}`)}</span>
      <Button
        icon={<Print20Regular />}
        aria-label={`${t('requests.documents.print')}: ${t(`requests.documents.kind.${kind}`)}`}
        onClick={() => {
          run(() => produce('print'));
        }}
      >
        {t('requests.documents.print')}
      </Button>
      <Button
        icon={<DocumentPdf20Regular />}
        aria-label={`${t('requests.documents.save')}: ${t(`requests.documents.kind.${kind}`)}`}
        onClick={() => {
          run(() => produce('save'));
        }}
      >
        {t('requests.documents.save')}
      </Button>
    </div>
  );
  const hasPerson = r.subjectId !== null;
  return (
    <Card>
      <Subtitle2 as="h2">{t('requests.documents.heading')}</Subtitle2>
      <Body1 as="p">{t('requests.documents.intro')}</Body1>
      {api.can.manage
        ? availableLetters(r).map((kind) => actions(kind, (mode) => api.letter(r.id, kind, mode)))
        : null}
      {api.can.accessReport && hasPerson
        ? actions('access-report', (mode) => api.accessReport(r.id, mode))
        : null}
      {api.can.export && hasPerson ? (
        <div className={styles.row}>
          <span className={styles.label}>{t('requests.documents.kind.portability')}</span>
          <Button
            icon={<ArrowDownload20Regular />}
            onClick={() => {
              run(() => api.exportPortability(r.id));
            }}
          >
            {t('requests.documents.portability')}
          </Button>
        </div>
      ) : null}
      {r.documents.length > 0 ? (
        <>
          <Caption1>{t('requests.documents.produced')}</Caption1>
          <ul className={styles.list}>
            {r.documents.map((d) => (
              <li key={`${d.number}-${d.kind}`}>
                {t(`requests.documents.kind.${d.kind}`)} —{' '}
                {t('requests.documents.documentLine', {
                  number: d.number,
                  date: formatDate(d.date, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
};
