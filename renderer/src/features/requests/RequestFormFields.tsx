// The sections of the register form: who it is about, who made it, how identity was checked.
import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import {
  IDENTITY_METHODS,
  REPRESENTATIVE_AUTHORITIES,
  type IdentityMethod,
  type RepresentativeAuthority,
} from '@shared/requests';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../consents/DateInput';
import { OTHER_REQUESTER, type RequestFormState } from './request-form-state';
import type { RequestPersonChoice } from './requests-api';
import { SubjectPicker } from './SubjectPicker';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** A titled group of fields, drawn as the rest of the app's cards are. */
const Group = ({ legend, children }: { readonly legend: string; readonly children: ReactNode }) => {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
};

export type FieldsProps = {
  readonly state: RequestFormState;
  readonly set: (patch: Partial<RequestFormState>) => void;
  readonly errors: Readonly<Record<string, string>>;
};

/** A field's validation props from the errors map (field name -> i18n key). */
export const fieldState = (
  errors: Readonly<Record<string, string>>,
  field: string,
  t: (k: string) => string,
) =>
  errors[field]
    ? { validationState: 'error' as const, validationMessage: t(errors[field]) }
    : { validationState: 'none' as const };

export const AboutFields = ({
  state,
  set,
  errors,
  choices,
}: FieldsProps & { readonly choices: readonly RequestPersonChoice[] }) => {
  const { t } = useTranslation();
  return (
    <Group legend={t('requests.form.about')}>
      <RadioGroup
        value={state.aboutMode}
        onChange={(_e, d) => {
          set({ aboutMode: d.value === 'none' ? 'none' : 'subject' });
        }}
      >
        <Radio value="subject" label={t('requests.form.aboutSubject')} />
        <Radio value="none" label={t('requests.form.aboutNone')} />
      </RadioGroup>
      {state.aboutMode === 'subject' ? (
        <SubjectPicker
          choices={choices}
          value={state.subjectId}
          errorKey={errors.about}
          onChange={(subjectId) => {
            set({ subjectId, requesterChoice: OTHER_REQUESTER });
          }}
        />
      ) : (
        <TextAreaField
          label={t('requests.form.description')}
          required
          value={state.description}
          errorKey={errors.about ?? errors.description}
          onChange={(description) => {
            set({ description });
          }}
        />
      )}
    </Group>
  );
};

export const RequesterFields = ({
  state,
  set,
  errors,
  representatives,
}: FieldsProps & { readonly representatives: readonly { id: string; name: string }[] }) => {
  const { t } = useTranslation();
  const isRep = state.requesterKind === 'representative';
  return (
    <Group legend={t('requests.form.requester')}>
      <RadioGroup
        value={state.requesterKind}
        aria-label={t('requests.form.requesterKind')}
        onChange={(_e, d) => {
          set({ requesterKind: d.value === 'data-subject' ? 'data-subject' : 'representative' });
        }}
      >
        <Radio value="representative" label={t('requests.requesterKind.representative')} />
        <Radio value="data-subject" label={t('requests.requesterKind.data-subject')} />
      </RadioGroup>
      {isRep && representatives.length > 0 ? (
        <Field label={t('requests.form.requesterRepresentative')}>
          <Select
            value={state.requesterChoice}
            onChange={(_e, d) => {
              set({ requesterChoice: d.value });
            }}
          >
            {representatives.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
            <option value={OTHER_REQUESTER}>{t('requests.form.otherRepresentative')}</option>
          </Select>
        </Field>
      ) : null}
      {isRep && state.requesterChoice === OTHER_REQUESTER ? (
        <TextField
          label={t('requests.form.requesterName')}
          required
          value={state.requesterName}
          errorKey={errors.requesterName}
          onChange={(_e, d) => {
            set({ requesterName: d.value });
          }}
        />
      ) : null}
      {isRep ? (
        <Field
          label={t('requests.form.authority')}
          required
          {...fieldState(errors, 'authority', t)}
        >
          <Select
            value={state.authority}
            onChange={(_e, d) => {
              set({ authority: d.value as RepresentativeAuthority });
            }}
          >
            {REPRESENTATIVE_AUTHORITIES.map((a) => (
              <option key={a} value={a}>
                {t(`requests.authority.${a}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </Group>
  );
};

export const IdentityFields = ({ state, set, errors }: FieldsProps) => {
  const { t } = useTranslation();
  return (
    <Group legend={t('requests.form.identity')}>
      <Field label={t('requests.form.identityMethod')} {...fieldState(errors, 'identityMethod', t)}>
        <Select
          value={state.identityMethod}
          onChange={(_e, d) => {
            set({ identityMethod: d.value as IdentityMethod });
          }}
        >
          {IDENTITY_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`requests.identity.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      {state.identityMethod === 'not-checked' ? null : (
        <DateInput
          label={t('requests.form.identityCheckedOn')}
          value={state.identityCheckedOn ?? ''}
          errorKey={errors.identityCheckedOn}
          onChange={(identityCheckedOn) => {
            set({ identityCheckedOn });
          }}
        />
      )}
      <TextField
        label={t('requests.form.identityNote')}
        value={state.identityNote}
        errorKey={errors.identityNote}
        onChange={(_e, d) => {
          set({ identityNote: d.value });
        }}
      />
    </Group>
  );
};
