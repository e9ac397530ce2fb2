// The recipients log of the person a request is about: every disclosure outside the institution
// (to whom, which categories, on what legal basis, when), and recording a new one.
import {
  Body1,
  Button,
  Card,
  Field,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { DATA_CATEGORIES, LEGAL_BASES, type DataCategory, type LegalBasis } from '@shared/requests';
import { formatDate, type IsoDate } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/TextField';
import { DateInput, dateLocaleOf } from '../consents/DateInput';
import { ActionDialog } from './ActionDialog';
import type { RequestDetail, RequestsApi } from './requests-api';

const DisclosureDialog = ({
  api,
  subjectId,
  onClose,
}: {
  readonly api: RequestsApi;
  readonly subjectId: string;
  readonly onClose: (saved: boolean) => void;
}) => {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState('');
  const [categories, setCategories] = useState<readonly DataCategory[]>([]);
  const [legalBasis, setLegalBasis] = useState<LegalBasis>('legal-obligation');
  const [on, setOn] = useState<IsoDate | null>(api.today);
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      title={t('requests.disclosures.add')}
      onClose={onClose}
      onSave={() =>
        api.recordDisclosure({ subjectId, recipient, categories, legalBasis, on: on ?? '', note })
      }
    >
      {(errors) => (
        <>
          <TextField
            label={t('requests.disclosures.recipient')}
            required
            value={recipient}
            errorKey={errors.recipient}
            onChange={(_e, d) => {
              setRecipient(d.value);
            }}
          />
          {/* Not a Field around the boxes: it would give them one id (issue 14, defect 1). */}
          <CheckboxGroup
            label={t('requests.disclosures.categories')}
            options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`requests.category.${c}`) }))}
            selected={categories}
            onChange={(next) => {
              setCategories(DATA_CATEGORIES.filter((c) => next.includes(c)));
            }}
            errorKey={errors.categories}
          />
          <Field label={t('requests.disclosures.legalBasis')}>
            <Select
              value={legalBasis}
              onChange={(_e, d) => {
                setLegalBasis(d.value as LegalBasis);
              }}
            >
              {LEGAL_BASES.map((b) => (
                <option key={b} value={b}>
                  {t(`requests.basis.${b}`)}
                </option>
              ))}
            </Select>
          </Field>
          <DateInput
            label={t('requests.disclosures.on')}
            required
            value={on ?? ''}
            errorKey={errors.on}
            onChange={setOn}
          />
          <TextField
            label={t('requests.disclosures.note')}
            value={note}
            errorKey={errors.note}
            onChange={(_e, d) => {
              setNote(d.value);
            }}
          />
        </>
      )}
    </ActionDialog>
  );
};

type Props = {
  readonly api: RequestsApi;
  readonly detail: RequestDetail;
  readonly onChanged: () => void;
};

export const DisclosuresSection = ({ api, detail, onChanged }: Props) => {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const subjectId = detail.request.subjectId;
  if (subjectId === null) return null;
  const locale = dateLocaleOf(i18n.language);
  return (
    <Card>
      <Subtitle2 as="h2">{t('requests.disclosures.heading')}</Subtitle2>
      <Body1 as="p">{t('requests.disclosures.intro')}</Body1>
      {detail.disclosures.length === 0 ? (
        <Body1 as="p">{t('requests.disclosures.none')}</Body1>
      ) : (
        <Table size="small" aria-label={t('requests.disclosures.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('requests.disclosures.date')}</TableHeaderCell>
              <TableHeaderCell>{t('requests.disclosures.recipient')}</TableHeaderCell>
              <TableHeaderCell>{t('requests.disclosures.categories')}</TableHeaderCell>
              <TableHeaderCell>{t('requests.disclosures.legalBasis')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.disclosures.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{formatDate(d.on, locale)}</TableCell>
                <TableCell>{d.recipient}</TableCell>
                <TableCell>
                  {d.categories.map((c) => t(`requests.category.${c}`)).join(', ')}
                </TableCell>
                <TableCell>{t(`requests.basis.${d.legalBasis}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {api.can.recordDisclosure ? (
        <div>
          <Button
            icon={<Add20Regular />}
            onClick={() => {
              setOpen(true);
            }}
          >
            {t('requests.disclosures.add')}
          </Button>
        </div>
      ) : null}
      {open ? (
        <DisclosureDialog
          api={api}
          subjectId={subjectId}
          onClose={(saved) => {
            setOpen(false);
            if (saved) onChanged();
          }}
        />
      ) : null}
    </Card>
  );
};
