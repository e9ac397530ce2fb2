// The proposal form (#/erasures/propose/<subject id>): whole person or only some categories, the
// reason and the legal basis. The head decides on the "Dzēšamie" page. When some of the person's
// data is past its retention period today, the form opens pre-filled from the due categories.
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  Title1,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import {
  ERASURE_TEXT_MAX,
  PARTIAL_ERASURE_CATEGORIES,
  proposalScopeForDue,
  type PartialErasureCategory,
} from '@shared/retention/erasure';
import { formatDate, todayIso, type DateLocale } from '@shared/text';
import { useFormStyles } from '../../components/form-styles';
import type { DueCategories, ErasuresApi } from './erasures-api';
import { NotYetDueNotice } from './NotYetDueNotice';

type Props = {
  readonly api: ErasuresApi;
  readonly subjectId: string;
  /** Opened after an archive hand-over: reason and legal basis say so ("nodots valsts arhīvam"). */
  readonly handedOver?: boolean;
};

export const ProposeErasureForm = ({ api, subjectId, handedOver = false }: Props) => {
  const { t, i18n } = useTranslation();
  const styles = useFormStyles();
  const [name, setName] = useState<string | null | undefined>(undefined);
  const [kind, setKind] = useState<'whole' | 'partial'>('whole');
  const [categories, setCategories] = useState<PartialErasureCategory[]>([]);
  const [reason, setReason] = useState(handedOver ? t('archive.erasureReason') : '');
  const [legalBasis, setLegalBasis] = useState(handedOver ? t('archive.erasureLegalBasis') : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [due, setDue] = useState<DueCategories | null>(null);
  const locale: DateLocale =
    i18n.language === 'lt' || i18n.language === 'en' ? i18n.language : 'lv';
  useEffect(() => {
    const prefill = (entry: DueCategories | null) => {
      // After a hand-over the whole person goes, for that reason: the due prefill is not used.
      if (handedOver) return;
      setDue(entry);
      if (!entry) return;
      const scope = proposalScopeForDue(entry.categories.map((c) => c.category));
      if (scope) setKind(scope.kind);
      if (scope?.kind === 'partial') setCategories([...scope.categories]);
      const since = entry.categories.map((c) => c.dueOn).sort()[0] ?? '';
      setReason(
        t('erasures.due.reasonPrefill', {
          categories: entry.categories.map((c) => t(`retention.category.${c.category}`)).join(', '),
          date: since === '' ? '' : formatDate(since, locale),
        }),
      );
      setLegalBasis(t('erasures.due.legalBasisPrefill'));
    };
    void api.personName(subjectId).then(setName, () => {
      setName(null);
    });
    // A due list that cannot be read leaves the form empty, as when opened from the person's page.
    void api.dueFor(subjectId, todayIso(new Date())).then(prefill, () => {
      setDue(null);
    });
    // The prefill runs once per opened form; a language switch does not retype the reason.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, subjectId]);
  if (name === undefined) return <Spinner label={t('erasures.loading')} />;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const scope = kind === 'whole' ? { kind } : { kind, categories };
      await api.propose(subjectId, { reason, legalBasis, scope });
      api.back();
    } catch (e) {
      setError(t(isAppError(e) ? e.i18nKey : 'errors.internal'));
      setBusy(false);
    }
  };
  const toggle = (c: PartialErasureCategory, on: boolean) => {
    setCategories((now) => (on ? [...now, c] : now.filter((x) => x !== c)));
  };
  return (
    <section aria-labelledby="erasure-propose-heading" className={styles.form}>
      <Title1 as="h1" id="erasure-propose-heading">
        {t('erasures.propose.heading')}
      </Title1>
      <p>{t('erasures.propose.person', { name: name ?? t('erasures.unknownPerson') })}</p>
      <p>{t('erasures.propose.intro')}</p>
      {due ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(
              proposalScopeForDue(due.categories.map((c) => c.category))
                ? 'erasures.due.prefilled'
                : 'erasures.due.prefilledWholeOnly',
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('erasures.propose.scope')} required>
        <RadioGroup
          value={kind}
          onChange={(_e, d) => {
            setKind(d.value === 'partial' ? 'partial' : 'whole');
          }}
        >
          <Radio value="whole" label={t('erasures.scope.whole')} />
          <Radio value="partial" label={t('erasures.scope.partial')} />
        </RadioGroup>
      </Field>
      {kind === 'whole' ? <NotYetDueNotice api={api} subjectId={subjectId} /> : null}
      {kind === 'partial'
        ? PARTIAL_ERASURE_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              label={t(`erasures.category.${c}`)}
              checked={categories.includes(c)}
              onChange={(_e, d) => {
                toggle(c, d.checked === true);
              }}
            />
          ))
        : null}
      <Field label={t('erasures.propose.reason')} hint={t('erasures.propose.reasonHint')} required>
        <Textarea
          textarea={{ autoComplete: 'off' }}
          value={reason}
          maxLength={ERASURE_TEXT_MAX}
          onChange={(_e, d) => {
            setReason(d.value);
          }}
        />
      </Field>
      <Field
        label={t('erasures.propose.legalBasis')}
        hint={t('erasures.propose.legalBasisHint')}
        required
      >
        <Input
          autoComplete="off"
          value={legalBasis}
          maxLength={ERASURE_TEXT_MAX}
          onChange={(_e, d) => {
            setLegalBasis(d.value);
          }}
        />
      </Field>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => {
            void submit();
          }}
        >
          {t('erasures.propose.submit')}
        </Button>{' '}
        <Button onClick={api.back}>{t('erasures.cancel')}</Button>
      </div>
    </section>
  );
};
