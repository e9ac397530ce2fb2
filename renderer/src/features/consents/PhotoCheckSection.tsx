// "These five are in this photo: may it go on the website?" Pick children and purposes; the
// answer per purpose, with the reason for each child who blocks it.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PUBLISH_PHOTO_PURPOSE_IDS, type Purpose } from '@shared/consent';
import { foldForSearch, sameNameIds, todayIso } from '@shared/text';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '../../components/PersonName';
import { useKindT } from '../../components/subject-kind';
import { useNotify } from '../../components/use-notify';
import type { ChildChoice } from '../forms/forms-api';
import type { PhotoCheckAnswer } from '../../services/consents';
import type { ConsentsApi } from './consents-api';
import { DateInput } from './DateInput';
import { purposeLabelIn } from './purpose-label';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '260px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
  },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  result: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  reasons: { margin: 0 },
});

export const PhotoCheckSection = ({ api }: { readonly api: ConsentsApi }) => {
  const { t, i18n } = useTranslation();
  const tk = useKindT();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [children, setChildren] = useState<ChildChoice[]>([]);
  const [purposes, setPurposes] = useState<Purpose[]>([]);
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [pickedPurposes, setPickedPurposes] = useState<ReadonlySet<string>>(new Set());
  const [onDate, setOnDate] = useState<string | null>(todayIso(new Date()));
  const [answer, setAnswer] = useState<PhotoCheckAnswer | null>(null);

  useEffect(() => {
    Promise.all([api.children(), api.purposes()])
      .then(([c, p]) => {
        setChildren(c);
        setPurposes(p);
        // Publishing is ticked at first, but only a purpose this register has: a social office's
        // is another id, and a purpose not on screen must never be checked unseen.
        setPickedPurposes(
          new Set(p.filter((x) => PUBLISH_PHOTO_PURPOSE_IDS.includes(x.id)).map((x) => x.id)),
        );
      })
      .catch(notifyError);
  }, [api, notifyError]);

  const shown = useMemo(() => {
    const q = foldForSearch(filter.trim());
    return children.filter(
      (c) => picked.has(c.id) || q === '' || foldForSearch(c.name).includes(q),
    );
  }, [children, filter, picked]);

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean): Set<string> => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const check = () => {
    if (onDate === null || picked.size === 0 || pickedPurposes.size === 0) return;
    api
      .photoCheck([...picked], [...pickedPurposes], onDate)
      .then(setAnswer)
      .catch(notifyError);
  };
  // A reason names birth date and group only where two picked children share a name.
  const namesakes = sameNameIds(children.filter((c) => picked.has(c.id)));
  const tagOf = (id: string) =>
    namesakes.has(id) ? children.find((c) => c.id === id)?.tag : undefined;
  const label = (id: string) => {
    const p = purposes.find((x) => x.id === id);
    return p ? purposeLabelIn(p, i18n.language) : id;
  };

  return (
    <section aria-labelledby="photo-heading">
      <Subtitle1 as="h2" id="photo-heading">
        {t('consents.photo.heading')}
      </Subtitle1>
      <Body1 as="p">{tk('consents.photo.hint')}</Body1>
      <div className={styles.columns}>
        <fieldset className={styles.fieldset}>
          <legend>{tk('consents.photo.children')}</legend>
          <Field label={tk('consents.photo.filter')}>
            <Input
              autoComplete="off"
              value={filter}
              onChange={(_e, d) => {
                setFilter(d.value);
              }}
            />
          </Field>
          <div className={styles.list}>
            {shown.map((c) => (
              <Checkbox
                key={c.id}
                label={<PersonName name={c.name} tag={c.tag} />}
                checked={picked.has(c.id)}
                onChange={(_e, d) => {
                  setPicked((s) => toggle(s, c.id, d.checked === true));
                  setAnswer(null);
                }}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>{t('consents.photo.purposes')}</legend>
          {purposes.map((p) => (
            <Checkbox
              key={p.id}
              label={purposeLabelIn(p, i18n.language)}
              checked={pickedPurposes.has(p.id)}
              onChange={(_e, d) => {
                setPickedPurposes((s) => toggle(s, p.id, d.checked === true));
                setAnswer(null);
              }}
            />
          ))}
          <DateInput label={t('consents.onDate')} value={onDate ?? ''} onChange={setOnDate} />
          <Button
            appearance="primary"
            onClick={check}
            disabled={onDate === null || picked.size === 0 || pickedPurposes.size === 0}
          >
            {t('consents.photo.check')}
          </Button>
          {(picked.size === 0 || pickedPurposes.size === 0) && (
            <Body1 as="p">{tk('consents.photo.pickOne')}</Body1>
          )}
        </fieldset>
      </div>
      {answer && (
        <div className={styles.result} role="status" aria-live="polite">
          <MessageBar intent={answer.allowed ? 'success' : 'error'}>
            <MessageBarBody>
              {tk(answer.allowed ? 'consents.photo.allowed' : 'consents.photo.notAllowed')}
            </MessageBarBody>
          </MessageBar>
          {answer.purposes.map((p) => (
            <div key={p.purposeId}>
              <Body1 as="p">
                <strong>{label(p.purposeId)}:</strong>{' '}
                <StateBadge state={p.allowed ? 'granted' : 'refused'} short />
              </Body1>
              {(!p.allowed || p.subjects.some((s) => s.correctedLater)) && (
                <ul className={styles.reasons}>
                  {p.subjects
                    .filter((s) => s.state !== 'granted' || s.correctedLater)
                    .map((s) => (
                      <li key={s.subjectId}>
                        <PersonName name={s.name} tag={tagOf(s.subjectId)} />:{' '}
                        <StateBadge state={s.state} />
                        {s.correctedLater ? ` (${t('consents.photo.correctedLater')})` : ''}
                      </li>
                    ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
};
