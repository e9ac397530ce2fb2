// Processing purposes: the three of Veidlapa Nr. 1 and the head's own (e.g. a research survey,
// seed 004 point 36), each with Latvian, Lithuanian and English labels.
import {
  Body1,
  Button,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import type { Purpose, PurposeLabels } from '@shared/consent';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import type { TemplatesApi } from './templates-api';

const EMPTY: PurposeLabels = { lv: '', lt: '', en: '' };
const LANGUAGES = ['lv', 'lt', 'en'] as const;

export const PurposesSection = ({ api }: { readonly api: TemplatesApi }) => {
  const { t } = useTranslation();
  const tk = useKindT();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [purposes, setPurposes] = useState<Purpose[]>([]);
  const [labels, setLabels] = useState<PurposeLabels>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const [primary, setPrimary] = useState<'lv' | 'lt'>('lv');

  useEffect(() => {
    api.purposes().then(setPurposes).catch(notifyError);
  }, [api, notifyError, version]);
  useEffect(() => {
    api.purposeLanguage().then(setPrimary).catch(notifyError);
  }, [api, notifyError]);

  const add = async () => {
    setBusy(true);
    try {
      await api.addPurpose(labels);
      notify('success', t('templates.purposes.added'));
      setLabels(EMPTY);
      setVersion((v) => v + 1);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const missingPrimary = labels[primary].trim() === '';
  // The institution's language first and required; the others fall back to it.
  const order = [primary, ...LANGUAGES.filter((l) => l !== primary)];

  return (
    <section
      aria-labelledby="purposes-heading"
      className={form.form}
      style={{ maxWidth: '1000px' }}
    >
      <Subtitle1 as="h2" id="purposes-heading">
        {t('templates.purposes.heading')}
      </Subtitle1>
      <Body1 as="p">{tk('templates.purposes.intro')}</Body1>
      <Table aria-labelledby="purposes-heading" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('templates.purposes.lv')}</TableHeaderCell>
            <TableHeaderCell>{t('templates.purposes.lt')}</TableHeaderCell>
            <TableHeaderCell>{t('templates.purposes.en')}</TableHeaderCell>
            <TableHeaderCell>{t('templates.purposes.type')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {purposes.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{p.labels.lv}</TableCell>
              <TableCell>{p.labels.lt}</TableCell>
              <TableCell>{p.labels.en}</TableCell>
              <TableCell>
                {p.builtIn ? tk('templates.purposes.builtIn') : tk('templates.purposes.custom')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }} className={form.form}>
        <legend>
          <strong>{t('templates.purposes.addHeading')}</strong>
        </legend>
        {order.map((language) => (
          <TextField
            key={language}
            label={t(`templates.purposes.${language}`)}
            required={language === primary}
            {...(language === primary
              ? {}
              : { hint: t(`templates.purposes.fallbackTo.${primary}`) })}
            value={labels[language]}
            onChange={(_e, d) => {
              setLabels((l) => ({ ...l, [language]: d.value }));
            }}
          />
        ))}
        <Body1 as="p">{tk('templates.purposes.howRecorded')}</Body1>
        <div className={form.actions}>
          <Button
            appearance="primary"
            icon={<Add20Regular />}
            disabled={busy || missingPrimary}
            onClick={() => {
              void add();
            }}
          >
            {t('templates.purposes.add')}
          </Button>
        </div>
      </fieldset>
    </section>
  );
};
