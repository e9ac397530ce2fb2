// #/forms: a group's consent forms issued and not yet returned (issue 14, defect 5), by child,
// each with a one-click reprint that keeps its printed id.
import {
  Body1,
  Button,
  Field,
  Select,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { formatDate, todayIso } from '@shared/text';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namesakeTag, PersonName } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { UnreturnedForm } from '../../services/consents';
import { dateLocaleOf } from '../consents/DateInput';
import type { Choice, FormsApi } from './forms-api';

type Props = {
  readonly api: FormsApi;
  /** Changes after each preparation, so the list shows the new forms. */
  readonly refresh: number;
};

export const UnreturnedFormsSection = ({ api, refresh }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const [groups, setGroups] = useState<Choice[]>([]);
  const [groupId, setGroupId] = useState('');
  const [forms, setForms] = useState<UnreturnedForm[] | null>(null);

  useEffect(() => {
    api
      .groups()
      .then((g) => {
        setGroups(g);
        setGroupId((current) => current || (g[0]?.id ?? ''));
      })
      .catch(notifyError);
  }, [api, notifyError]);

  useEffect(() => {
    if (groupId === '') return undefined;
    // A slower answer for a group no longer chosen must not replace the list shown.
    let live = true;
    setForms(null);
    api
      .unreturnedOfGroup(groupId)
      .then((list) => {
        if (live) setForms(list);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, groupId, refresh, notifyError]);

  const date = (iso: string) => formatDate(todayIso(new Date(iso)), dateLocaleOf(i18n.language));
  return (
    <section aria-labelledby="unreturned-heading">
      <Subtitle1 as="h2" id="unreturned-heading">
        {t('forms.unreturned.heading')}
      </Subtitle1>
      <Field label={t('forms.unreturned.group')} style={{ maxWidth: '640px' }}>
        <Select
          value={groupId}
          onChange={(_e, d) => {
            setGroupId(d.value);
          }}
        >
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </Select>
      </Field>
      {forms && (
        <Body1 as="p" role="status">
          {t('forms.unreturned.count', { count: forms.length })}
        </Body1>
      )}
      {forms && forms.length > 0 && (
        <Table aria-labelledby="unreturned-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('forms.unreturned.child')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.unreturned.formId')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.unreturned.issuedOn')}</TableHeaderCell>
              <TableHeaderCell>{t('forms.unreturned.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {forms.map((f) => (
              <TableRow key={f.formId}>
                <TableCell>
                  <PersonName name={f.childName} tag={namesakeTag(f.namesakeBirthDate)} />
                </TableCell>
                <TableCell>{f.formId}</TableCell>
                <TableCell>{date(f.issuedAt)}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    icon={<Print20Regular />}
                    aria-label={t('forms.unreturned.reprintOne', { formId: f.formId })}
                    onClick={() => {
                      api.reprint([f.formId]).catch(notifyError);
                    }}
                  >
                    {t('forms.unreturned.reprint')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
