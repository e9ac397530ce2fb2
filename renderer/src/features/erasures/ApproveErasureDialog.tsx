// The head's decision on one proposal: approve (irreversible; her own proposal needs a ticked
// confirmation; the name on the certificate only if she ticks it) or reject with a reason. A
// refusal (open request, legal hold, restriction) is shown here with its reason; a whole-record
// erasure names the categories it takes before their retention period ends.
import { ErasurePerson } from './ErasurePerson';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import type { ErasureListItem, ErasuresApi } from './erasures-api';
import { scopeText } from './scope-text';
import { NotYetDueNotice } from './NotYetDueNotice';

type Props = {
  readonly api: ErasuresApi;
  readonly item: ErasureListItem;
  readonly mode: 'approve' | 'reject';
  readonly onClose: (changed: boolean) => void;
};

export const ApproveErasureDialog = ({ api, item, mode, onClose }: Props) => {
  const { t } = useTranslation();
  const [confirmOwn, setConfirmOwn] = useState(false);
  const [printName, setPrintName] = useState(false);
  const [rejection, setRejection] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (mode === 'reject') await api.reject(item.id, rejection);
      else {
        await api.approve(item.id, confirmOwn);
        await api.saveCertificate(item.id, printName ? (item.subjectName ?? '') : undefined);
      }
      onClose(true);
    } catch (e) {
      setError(t(isAppError(e) ? e.i18nKey : 'errors.internal'));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_e, d) => {
        if (!d.open) onClose(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {t(mode === 'approve' ? 'erasures.approve.title' : 'erasures.reject.title')}
          </DialogTitle>
          <DialogContent>
            <p>
              <strong>
                <ErasurePerson item={item} />
              </strong>
              : {scopeText(t, item.scope)}
            </p>
            <p>{t('erasures.reasonLine', { reason: item.reason })}</p>
            <p>{t('erasures.legalBasisLine', { legalBasis: item.legalBasis })}</p>
            {mode === 'approve' ? (
              <>
                {item.scope.kind === 'whole' ? (
                  <NotYetDueNotice api={api} subjectId={item.subjectId} />
                ) : null}
                <MessageBar intent="warning">
                  <MessageBarBody>{t('erasures.approve.irreversible')}</MessageBarBody>
                </MessageBar>
                {item.own ? (
                  <Checkbox
                    label={t('erasures.approve.confirmOwn')}
                    checked={confirmOwn}
                    onChange={(_e, d) => {
                      setConfirmOwn(d.checked === true);
                    }}
                  />
                ) : null}
                <Checkbox
                  label={t('erasures.approve.printName')}
                  checked={printName}
                  onChange={(_e, d) => {
                    setPrintName(d.checked === true);
                  }}
                />
              </>
            ) : (
              <Field label={t('erasures.reject.reason')} required>
                <Textarea
                  textarea={{ autoComplete: 'off' }}
                  value={rejection}
                  onChange={(_e, d) => {
                    setRejection(d.value);
                  }}
                />
              </Field>
            )}
            {error ? (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || (mode === 'approve' && item.own && !confirmOwn)}
              onClick={() => {
                void run();
              }}
            >
              {t(mode === 'approve' ? 'erasures.approve.submit' : 'erasures.reject.submit')}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                onClose(false);
              }}
            >
              {t('erasures.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
