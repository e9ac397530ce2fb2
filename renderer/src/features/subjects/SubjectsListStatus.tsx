// The line above the list: how many records match, and while the list is still loading, how far
// it has come (a progress bar and "Ielādē… 12 000 no 50 000"). Until loading ends an answer is
// partial, so an empty one says the records are still loading, never "nothing matches".
import { Body1, Field, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ListingProgress } from './subjects-api';

type Props = {
  readonly count: number;
  readonly query: string;
  readonly progress: ListingProgress;
  /** False while records that could still match the query are loading. */
  readonly complete: boolean;
};

const LoadingBar = ({ label, done, total }: { label: string; done: number; total: number }) => (
  <Field label={label} validationState="none">
    <ProgressBar value={total === 0 ? 0 : done / total} thickness="medium" />
  </Field>
);

export const SubjectsListStatus = ({ count, query, progress, complete }: Props) => {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const codesPending = progress.namesDone && !progress.codesDone && /\d/u.test(query);
  return (
    <>
      <Body1 as="p" role="status" aria-live="polite">
        {t('subjects.count', { count })}
        {complete ? '' : ` ${t('subjects.partial')}`}
      </Body1>
      {progress.namesDone ? null : (
        <LoadingBar
          label={t('subjects.loadingProgress', {
            read: number.format(progress.read),
            total: number.format(progress.total),
          })}
          done={progress.read}
          total={progress.total}
        />
      )}
      {codesPending ? (
        <LoadingBar
          label={t('subjects.loadingCodes', {
            read: number.format(progress.codesRead),
            total: number.format(progress.read),
          })}
          done={progress.codesRead}
          total={progress.read}
        />
      ) : null}
      {count === 0 ? (
        <Body1 as="p">
          {t(
            !complete
              ? 'subjects.stillLoading'
              : query === ''
                ? 'subjects.empty'
                : 'subjects.noMatch',
          )}
        </Body1>
      ) : null}
    </>
  );
};
