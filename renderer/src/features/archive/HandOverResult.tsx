// The result of a hand-over: the file saved, the one-time code (shown here only; printed on the
// act), the act with the legal basis and, if the head chooses, the persons' names, and for each
// person the usual erasure proposal (four-eyes) with the basis "nodots valsts arhīvam".
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { useErasuresStyles } from '../erasures/erasures-styles';
import type { ArchiveApi, ArchiveDone } from './archive-api';

type Props = { readonly api: ArchiveApi; readonly done: ArchiveDone };

export const HandOverResult = ({ api, done }: Props) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const styles = useErasuresStyles();
  const [legalBasis, setLegalBasis] = useState(done.defaultLegalBasis);
  const [printNames, setPrintNames] = useState(false);
  // One save at a time: a double-click must not save the act twice.
  const [saving, setSaving] = useState(false);
  return (
    <div className={styles.archiveForm} role="region" aria-label={t('archive.doneHeading')}>
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{t('archive.doneHeading')}</MessageBarTitle>
          {t('archive.saved', { fileName: done.fileName, count: done.persons.length })}
        </MessageBarBody>
      </MessageBar>
      <Field label={t('archive.code')} hint={t('archive.codeHint')}>
        <output className={styles.code} aria-label={t('archive.code')}>
          {done.code}
        </output>
      </Field>
      <p className={styles.hash}>
        {t('archive.sha256')} <code>{done.sha256}</code>
      </p>
      <Field label={t('archive.legalBasis')}>
        <Input
          autoComplete="off"
          value={legalBasis}
          onChange={(_, d) => {
            setLegalBasis(d.value);
          }}
        />
      </Field>
      <Checkbox
        checked={printNames}
        label={t('archive.printNames')}
        onChange={(_, d) => {
          setPrintNames(d.checked === true);
        }}
      />
      <div>
        <Button
          appearance="primary"
          disabled={saving}
          onClick={() => {
            setSaving(true);
            api
              .saveAct({ legalBasis, printNames })
              .catch(notifyError)
              .finally(() => {
                setSaving(false);
              });
          }}
        >
          {t('archive.saveAct')}
        </Button>
      </div>
      <p>{t('archive.thenErase')}</p>
      <ul className={styles.categories}>
        {done.persons.map((p) => (
          <li key={p.id}>
            {p.name}{' '}
            <Button
              size="small"
              onClick={() => {
                api.proposeErasure(p.id);
              }}
            >
              {t('archive.proposeErasure')}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
};
