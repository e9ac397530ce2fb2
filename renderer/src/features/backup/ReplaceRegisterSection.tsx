// Settings "Aizstāt reģistru ar rezerves kopiju" (head only, issue 10 item 3): a warning first,
// then the restore steps; the restore makes and verifies a backup of the current state before
// anything is replaced, and the register in use stays as it was on every failure.
import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { RestoreApi } from './restore-api';
import { RestoreWizard } from './RestoreWizard';

type Stage = 'closed' | 'confirm' | 'open';

/** `createApi`: a restore API for replacing the register (it keeps the file between steps). */
export const ReplaceRegisterSection = ({ createApi }: { readonly createApi: () => RestoreApi }) => {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>('closed');
  const [api, setApi] = useState<RestoreApi | null>(null);
  const close = () => {
    setStage('closed');
    setApi(null);
  };
  return (
    <section aria-labelledby="restore-replace-heading">
      <Subtitle1 as="h3" id="restore-replace-heading">
        {t('restore.replaceHeading')}
      </Subtitle1>
      <Body1 as="p">{t('restore.replaceBody')}</Body1>
      {stage === 'open' && api ? (
        <RestoreWizard api={api} warning={t('restore.replaceWarning')} onCancel={close} />
      ) : (
        <Button
          icon={<ArrowUndo20Regular />}
          onClick={() => {
            setStage('confirm');
          }}
        >
          {t('restore.replaceButton')}
        </Button>
      )}
      {stage === 'confirm' ? (
        <ConfirmDialog
          title={t('restore.replaceHeading')}
          body={t('restore.replaceWarning')}
          confirmLabel={t('restore.replaceContinue')}
          cancelLabel={t('restore.cancel')}
          onConfirm={() => {
            setApi(createApi());
            setStage('open');
          }}
          onCancel={close}
        />
      ) : null}
    </section>
  );
};
