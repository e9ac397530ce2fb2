// Issue consent forms for children or a whole group (or a blank one), then print or save.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Print20Regular, Save20Regular } from '@fluentui/react-icons';
import { foldForSearch } from '@shared/text';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindT, useSubjectKind } from '../../components/subject-kind';
import { useFormStyles } from '../../components/form-styles';
import { PersonName } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { TemplateSummary } from '../../services/consents';
import type { UnreturnedForm } from '../../services/consents';
import type { ChildChoice, Choice, FormsApi, IssuedBatch, IssueRequest } from './forms-api';
import { OpenFormsWarning } from './OpenFormsWarning';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '240px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalXS,
  },
});

type Target = 'subjects' | 'group' | 'blank';

const LANGUAGE_NAMES: Record<string, string> = { lv: 'latviešu', lt: 'lietuvių' };

type Props = { readonly api: FormsApi; readonly onPrepared: () => void };

export const IssueFormsSection = ({ api, onPrepared }: Props) => {
  const { t } = useTranslation();
  const tk = useKindT();
  const styles = useStyles();
  const form = useFormStyles();
  const { notifyError } = useNotify();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [groups, setGroups] = useState<Choice[]>([]);
  const [children, setChildren] = useState<ChildChoice[]>([]);
  // A social office has no groups: its forms go to chosen clients (or blank).
  const clients = useSubjectKind() === 'client';
  const [target, setTarget] = useState<Target>(clients ? 'subjects' : 'group');
  const [templateId, setTemplateId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [reps, setReps] = useState<'first' | 'all'>('first');
  const [blankNames, setBlankNames] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [batch, setBatch] = useState<IssuedBatch | null>(null);
  const [openForms, setOpenForms] = useState<readonly UnreturnedForm[]>([]);

  useEffect(() => {
    Promise.all([api.templates(), api.groups(), api.children()])
      .then(([tp, g, c]) => {
        setTemplates(tp);
        setTemplateId(tp[0]?.id ?? '');
        setGroups(g);
        setGroupId(g[0]?.id ?? '');
        setChildren(c);
      })
      .catch(notifyError);
  }, [api, notifyError]);

  const template = templates.find((x) => x.id === templateId);
  const shown = useMemo(() => {
    const q = foldForSearch(filter.trim());
    return children.filter(
      (c) => picked.has(c.id) || q === '' || foldForSearch(c.name).includes(q),
    );
  }, [children, filter, picked]);

  const request = (): IssueRequest | null => {
    if (!template) return null;
    const base = {
      templateId: template.id,
      representatives: reps,
      blank: target === 'blank' || blankNames,
    };
    if (target === 'group')
      return groupId === '' ? null : { ...base, target: { kind: 'group', groupId } };
    if (target === 'subjects')
      return picked.size === 0
        ? null
        : { ...base, target: { kind: 'subjects', subjectIds: [...picked] } };
    return { ...base, target: { kind: 'blank' } };
  };
  const ready = request();

  const issue = async (request: IssueRequest) => {
    setBatch(null);
    setProgress({ done: 0, total: 1 });
    try {
      setBatch(
        await api.issue(request, (done, total) => {
          setProgress({ done, total });
        }),
      );
      onPrepared();
    } catch (error) {
      notifyError(error);
    } finally {
      setProgress(null);
    }
  };

  // Open forms of the same template version first (defect 5): warn, offer the reprint.
  const prepare = async () => {
    if (!ready) return;
    try {
      const open = await api.unreturned(ready);
      if (open.length > 0) setOpenForms(open);
      else await issue(ready);
    } catch (error) {
      notifyError(error);
    }
  };

  const togglePick = (id: string, on: boolean) => {
    setPicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  };

  return (
    <section aria-labelledby="issue-heading" className={form.form}>
      <Subtitle1 as="h2" id="issue-heading">
        {t('forms.issue.heading')}
      </Subtitle1>
      <OpenFormsWarning
        open={openForms}
        onReprint={() => {
          const ids = openForms.map((f) => f.formId);
          setOpenForms([]);
          api.reprint(ids).catch(notifyError);
        }}
        onIssueAnyway={() => {
          setOpenForms([]);
          if (ready) void issue(ready);
        }}
        onCancel={() => {
          setOpenForms([]);
        }}
      />
      <Field label={t('forms.issue.target')}>
        <RadioGroup
          value={target}
          onChange={(_e, d) => {
            setTarget(d.value as Target);
            setBatch(null);
          }}
        >
          {!clients && <Radio value="group" label={t('forms.issue.targetGroup')} />}
          <Radio value="subjects" label={tk('forms.issue.targetChild')} />
          <Radio value="blank" label={t('forms.issue.targetBlank')} />
        </RadioGroup>
      </Field>
      {target === 'group' && (
        <Field label={t('forms.issue.group')}>
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
      )}
      {target === 'subjects' && (
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>{tk('forms.issue.children')}</legend>
          <Field label={tk('forms.issue.filter')}>
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
                  togglePick(c.id, d.checked === true);
                }}
              />
            ))}
          </div>
          {picked.size === 0 && <Body1 as="p">{tk('forms.issue.pickChildren')}</Body1>}
        </fieldset>
      )}
      <Field label={t('forms.issue.template')}>
        <Select
          value={templateId}
          onChange={(_e, d) => {
            setTemplateId(d.value);
            setBatch(null);
          }}
        >
          {templates.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {t('forms.issue.templateOption', {
                label: tp.formLabel,
                language: LANGUAGE_NAMES[tp.language] ?? tp.language,
                version: tp.version,
              })}
              {tp.reviewRequired ? ` — ${tk('forms.issue.reviewMark')}` : ''}
            </option>
          ))}
        </Select>
      </Field>
      {templates.length === 0 && <Body1 as="p">{t('forms.issue.noTemplates')}</Body1>}
      {template?.reviewRequired === true && (
        <MessageBar intent="warning">
          <MessageBarBody>{tk('forms.issue.reviewWarning')}</MessageBarBody>
        </MessageBar>
      )}
      {target !== 'blank' && (
        <>
          <Field label={tk('forms.issue.representatives')}>
            <RadioGroup
              value={reps}
              onChange={(_e, d) => {
                setReps(d.value === 'all' ? 'all' : 'first');
              }}
            >
              <Radio value="first" label={tk('forms.issue.repFirst')} />
              <Radio value="all" label={tk('forms.issue.repAll')} />
            </RadioGroup>
          </Field>
          <Checkbox
            label={t('forms.issue.blankNames')}
            checked={blankNames}
            onChange={(_e, d) => {
              setBlankNames(d.checked === true);
            }}
          />
        </>
      )}
      <div className={form.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            void prepare();
          }}
          disabled={!ready || progress !== null}
        >
          {t('forms.issue.preview')}
        </Button>
      </div>
      {progress && (
        <Field
          validationMessage={
            progress.done >= progress.total
              ? t('forms.issue.rendering')
              : t('forms.issue.progress', progress)
          }
          validationState="none"
        >
          <ProgressBar
            value={progress.done}
            max={Math.max(progress.total, 1)}
            aria-label={t('forms.issue.progress', progress)}
          />
        </Field>
      )}
      {batch && (
        <div role="status">
          <MessageBar intent="success">
            <MessageBarBody>
              {t('forms.issue.previewReady', {
                count: batch.formCount,
                ids: batch.formIds.join(', '),
              })}
            </MessageBarBody>
          </MessageBar>
          <div className={form.actions}>
            <Button
              icon={<Print20Regular />}
              appearance="primary"
              onClick={() => {
                batch.print().catch(notifyError);
              }}
            >
              {t('forms.issue.print')}
            </Button>
            <Button
              icon={<Save20Regular />}
              onClick={() => {
                batch.save().catch(notifyError);
              }}
            >
              {t('forms.issue.save')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
};
