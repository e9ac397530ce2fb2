// The proposal form (#/erasures/propose/<subject id>): whole person or only some categories, the
// reason and the legal basis. The head decides on the "Dzēšamie" page.
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
  type PartialErasureCategory,
} from '@shared/retention/erasure';
import { useFormStyles } from '../../components/form-styles';
import type { ErasuresApi } from './erasures-api';

type Props = { readonly api: ErasuresApi; readonly subjectId: string };

export const ProposeErasureForm = ({ api, subjectId }: Props) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const [name, setName] = useState<string | null | undefined>(undefined);
  const [kind, setKind] = useState<'whole' | 'partial'>('whole');
  const [categories, setCategories] = useState<PartialErasureCategory[]>([]);
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void api.personName(subjectId).then(setName, () => {
      setName(null);
    });
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
