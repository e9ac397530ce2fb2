// The fields of one returned form: who signed, each item's answer, date, channel, scan.
import {
  Body1,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ConsentChannel } from '@shared/consent';
import { FilePicker } from '../../components/FilePicker';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { ChannelField } from '../consents/ChannelField';
import type { FoundForm } from '../../services/consents';
import { DateInput } from '../consents/DateInput';

export type AnswerDraft = {
  representativeId: string;
  answers: Record<string, 'granted' | 'refused' | 'skip'>;
  signedOn: string | null;
  channel: ConsentChannel;
  signedBy: string;
  scan: { bytes: Uint8Array; mimeType: string } | null;
};

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

type Props = {
  readonly found: FoundForm;
  readonly draft: AnswerDraft;
  readonly onChange: (draft: AnswerDraft) => void;
};

export const AnswerFields = ({ found, draft, onChange }: Props) => {
  const { t } = useTranslation();
  const tk = useKindT();
  const styles = useStyles();
  const set = (patch: Partial<AnswerDraft>) => {
    onChange({ ...draft, ...patch });
  };
  const readScan = async (file: File | undefined) => {
    set({
      scan: file ? { bytes: new Uint8Array(await file.arrayBuffer()), mimeType: file.type } : null,
    });
  };
  return (
    <>
      {found.representatives.length === 0 ? (
        <Body1 as="p">{tk('forms.record.noRepresentatives')}</Body1>
      ) : (
        <Field label={tk('forms.record.representative')} required>
          <RadioGroup
            value={draft.representativeId}
            onChange={(_e, d) => {
              set({ representativeId: d.value });
            }}
          >
            {found.representatives.map((r) => {
              const done = found.answeredBy.includes(r.id);
              return (
                <Radio
                  key={r.id}
                  value={r.id}
                  disabled={done}
                  label={done ? `${r.name} (${t('forms.record.alreadyRecorded')})` : r.name}
                />
              );
            })}
          </RadioGroup>
        </Field>
      )}
      <fieldset className={styles.fieldset}>
        <legend>{t('forms.record.answers')}</legend>
        {found.items.map((item) => (
          <div key={item.id} className={styles.item}>
            <Field label={item.label} hint={item.text}>
              <RadioGroup
                layout="horizontal"
                value={draft.answers[item.id] ?? 'skip'}
                onChange={(_e, d) => {
                  set({
                    answers: {
                      ...draft.answers,
                      [item.id]: d.value as 'granted' | 'refused' | 'skip',
                    },
                  });
                }}
              >
                <Radio value="granted" label={t('forms.record.granted')} />
                <Radio value="refused" label={t('forms.record.refused')} />
                <Radio value="skip" label={t('forms.record.skip')} />
              </RadioGroup>
            </Field>
          </div>
        ))}
      </fieldset>
      <DateInput
        label={t('forms.record.signedOn')}
        value={draft.signedOn ?? ''}
        onChange={(v) => {
          set({ signedOn: v });
        }}
        required
      />
      <ChannelField
        label={t('forms.record.channel')}
        value={draft.channel}
        onChange={(channel) => {
          set({ channel });
        }}
      />
      <Field label={t('forms.record.signedBy')}>
        <Input
          autoComplete="off"
          value={draft.signedBy}
          onChange={(_e, d) => {
            set({ signedBy: d.value });
          }}
        />
      </Field>
      <div>
        <FilePicker
          label={t('forms.record.scan')}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          onFile={(file) => {
            void readScan(file);
          }}
        />
        {draft.scan && (
          <Body1 as="p">
            {t('forms.record.scanChosen', { size: Math.ceil(draft.scan.bytes.length / 1024) })}
          </Body1>
        )}
      </div>
    </>
  );
};
