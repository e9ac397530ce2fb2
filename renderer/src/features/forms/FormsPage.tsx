// #/forms: issue consent forms (a child, several, a group, or blank) and record a returned one.
import { Button, Divider, Subtitle1, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { TextEditStyle20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubjectKind } from '../../components/subject-kind';
import type { FormsApi } from './forms-api';
import { IssueFormsSection } from './IssueFormsSection';
import { RecordAnswersForm } from './RecordAnswersForm';
import { UnreturnedFormsSection } from './UnreturnedFormsSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export const FormsPage = ({
  api,
  initialFormId,
}: {
  readonly api: FormsApi;
  readonly initialFormId?: string;
}) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [prepared, setPrepared] = useState(0);
  // The unreturned list is per group; a social office has none (its clients' open forms show
  // on each client's consents page).
  const groups = useSubjectKind() === 'child';
  return (
    <div className={styles.page}>
      <Title1 as="h1">{t('forms.heading')}</Title1>
      {api.canManageWording && (
        <div>
          <Button icon={<TextEditStyle20Regular />} onClick={api.openTemplates}>
            {t('templates.openLink')}
          </Button>
        </div>
      )}
      <IssueFormsSection
        api={api}
        onPrepared={() => {
          setPrepared((n) => n + 1);
        }}
      />
      {groups && (
        <>
          <Divider />
          <UnreturnedFormsSection api={api} refresh={prepared} />
        </>
      )}
      {api.canRecord && (
        <>
          <Divider />
          <section aria-labelledby="record-heading">
            <Subtitle1 as="h2" id="record-heading">
              {t('forms.record.heading')}
            </Subtitle1>
            <RecordAnswersForm api={api.recordForm} {...(initialFormId ? { initialFormId } : {})} />
          </section>
        </>
      )}
    </div>
  );
};
