// A client's bank account and benefits (seed 000 p. 7; the financial key: accountant and head).
// Amounts are typed as people write them ('120,50') and stored in cents.
import { Button } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { clientFinancialSchema } from '@shared/domain/client-schemas';
import type { ClientFinancial } from '@shared/domain/types';
import { formatEuroCents, parseEuroCents } from '@shared/text/money';
import { DetailList, type DetailRow } from '../../components/DetailList';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { issuesToErrors, saveOrFieldErrors, type FieldErrors } from './part-errors';
import { EditForm, SectionCard, useEdit } from './SectionCard';

type BenefitDraft = { readonly key: string; readonly name: string; readonly amount: string };
type Draft = { readonly bankAccount: string; readonly benefits: readonly BenefitDraft[] };

/** An IBAN in groups of four, as printed on bank papers. */
export const formatIban = (iban: string): string => iban.replace(/(.{4})(?=.)/gu, '$1 ');

const draftOf = (financial: ClientFinancial | undefined): Draft => ({
  bankAccount: financial?.bankAccount ? formatIban(financial.bankAccount) : '',
  benefits: (financial?.benefits ?? []).map((b) => ({
    key: crypto.randomUUID(),
    name: b.name,
    amount: formatEuroCents(b.monthlyAmountCents),
  })),
});

/** The draft as the record's shape, or the messages of the fields that are wrong. */
const parseDraft = (
  draft: Draft,
): { readonly value: ClientFinancial } | { readonly errors: FieldErrors } => {
  const amounts = draft.benefits.map((b) => parseEuroCents(b.amount));
  const amountErrors: Record<string, string> = {};
  amounts.forEach((a, i) => {
    if (a === null) amountErrors[`benefits.${String(i)}.amount`] = 'validation.amount';
  });
  const parsed = clientFinancialSchema.safeParse({
    ...(draft.bankAccount.trim() === '' ? {} : { bankAccount: draft.bankAccount }),
    benefits: draft.benefits.map((b, i) => ({ name: b.name, monthlyAmountCents: amounts[i] ?? 0 })),
  });
  if (parsed.success && Object.keys(amountErrors).length === 0) return { value: parsed.data };
  return {
    errors: { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...amountErrors },
  };
};

type Props = {
  readonly financial: ClientFinancial | undefined;
  readonly canEdit: boolean;
  readonly save: (financial: ClientFinancial) => Promise<void>;
};

export const FinancialSection = ({ financial, canEdit, save }: Props) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const edit = useEdit<Draft>();
  const { draft, errors } = edit;

  const submit = (typed: Draft) =>
    edit.run(async () => {
      const parsed = parseDraft(typed);
      if ('errors' in parsed) return parsed.errors;
      return saveOrFieldErrors(() => save(parsed.value), 'financial');
    });

  const benefits = financial?.benefits ?? [];
  const rows: DetailRow[] = [
    [
      t('clients.financial.bankAccount'),
      financial?.bankAccount ? formatIban(financial.bankAccount) : '—',
    ],
    ...(benefits.length === 0
      ? [[t('clients.financial.benefits'), '—'] as const]
      : benefits.map(
          (b, i) =>
            [
              t('clients.financial.benefitRow', { n: i + 1 }),
              t('clients.financial.benefitLine', {
                name: b.name,
                amount: formatEuroCents(b.monthlyAmountCents),
              }),
            ] as const,
        )),
  ];

  const setBenefit = (d: Draft, index: number, change: Partial<BenefitDraft>) => {
    edit.setDraft({
      ...d,
      benefits: d.benefits.map((b, i) => (i === index ? { ...b, ...change } : b)),
    });
  };

  return (
    <SectionCard
      title={t('clients.financial.heading')}
      onEdit={
        canEdit && draft === null
          ? () => {
              edit.open(draftOf(financial));
            }
          : undefined
      }
    >
      {draft === null ? (
        <DetailList rows={rows} />
      ) : (
        <EditForm busy={edit.busy} onSubmit={() => void submit(draft)} onCancel={edit.close}>
          <TextField
            label={t('clients.financial.bankAccount')}
            hint={t('clients.financial.bankAccountHint')}
            value={draft.bankAccount}
            errorKey={errors['bankAccount']}
            onChange={(_e, d) => {
              edit.setDraft({ ...draft, bankAccount: d.value });
            }}
          />
          {draft.benefits.map((b, i) => (
            <div key={b.key} className={form.row}>
              <TextField
                label={t('clients.financial.benefitName', { n: i + 1 })}
                value={b.name}
                errorKey={errors[`benefits.${String(i)}.name`]}
                onChange={(_e, d) => {
                  setBenefit(draft, i, { name: d.value });
                }}
              />
              <TextField
                label={t('clients.financial.benefitAmount', { n: i + 1 })}
                hint={t('clients.financial.amountHint')}
                inputMode="decimal"
                value={b.amount}
                errorKey={errors[`benefits.${String(i)}.amount`]}
                onChange={(_e, d) => {
                  setBenefit(draft, i, { amount: d.value });
                }}
                contentAfter={
                  <Button
                    appearance="transparent"
                    size="small"
                    icon={<Delete20Regular />}
                    aria-label={t('clients.financial.removeBenefit', { n: i + 1 })}
                    onClick={() => {
                      edit.setDraft({
                        ...draft,
                        benefits: draft.benefits.filter((_, j) => j !== i),
                      });
                    }}
                  />
                }
              />
            </div>
          ))}
          <div>
            <Button
              icon={<Add20Regular />}
              onClick={() => {
                edit.setDraft({
                  ...draft,
                  benefits: [...draft.benefits, { key: crypto.randomUUID(), name: '', amount: '' }],
                });
              }}
            >
              {t('clients.financial.addBenefit')}
            </Button>
          </div>
        </EditForm>
      )}
    </SectionCard>
  );
};
