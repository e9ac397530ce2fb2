// The result of a hand-over: the file saved, the one-time code (shown here only; printed on the
// act), the act with the legal basis and, if the head chooses, the persons' names, and for each
// person the usual erasure proposal (four-eyes) with the basis "nodots valsts arhīvam". Until the
// act is saved the result is kept for the session (the page shows it again after a visit
// elsewhere, with the legal basis and the names choice as the head left them); leaving asks first,
// and closing it asks before the code is gone for good.
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
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/use-notify';
import { useErasuresStyles } from '../erasures/erasures-styles';
import type { ActChoices, ArchiveApi, ArchiveDone } from './archive-api';
import { UnsavedActGuard } from './UnsavedActGuard';

type Props = {
  readonly api: ArchiveApi;
  readonly done: ArchiveDone;
  /** Whether the act was saved (while this page was open). */
  readonly actSaved: boolean;
  readonly onActSaved: () => void;
  /** The result was closed (the code dropped). */
  readonly onClosed: () => void;
};

/** What the last save of the act came to: nothing yet, saved, or the save dialog cancelled. */
type SaveOutcome = 'none' | 'saved' | 'cancelled';

export const HandOverResult = ({ api, done, actSaved, onActSaved, onClosed }: Props) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const styles = useErasuresStyles();
  const [{ legalBasis, printNames }, setChoices] = useState<ActChoices>(
    () => api.actChoices() ?? { legalBasis: done.defaultLegalBasis, printNames: false },
  );
  // Kept with the held result too (memory only): coming back to the page shows them again.
  const choose = (change: Partial<ActChoices>) => {
    const next = { legalBasis, printNames, ...change };
    setChoices(next);
    api.keepActChoices(next);
  };
  // One save at a time: a double-click must not save the act twice.
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>('none');
  const [confirmClose, setConfirmClose] = useState(false);
  const close = () => {
    api.dismiss();
    onClosed();
  };
  const saveAct = () => {
    setSaving(true);
    api
      .saveAct({ legalBasis, printNames })
      .then((saved) => {
        setOutcome(saved ? 'saved' : 'cancelled');
        if (saved) onActSaved();
      }, notifyError)
      .finally(() => {
        setSaving(false);
      });
  };
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
            choose({ legalBasis: d.value });
          }}
        />
      </Field>
      <Checkbox
        checked={printNames}
        label={t('archive.printNames')}
        onChange={(_, d) => {
          choose({ printNames: d.checked === true });
        }}
      />
      <div>
        <Button appearance="primary" disabled={saving} onClick={saveAct}>
          {t('archive.saveAct')}
        </Button>{' '}
        <Button
          onClick={() => {
            if (actSaved) close();
            else setConfirmClose(true);
          }}
        >
          {t('archive.close')}
        </Button>
      </div>
      {outcome === 'cancelled' && !actSaved ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('archive.actNotSaved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome === 'saved' ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('archive.actSaved')}</MessageBarBody>
        </MessageBar>
      ) : null}
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
      <UnsavedActGuard active={!actSaved} />
      {confirmClose ? (
        <ConfirmDialog
          title={t('archive.dismiss.title')}
          body={t('archive.dismiss.body')}
          confirmLabel={t('archive.dismiss.confirm')}
          cancelLabel={t('archive.dismiss.cancel')}
          onConfirm={() => {
            setConfirmClose(false);
            close();
          }}
          primary="cancel"
          onCancel={() => {
            setConfirmClose(false);
          }}
        />
      ) : null}
    </div>
  );
};
