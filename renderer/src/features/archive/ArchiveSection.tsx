// "Nodot arhīvam" on the "Dzēšamie" page (issue 9 item 7, seed 000 p. 9): the head exports one
// leaver or a group's leavers to a sealed archive file instead of erasing, gets the one-time
// hand-over code (shown here until the act is saved; kept for the session in memory, dropped on
// lock), saves the hand-over act, and may then propose the usual erasure. Nothing is erased here.
import {
  Button,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Title2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import { nameWithDetail } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import { useErasuresStyles } from '../erasures/erasures-styles';
import type { ArchiveApi, ArchiveCandidates, ArchiveDone } from './archive-api';
import { HandOverResult } from './HandOverResult';

type Props = {
  readonly api: ArchiveApi;
  /** Changes when the page's lists were read again (an erasure removes a candidate). */
  readonly version: number;
};

export const ArchiveSection = ({ api, version }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const styles = useErasuresStyles();
  const [candidates, setCandidates] = useState<ArchiveCandidates | null>(null);
  const [kind, setKind] = useState<'person' | 'group'>('person');
  const [personId, setPersonId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A hand-over whose act was not saved before the page was left is shown again.
  const [done, setDone] = useState<ArchiveDone | null>(() => api.pending());
  const [actSaved, setActSaved] = useState(false);
  // Only a pending act keeps the code in memory once the page is left.
  useEffect(
    () => () => {
      api.pageLeft();
    },
    [api],
  );
  useEffect(() => {
    api.candidates().then((found) => {
      setCandidates(found);
      // A chosen person or group that is no longer offered (erased meanwhile) is unchosen.
      setPersonId((id) => (found.persons.some((p) => p.id === id) ? id : ''));
      setGroupId((id) => (found.groups.some((g) => g.id === id && g.leavers > 0) ? id : ''));
    }, notifyError);
  }, [api, notifyError, version]);
  if (candidates === null) return null;
  const groups = candidates.groups.filter((g) => g.leavers > 0);
  const chosen = kind === 'person' ? personId : groupId;
  // A new hand-over would replace the code of one whose act is not saved yet.
  const actPending = done !== null && !actSaved;
  const start = async () => {
    setError(null);
    setDone(null);
    setActSaved(false);
    setProgress({ done: 0, total: 0 });
    try {
      const scope = kind === 'person' ? { kind, subjectId: personId } : { kind, groupId };
      const result = await api.handOver(scope, (d, total) => {
        setProgress({ done: d, total });
      });
      setDone(result);
      // A cancelled save dialog: nothing was saved or recorded; the code is discarded.
      if (result === null) setError(t('archive.cancelled'));
    } catch (e) {
      setError(t(isAppError(e) ? e.i18nKey : 'errors.internal'));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className={styles.section} role="region" aria-labelledby="archive-heading">
      <Title2 as="h2" id="archive-heading">
        {t('archive.heading')}
      </Title2>
      <p>{t('archive.intro')}</p>
      {candidates.persons.length === 0 ? (
        <p>{t('archive.none')}</p>
      ) : (
        <div className={styles.archiveForm}>
          <RadioGroup
            layout="horizontal"
            value={kind}
            aria-label={t('archive.what')}
            onChange={(_, d) => {
              setKind(d.value === 'group' ? 'group' : 'person');
            }}
          >
            <Radio value="person" label={t('archive.onePerson')} />
            <Radio value="group" label={t('archive.wholeGroup')} disabled={groups.length === 0} />
          </RadioGroup>
          {kind === 'person' ? (
            <Field label={t('archive.person')}>
              <Select
                value={personId}
                onChange={(_, d) => {
                  setPersonId(d.value);
                }}
              >
                <option value="">{t('archive.choose')}</option>
                {candidates.persons.map((p) => (
                  <option key={p.id} value={p.id}>
                    {nameWithDetail(t, i18n.language, p.name, {
                      birthDate: p.birthDate,
                      groupName: p.groupName,
                    })}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field label={t('archive.group')}>
              <Select
                value={groupId}
                onChange={(_, d) => {
                  setGroupId(d.value);
                }}
              >
                <option value="">{t('archive.choose')}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {t('archive.groupOption', { name: g.name, count: g.leavers })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div>
            <Button
              appearance="primary"
              disabled={chosen === '' || progress !== null || actPending}
              aria-describedby={actPending ? 'archive-act-pending' : undefined}
              onClick={() => {
                void start();
              }}
            >
              {t('archive.start')}
            </Button>
          </div>
          {actPending ? <p id="archive-act-pending">{t('archive.actPending')}</p> : null}
          {progress ? (
            <Field
              validationState="none"
              validationMessage={
                progress.total === 0
                  ? t('archive.preparing')
                  : t('archive.progress', { done: progress.done, total: progress.total })
              }
            >
              <ProgressBar
                aria-label={t('archive.progressLabel')}
                value={progress.total === 0 ? undefined : progress.done / progress.total}
              />
            </Field>
          ) : null}
          {error ? (
            <p role="alert" className={styles.error}>
              {error}
            </p>
          ) : null}
        </div>
      )}
      {done ? (
        <HandOverResult
          api={api}
          done={done}
          actSaved={actSaved}
          onActSaved={() => {
            setActSaved(true);
          }}
          onClosed={() => {
            setDone(null);
            setActSaved(false);
          }}
        />
      ) : null}
    </div>
  );
};
