import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  ProgressBar,
  Spinner,
  Title1,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../components/LanguagePicker';
import { useNotify } from '../../components/use-notify';
import { demoSocialOffice } from './demo-social-office';
import { HeadStep } from './HeadStep';
import { InstitutionStep } from './InstitutionStep';
import { RecoveryStep } from './RecoveryStep';
import { RestoreWizard } from '../backup/RestoreWizard';
import type { RestoreApi } from '../backup/restore-api';
import type { HeadForm, InstitutionForm } from './setup-schemas';

export type SetupRequest = {
  readonly institution: InstitutionForm;
  readonly head: {
    readonly displayName: string;
    readonly username: string;
    readonly password: string;
  };
  readonly recoveryCode: string;
  readonly demo: boolean;
};

export type SetupApi = {
  readonly newRecoveryCode: () => string;
  /** The sheet in the institution's language (its country decides). */
  readonly recoverySheetPdf: (
    code: string,
    institution: { readonly name: string; readonly country: string },
  ) => Promise<Uint8Array>;
  readonly printPdf: (bytes: Uint8Array, title: string) => Promise<void>;
  readonly savePdf: (bytes: Uint8Array, suggestedName: string) => Promise<void>;
  /** Creates the vault and signs the head in (and fills the demo register, reporting progress). */
  readonly create: (
    request: SetupRequest,
    onProgress: (done: number, total: number) => void,
  ) => Promise<void>;
  /** "Atjaunot no rezerves kopijas": a register from a backup instead of a new one. */
  readonly restore: RestoreApi;
};

const useStyles = makeStyles({
  page: { maxWidth: '760px', margin: '32px auto', padding: '0 24px' },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  card: { padding: tokens.spacingVerticalXL, marginTop: tokens.spacingVerticalL },
  choices: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalM,
  },
});

const EMPTY_INSTITUTION: InstitutionForm = {
  kind: 'kindergarten',
  country: 'LV',
  name: '',
  registrationNumber: '',
  address: '',
  phone: '',
  email: '',
  controllerName: '',
  operatorName: '',
  recipients: '',
};

// A fictional institution for the demo register: no real institution or person.
const DEMO_INSTITUTION: InstitutionForm = {
  kind: 'kindergarten',
  country: 'LV',
  name: 'Pirmsskolas izglītības iestāde «Saulīte»',
  registrationNumber: '4000000000',
  address: 'Parauga iela 1, Ozolciems, LV-0000',
  phone: '+371 60000000',
  email: 'info@saulite.example.lv',
  controllerName: 'Vadītāja Ieva Paraudziņa',
  operatorName: 'Lietvede Anna Piemēra',
  recipients: 'medicīnas māsa, grāmatvede, izglītības metodiķe, grupu skolotājas',
};

type Step = 'start' | 'institution' | 'head' | 'recovery' | 'restore';

export const SetupWizard = ({ api }: { readonly api: SetupApi }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [step, setStep] = useState<Step>('start');
  const [demo, setDemo] = useState(false);
  const [institution, setInstitution] = useState<InstitutionForm>(EMPTY_INSTITUTION);
  const [head, setHead] = useState<HeadForm>({
    displayName: '',
    username: '',
    password: '',
    passwordRepeat: '',
  });
  const [recoveryCode, setRecoveryCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const stepNumber = { start: 0, institution: 1, head: 2, recovery: 3, restore: 0 }[step];

  const withPdf = async (action: (bytes: Uint8Array) => Promise<void>) => {
    try {
      await action(await api.recoverySheetPdf(recoveryCode, institution));
    } catch (error) {
      notifyError(error);
    }
  };

  const finish = async () => {
    setBusy(true);
    try {
      await api.create(
        {
          institution,
          head: { displayName: head.displayName, username: head.username, password: head.password },
          recoveryCode,
          demo,
        },
        (done, total) => {
          setProgress({ done, total });
        },
      );
    } catch (error) {
      notifyError(error);
      setBusy(false);
    }
  };

  return (
    <main className={styles.page} id="main-content">
      <div className={styles.top}>
        {/* Restoring is not creating a register: the page says which of the two it is doing. */}
        <Title1 as="h1">{t(step === 'restore' ? 'setup.restoreHeading' : 'setup.heading')}</Title1>
        <LanguagePicker />
      </div>
      <Body1 as="p">{t(step === 'restore' ? 'setup.restoreIntro' : 'setup.intro')}</Body1>
      {step === 'start' ? (
        <div className={styles.choices}>
          <Button
            appearance="primary"
            size="large"
            onClick={() => {
              setStep('institution');
            }}
          >
            {t('setup.start.new')}
          </Button>
          <Button
            size="large"
            onClick={() => {
              setDemo(true);
              setInstitution(DEMO_INSTITUTION);
              setStep('institution');
            }}
          >
            {t('setup.start.demo')}
          </Button>
          <Button
            size="large"
            onClick={() => {
              setDemo(true);
              setInstitution(demoSocialOffice(i18n.language));
              setStep('institution');
            }}
          >
            {t('setup.start.demoSocial')}
          </Button>
          <Button
            size="large"
            onClick={() => {
              setStep('restore');
            }}
          >
            {t('restore.startButton')}
          </Button>
          <Caption1 as="p">{t('setup.start.demoHint')}</Caption1>
        </div>
      ) : step === 'restore' ? (
        <Card className={styles.card}>
          <RestoreWizard
            api={api.restore}
            onCancel={() => {
              setStep('start');
            }}
          />
        </Card>
      ) : (
        <Card className={styles.card}>
          <Caption1>{t('setup.stepOf', { current: stepNumber, total: 3 })}</Caption1>
          <Title3 as="h2">{t(`setup.steps.${step}`)}</Title3>
          {step === 'institution' ? (
            <InstitutionStep
              initial={institution}
              onNext={(value) => {
                setInstitution(value);
                setStep('head');
              }}
            />
          ) : null}
          {step === 'head' ? (
            <HeadStep
              initial={head}
              busy={busy}
              onBack={() => {
                setStep('institution');
              }}
              onNext={(value) => {
                setHead(value);
                setRecoveryCode(api.newRecoveryCode());
                setStep('recovery');
              }}
            />
          ) : null}
          {step === 'recovery' ? (
            <>
              <RecoveryStep
                recoveryCode={recoveryCode}
                busy={busy}
                onPrint={() =>
                  void withPdf((bytes) => api.printPdf(bytes, t('setup.recovery.heading')))
                }
                onSave={() => void withPdf((bytes) => api.savePdf(bytes, 'atkopsanas-atslega.pdf'))}
                onFinish={() => void finish()}
              />
              {busy && !progress ? <Spinner size="small" label={t('setup.head.creating')} /> : null}
              {progress ? (
                <Field
                  label={t('setup.demoProgress', { done: progress.done, total: progress.total })}
                >
                  <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} />
                </Field>
              ) : null}
            </>
          ) : null}
        </Card>
      )}
    </main>
  );
};
