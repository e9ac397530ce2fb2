// Whose register the screen is: a kindergarten's children or a social office's clients. The
// consent and forms screens are shared by both; their words differ ("bērns" / "klients", who
// signs). The app provides the kind once the vault's facts are loaded.
import type { SubjectKind } from '@shared/domain/types';
import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';

const SubjectKindContext = createContext<SubjectKind>('child');

/** Wraps screens of one register; `value` is 'client' in a social office. */
export const SubjectKindProvider = SubjectKindContext.Provider;

/** The subject kind of the register on screen ('child' unless a provider says otherwise). */
export const useSubjectKind = (): SubjectKind => useContext(SubjectKindContext);

/**
 * i18next's t with the register's context: a key with a `_client` variant reads it in a social
 * office (e.g. 'forms.issue.targetChild_client'); every other key reads as it is.
 */
export const useKindT = (): ((key: string, options?: Record<string, unknown>) => string) => {
  const { t } = useTranslation();
  const kind = useSubjectKind();
  return useCallback(
    (key: string, options?: Record<string, unknown>) =>
      t(key, { ...options, context: kind === 'client' ? 'client' : '' }),
    [t, kind],
  );
};
