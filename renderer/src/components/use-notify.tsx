// Toasts: one hook for the whole app. Errors are shown through their i18n key only.
import {
  Toast,
  ToastBody,
  ToastTitle,
  Toaster,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';

type Intent = 'success' | 'error' | 'info' | 'warning';
type Notify = {
  readonly notify: (intent: Intent, title: string, body?: string) => void;
  readonly notifyError: (error: unknown) => void;
};

const NotifyContext = createContext<Notify | null>(null);

export const NotifyProvider = ({ children }: { readonly children: ReactNode }) => {
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  const { t } = useTranslation();

  const notify = useCallback(
    (intent: Intent, title: string, body?: string) => {
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        { intent, timeout: intent === 'error' ? 10_000 : 4_000 },
      );
    },
    [dispatchToast],
  );

  const notifyError = useCallback(
    (error: unknown) => {
      const key = isAppError(error) ? error.i18nKey : 'errors.internal';
      const fallback = isAppError(error) ? `errors.${error.code}` : 'errors.internal';
      notify('error', t([key, fallback]));
    },
    [notify, t],
  );

  const value = useMemo(() => ({ notify, notifyError }), [notify, notifyError]);
  return (
    <NotifyContext.Provider value={value}>
      <Toaster toasterId={toasterId} position="bottom-end" />
      {children}
    </NotifyContext.Provider>
  );
};

export const useNotify = (): Notify => {
  const value = useContext(NotifyContext);
  if (!value) throw new Error('useNotify outside NotifyProvider');
  return value;
};
