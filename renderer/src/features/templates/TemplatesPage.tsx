// #/forms/templates: the head's tools for form wording (every version of every template,
// editing as a new version, PDF preview) and for processing purposes.
import {
  Body1,
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeft20Regular, Edit20Regular } from '@fluentui/react-icons';
import type { FormTemplate } from '@shared/pdf';
import { formatDate, todayIso } from '@shared/text';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import type { TemplateVersionInfo } from '../../services/consents';
import { dateLocaleOf } from '../consents/DateInput';
import { PurposesSection } from './PurposesSection';
import { TemplateEditor } from './TemplateEditor';
import type { TemplatesApi } from './templates-api';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1100px',
  },
});

const LANGUAGE_NAMES: Record<string, string> = { lv: 'latviešu', lt: 'lietuvių' };

const latestOf = (versions: readonly TemplateVersionInfo[], id: string): number =>
  Math.max(0, ...versions.filter((v) => v.id === id).map((v) => v.version));

export const TemplatesPage = ({ api }: { readonly api: TemplatesApi }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const locale = dateLocaleOf(i18n.language);
  const [versions, setVersions] = useState<TemplateVersionInfo[] | null>(null);
  const [open, setOpen] = useState<FormTemplate | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!api.can.manageTemplates) return;
    api.versions().then(setVersions).catch(notifyError);
  }, [api, notifyError, reload]);

  if (!api.can.manageTemplates && !api.can.managePurposes) {
    return (
      <div className={styles.page}>
        <Title1 as="h1">{t('templates.heading')}</Title1>
        <MessageBar intent="warning">
          <MessageBarBody>{t('templates.noAccess')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const openVersion = (v: TemplateVersionInfo) => {
    api.template(v.id, v.version).then(setOpen).catch(notifyError);
  };

  return (
    <div className={styles.page}>
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={api.openForms}>
          {t('templates.back')}
        </Button>
      </div>
      <Title1 as="h1">{t('templates.heading')}</Title1>
      {api.can.manageTemplates && (
        <section aria-labelledby="wording-heading">
          <Subtitle1 as="h2" id="wording-heading">
            {t('templates.list.heading')}
          </Subtitle1>
          <Body1 as="p">{t('templates.list.intro')}</Body1>
          {versions === null ? (
            <Spinner label={t('templates.loading')} />
          ) : (
            <Table aria-labelledby="wording-heading" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('templates.list.form')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.id')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.version')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.language')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.createdOn')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.origin')}</TableHeaderCell>
                  <TableHeaderCell>{t('templates.list.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {versions.map((v) => (
                  <TableRow key={`${v.id}@${String(v.version)}`}>
                    <TableCell>
                      {v.formLabel}
                      {v.version === latestOf(versions, v.id)
                        ? ` (${t('templates.list.latest')})`
                        : ''}
                    </TableCell>
                    <TableCell>{v.id}</TableCell>
                    <TableCell>{v.version}</TableCell>
                    <TableCell>{LANGUAGE_NAMES[v.language] ?? v.language}</TableCell>
                    <TableCell>
                      {v.createdAt === null
                        ? '—'
                        : formatDate(todayIso(new Date(v.createdAt)), locale)}
                    </TableCell>
                    <TableCell>
                      {v.origin === 'bundled'
                        ? t('templates.list.bundled')
                        : t('templates.list.edited')}
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        icon={<Edit20Regular />}
                        onClick={() => {
                          openVersion(v);
                        }}
                        aria-label={t('templates.list.openAria', {
                          label: v.formLabel,
                          id: v.id,
                          version: v.version,
                        })}
                      >
                        {t('templates.list.open')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      )}
      {open && versions && (
        <TemplateEditor
          key={`${open.id}@${String(open.version)}`}
          api={api}
          template={open}
          latestVersion={latestOf(versions, open.id)}
          onSaved={(saved) => {
            setOpen(saved);
            setReload((r) => r + 1);
          }}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
      {api.can.managePurposes && (
        <>
          <Divider />
          <PurposesSection api={api} />
        </>
      )}
    </div>
  );
};
