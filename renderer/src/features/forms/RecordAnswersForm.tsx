// "Record a returned form": find it by its printed ID, then record each item's answer.
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentSearch20Regular } from '@fluentui/react-icons';
import { todayIso } from '@shared/text';
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { useFormStyles } from '../../components/form-styles';
import { nameWithDetail, PersonName } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { FoundForm } from '../../services/consents';
import { AnswerFields, type AnswerDraft } from './AnswerFields';
import type { AnswerInput, ChildChoice, RecordFormApi } from './forms-api';

const useStyles = makeStyles({
  find: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

const emptyDraft = (found: FoundForm): AnswerDraft => ({
  representativeId: found.representatives.find((r) => !found.answeredBy.includes(r.id))?.id ?? '',
  answers: {},
  signedOn: todayIso(new Date()),
  channel: 'in-writing',
  signedBy: '',
  scan: null,
});

const toInput = (found: FoundForm, draft: AnswerDraft, subjectId: string): AnswerInput | null => {
  const answers = Object.fromEntries(
    Object.entries(draft.answers).filter(
      (e): e is [string, 'granted' | 'refused'] => e[1] !== 'skip',
    ),
  );
  if (Object.keys(answers).length === 0 || draft.signedOn === null || draft.representativeId === '')
    return null;
  return {
    formId: found.form.formId,
    signedOn: draft.signedOn,
    representativeId: draft.representativeId,
    answers,
    channel: draft.channel,
    ...(found.subject ? {} : { subjectId }),
    ...(draft.signedBy.trim() ? { signedBy: draft.signedBy.trim() } : {}),
    ...(draft.scan ? { scan: draft.scan } : {}),
  };
};

type Props = {
  readonly api: RecordFormApi;
  readonly initialFormId?: string;
  readonly onRecorded?: () => void;
};

export const RecordAnswersForm = ({ api, initialFormId, onRecorded }: Props) => {
  const { t, i18n } = useTranslation();
  const tk = useKindT();
  const styles = useStyles();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [formId, setFormId] = useState(initialFormId ?? '');
  const [found, setFound] = useState<FoundForm | null>(null);
  const [draft, setDraft] = useState<AnswerDraft | null>(null);
  const [children, setChildren] = useState<ChildChoice[]>([]);
  const [subjectId, setSubjectId] = useState('');
  const [busy, setBusy] = useState(false);
  // The last form recorded on the Forms page, which stays open for the next one.
  const [last, setLast] = useState<{ formId: string; childId: string; name: string } | null>(null);
  const idInput = useRef<HTMLInputElement>(null);

  const show = useCallback(
    (f: FoundForm) => {
      setFound(f);
      setDraft(emptyDraft(f));
      if (!f.subject) api.children().then(setChildren).catch(notifyError);
    },
    [api, notifyError],
  );
  const find = (id: string) => {
    api
      .find(id)
      .then(show)
      .catch((error: unknown) => {
        setFound(null);
        notifyError(error);
      });
  };

  useEffect(() => {
    if (initialFormId) api.find(initialFormId).then(show).catch(notifyError);
  }, [api, show, initialFormId, notifyError]);

  // A blank form names no child: the representatives come from the child chosen here.
  const chooseChild = async (id: string) => {
    setSubjectId(id);
    if (!found) return;
    try {
      const reps = id === '' ? [] : await api.representativesOf(id);
      const next = { ...found, representatives: reps };
      setFound(next);
      setDraft((d) => (d ? { ...d, representativeId: reps[0]?.id ?? '' } : d));
    } catch (error) {
      notifyError(error);
    }
  };

  const input = found && draft ? toInput(found, draft, subjectId) : null;
  const save = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!input || !found) return;
    setBusy(true);
    try {
      await api.record(input);
      const childId = found.subject?.id ?? subjectId;
      const chosen = children.find((c) => c.id === childId);
      const name = found.subject
        ? nameWithDetail(t, i18n.language, found.subject.name, found.subject)
        : chosen
          ? nameWithDetail(t, i18n.language, chosen.name, chosen.tag)
          : '';
      setFound(null);
      setDraft(null);
      setFormId('');
      if (onRecorded) {
        // The dialog closes: a toast says it was saved.
        notify('success', t('forms.record.saved'));
        onRecorded();
      } else {
        // A pile of returned forms is recorded one after another (issue 14, defect 11): stay
        // here, say what was saved in the status line (no toast repeating it), and put the
        // cursor in the ID field for the next one.
        setLast({ formId: found.form.formId, childId, name });
        idInput.current?.focus();
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={form.form}>
      <form
        className={styles.find}
        onSubmit={(e) => {
          e.preventDefault();
          find(formId);
        }}
      >
        <Field label={t('forms.record.formId')}>
          <Input
            ref={idInput}
            value={formId}
            onChange={(_e, d) => {
              setFormId(d.value);
            }}
            autoComplete="off"
          />
        </Field>
        <Button type="submit" icon={<DocumentSearch20Regular />} disabled={formId.trim() === ''}>
          {t('forms.record.find')}
        </Button>
      </form>
      {last && !found && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {t('forms.record.savedNext', { formId: last.formId, name: last.name })}{' '}
            <Button
              appearance="transparent"
              size="small"
              onClick={() => {
                api.openChild(last.childId);
              }}
            >
              {tk('forms.record.openChild', { name: last.name })}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {found && draft && (
        <form
          className={form.form}
          onSubmit={(e) => {
            void save(e);
          }}
          aria-label={t('forms.record.found', { formId: found.form.formId })}
        >
          <Subtitle2 as="h3">
            {t('forms.record.found', { formId: found.form.formId })}
            {found.subject && (
              <>
                {' · '}
                <PersonName name={found.subject.name} tag={found.subject} />
              </>
            )}
          </Subtitle2>
          {found.kind === 'withdrawal' ? (
            <MessageBar intent="info">
              <MessageBarBody>{tk('forms.record.withdrawalForm')}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {found.reviewRequired && (
                <MessageBar intent="warning">
                  <MessageBarBody>{tk('forms.issue.reviewWarning')}</MessageBarBody>
                </MessageBar>
              )}
              {!found.subject && (
                <Field
                  label={tk('forms.record.child')}
                  hint={tk('forms.record.blankForm')}
                  required
                >
                  <Select
                    value={subjectId}
                    onChange={(_e, d) => {
                      void chooseChild(d.value);
                    }}
                  >
                    <option value="">{tk('forms.record.chooseChild')}</option>
                    {children.map((c) => (
                      <option key={c.id} value={c.id}>
                        {nameWithDetail(t, i18n.language, c.name, c.tag)}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              <AnswerFields found={found} draft={draft} onChange={setDraft} />
              {!input && <Body1 as="p">{t('forms.record.needAnswer')}</Body1>}
              <div className={form.actions}>
                <Button
                  type="submit"
                  appearance="primary"
                  disabled={!input || busy || (!found.subject && subjectId === '')}
                >
                  {t('forms.record.save')}
                </Button>
              </div>
            </>
          )}
        </form>
      )}
    </div>
  );
};
