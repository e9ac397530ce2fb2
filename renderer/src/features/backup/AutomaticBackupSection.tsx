// Settings "Automātiskās rezerves kopijas": the folder automatic backups go to (Electron; the
// browser host says it makes none), and how many daily, weekly and monthly generations the
// folder keeps and after how many days the sign-in warns. The head changes them; the secretary
// reads them.
import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { TextField } from '../../components/TextField';
import { useNotify } from '../../components/use-notify';
import { isAppError } from '@shared/errors/app-error';
import { errorText } from './backup-text';

export type BackupPolicyFields = {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
  readonly warnAfterDays: number;
};

export type AutomaticBackupApi = {
  readonly canManage: boolean;
  readonly policy: () => Promise<BackupPolicyFields>;
  /** Rejects with AppError errors.backup.policyRange {min, max} naming the field. */
  readonly savePolicy: (policy: BackupPolicyFields) => Promise<void>;
  /** The backup folder (Electron); the browser host has none and makes no automatic backups. */
  readonly folder: {
    readonly supported: () => Promise<boolean>;
    /** The chosen folder's path, or null when none is chosen yet. */
    readonly get: () => Promise<string | null>;
    /** The dialog; resolves the chosen folder or null when cancelled. */
    readonly choose: () => Promise<string | null>;
  };
};

const FIELDS = ['daily', 'weekly', 'monthly', 'warnAfterDays'] as const;
type Texts = Record<(typeof FIELDS)[number], string>;

const FolderLine = ({ folder }: { readonly folder: AutomaticBackupApi['folder'] }) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const [path, setPath] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void folder.get().then(setPath, notifyError);
  }, [folder, notifyError]);
  const choose = async () => {
    const chosen = await folder.choose().catch((error: unknown) => {
      notifyError(error);
      return null;
    });
    if (chosen !== null) setPath(chosen);
  };
  if (path === undefined) return null;
  return (
    <Body1 as="p" data-testid="backup-folder">
      {path === null
        ? t('backup.automatic.noFolder')
        : t('backup.automatic.folder', { folder: path })}{' '}
      <Button icon={<FolderOpen20Regular />} onClick={() => void choose()}>
        {t('backup.automatic.chooseFolder')}
      </Button>
    </Body1>
  );
};

export const AutomaticBackupSection = ({ api }: { readonly api: AutomaticBackupApi }) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [texts, setTexts] = useState<Texts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [folders, setFolders] = useState<boolean | null>(null);
  useEffect(() => {
    void api.folder.supported().then(setFolders, notifyError);
  }, [api, notifyError]);
  useEffect(() => {
    void api.policy().then((p) => {
      setTexts({
        daily: String(p.daily),
        weekly: String(p.weekly),
        monthly: String(p.monthly),
        warnAfterDays: String(p.warnAfterDays),
      });
    }, notifyError);
  }, [api, notifyError]);
  const save = async (values: Texts) => {
    setFailure(null);
    try {
      await api.savePolicy({
        daily: Number(values.daily),
        weekly: Number(values.weekly),
        monthly: Number(values.monthly),
        warnAfterDays: Number(values.warnAfterDays),
      });
      notify('success', t('backup.automatic.saved'));
    } catch (error) {
      const field =
        isAppError(error) && typeof error.details?.field === 'string' ? error.details.field : null;
      setFailure(
        field ? `${t(`backup.automatic.${field}`)}: ${errorText(t, error)}` : errorText(t, error),
      );
    }
  };
  return (
    <section aria-labelledby="backup-auto-heading">
      <Subtitle1 as="h3" id="backup-auto-heading">
        {t('backup.automatic.heading')}
      </Subtitle1>
      {folders === null ? null : (
        <Body1 as="p">
          {folders ? t('backup.automatic.body') : t('backup.automatic.browserOnly')}
        </Body1>
      )}
      {folders && api.canManage ? <FolderLine folder={api.folder} /> : null}
      {texts ? (
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(texts);
          }}
        >
          {FIELDS.map((field) => (
            <TextField
              key={field}
              label={t(`backup.automatic.${field}`)}
              inputMode="numeric"
              value={texts[field]}
              disabled={!api.canManage}
              onChange={(_e, d) => {
                setTexts({ ...texts, [field]: d.value });
              }}
            />
          ))}
          {failure ? (
            <Body1 as="p" role="alert">
              {failure}
            </Body1>
          ) : null}
          {api.canManage ? (
            <div className={styles.actions}>
              <Button appearance="primary" type="submit">
                {t('backup.automatic.save')}
              </Button>
            </div>
          ) : null}
        </form>
      ) : null}
    </section>
  );
};
