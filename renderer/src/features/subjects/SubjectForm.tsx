import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  Title1,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isAppError } from '@shared/errors/app-error';
import { otherCountry } from '@shared/domain/client-schemas';
import type { Country } from '@shared/domain/types';
import { parsePersonalCode } from '@shared/personal-code/parse';
import { formatDate } from '@shared/text/dates';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useSubjectFormStyles } from './subject-form-styles';
import { useNotify } from '../../components/use-notify';
import { kindContext } from './kind-context';
import { PersonalCodeField } from './PersonalCodeField';
import { RepresentativesFields } from './RepresentativesFields';
import {
  makeSubjectFormSchema,
  type SubjectFormInput,
  type SubjectFormOutput,
} from './subject-form-schema';
import { dateLocale, emptySubjectForm, formFromDetail } from './subject-values';
import type { GroupOption, SubjectFormApi } from './subjects-api';

type Props = { readonly api: SubjectFormApi; readonly id?: string | undefined };

/** Where a service error about a field lands on the form. */
const FIELD_PATHS: Readonly<Record<string, FieldPath<SubjectFormInput>>> = {
  personalCode: 'subject.personalCode',
  givenNames: 'subject.givenNames',
  familyName: 'subject.familyName',
  birthDate: 'subject.birthDate',
  groupId: 'subject.groupId',
  foreignNationalNote: 'subject.foreignNationalNote',
};

/**
 * The typed code read as the register's country's, or, for a person marked as a foreign national
 * whose code is not one, as the other country's (the rule of checkClientCode); null when empty.
 */
const readCode = (code: string, country: Country, foreign: boolean) => {
  if (code.trim() === '') return null;
  const home = parsePersonalCode(code, country);
  if (home.valid || !foreign) return { ...home, country };
  const other = otherCountry(country);
  return { ...parsePersonalCode(code, other), country: other };
};

export const SubjectForm = ({ api, id }: Props) => {
  const { t, i18n } = useTranslation();
  const styles = useFormStyles();
  const pair = useSubjectFormStyles();
  const { notify, notifyError } = useNotify();
  const locale = dateLocale(i18n.language);
  const [groups, setGroups] = useState<GroupOption[]>([]);
  const [loading, setLoading] = useState(id !== undefined);
  const schema = useMemo(
    () => makeSubjectFormSchema({ country: api.country, today: api.today }, api.can.restrict),
    [api.country, api.today, api.can.restrict],
  );
  const { control, handleSubmit, reset, setValue, setError, formState } = useForm<
    SubjectFormInput,
    unknown,
    SubjectFormOutput
  >({
    resolver: zodResolver(schema),
    defaultValues: emptySubjectForm(api.kind),
  });
  const code = useWatch({ control, name: 'subject.personalCode' });
  const restricted = useWatch({ control, name: 'restricted' });
  const foreign = useWatch({ control, name: 'subject.foreignNational' }) === true;
  const parsedCode = readCode(code, api.country, foreign);
  const codeBirthDate = parsedCode?.valid === true ? parsedCode.birthDate : undefined;
  // A foreign national's code gives the birth date too (a home code's is filled as it is typed).
  const foreignBirthDate =
    foreign && parsedCode?.country !== api.country ? codeBirthDate : undefined;
  useEffect(() => {
    if (foreignBirthDate)
      setValue('subject.birthDate', formatDate(foreignBirthDate, locale), { shouldValidate: true });
  }, [foreignBirthDate, locale, setValue]);

  useEffect(() => {
    let live = true;
    api
      .groups()
      .then((g) => {
        if (live) setGroups(g);
      })
      .catch(notifyError);
    if (id !== undefined) {
      api
        .load(id)
        .then((detail) => {
          if (!live) return;
          reset(formFromDetail(detail, locale));
          setLoading(false);
        })
        .catch(notifyError);
    }
    return () => {
      live = false;
    };
  }, [api, id, reset, locale, notifyError]);

  const submit = handleSubmit(async (value) => {
    try {
      // Without personal codes on screen the foreign-national box is not shown either: keep
      // what is stored instead of saving the form's unticked default.
      const { foreignNational: _f, foreignNationalNote: _n, ...withoutForeign } = value.draft;
      const draft = api.can.viewCodes ? value.draft : withoutForeign;
      const savedId = await api.save({ ...value, draft, id });
      notify('success', t('subjects.saved'));
      api.nav.open(savedId);
    } catch (error) {
      const field = isAppError(error) ? error.details?.field : undefined;
      const path = typeof field === 'string' ? FIELD_PATHS[field] : undefined;
      // Everything typed stays in the form; the message lands on the field when there is one.
      if (path && isAppError(error))
        setError(path, { message: error.i18nKey }, { shouldFocus: true });
      else notifyError(error);
    }
  });

  if (loading) return <Spinner label={t('subjects.loading')} />;
  const noun = api.kind === 'client' ? 'clients' : 'children';
  return (
    <section aria-labelledby="subject-form-heading">
      <Title1 as="h1" id="subject-form-heading">
        {t(id === undefined ? `subjects.add.${noun}` : 'subjects.editHeading')}
      </Title1>
      <form
        noValidate
        autoComplete="off"
        className={styles.form}
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className={pair.pair}>
          <Controller
            name="subject.givenNames"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                autoComplete="off"
                label={t('subjects.form.givenNames')}
                required
                {...field}
                errorKey={fieldState.error?.message}
              />
            )}
          />
          <Controller
            name="subject.familyName"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                autoComplete="off"
                label={t('subjects.form.familyName')}
                required
                {...field}
                errorKey={fieldState.error?.message}
              />
            )}
          />
        </div>
        <div className={pair.pair}>
          {api.can.viewCodes ? (
            <Controller
              name="subject.personalCode"
              control={control}
              render={({ field, fieldState }) => (
                <PersonalCodeField
                  label={t('subjects.form.personalCode')}
                  country={api.country}
                  {...field}
                  errorKey={fieldState.error?.message}
                  onValid={(p) => {
                    if (p.birthDate)
                      setValue('subject.birthDate', formatDate(p.birthDate, locale), {
                        shouldValidate: true,
                      });
                  }}
                />
              )}
            />
          ) : null}
          <Controller
            name="subject.birthDate"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                autoComplete="off"
                label={t('subjects.form.birthDate')}
                placeholder={t('subjects.form.datePlaceholder')}
                hint={codeBirthDate ? t('subjects.form.birthDateFromCode') : undefined}
                readOnly={codeBirthDate !== undefined}
                {...field}
                errorKey={fieldState.error?.message}
              />
            )}
          />
        </div>
        {api.can.viewCodes ? (
          <>
            <Controller
              name="subject.foreignNational"
              control={control}
              render={({ field }) => (
                <Checkbox
                  label={t('subjects.form.foreignNational')}
                  checked={field.value === true}
                  onChange={(_e, d) => {
                    field.onChange(d.checked === true);
                  }}
                />
              )}
            />
            {foreign ? (
              <Controller
                name="subject.foreignNationalNote"
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    autoComplete="off"
                    label={t('subjects.form.foreignNationalNote')}
                    hint={t('subjects.form.foreignNationalHint')}
                    required
                    {...field}
                    value={field.value ?? ''}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
            ) : null}
          </>
        ) : null}
        {/* A social office has no groups: its clients are assigned to caseloads instead. */}
        {api.kind === 'client' ? null : (
          <Controller
            name="subject.groupId"
            control={control}
            render={({ field, fieldState }) => (
              <Field
                label={t('subjects.form.group')}
                validationState={fieldState.error ? 'error' : 'none'}
                validationMessage={
                  fieldState.error?.message ? t(fieldState.error.message) : undefined
                }
              >
                <Select
                  value={field.value}
                  onChange={(_e, d) => {
                    field.onChange(d.value);
                  }}
                  onBlur={field.onBlur}
                >
                  <option value="">{t('subjects.noGroup')}</option>
                  {groups
                    .filter((g) => g.status === 'active' || g.id === field.value)
                    .map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                </Select>
              </Field>
            )}
          />
        )}
        <div className={pair.pair}>
          <Controller
            name="subject.enrolledOn"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                autoComplete="off"
                label={t('subjects.form.enrolledOn', kindContext(api.kind))}
                placeholder={t('subjects.form.datePlaceholder')}
                {...field}
                errorKey={fieldState.error?.message}
              />
            )}
          />
        </div>
        <Controller
          name="subject.notes"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              label={t('subjects.form.notes')}
              validationState={fieldState.error ? 'error' : 'none'}
              validationMessage={
                fieldState.error?.message ? t(fieldState.error.message) : undefined
              }
            >
              <Textarea textarea={{ autoComplete: 'off' }} {...field} resize="vertical" />
            </Field>
          )}
        />
        {api.can.viewHealth ? (
          <Controller
            name="subject.healthNotes"
            control={control}
            render={({ field, fieldState }) => (
              <Field
                label={t('subjects.form.healthNotes')}
                hint={t('subjects.form.healthHint')}
                validationState={fieldState.error ? 'error' : 'none'}
                validationMessage={
                  fieldState.error?.message ? t(fieldState.error.message) : undefined
                }
              >
                <Textarea
                  textarea={{ autoComplete: 'off' }}
                  {...field}
                  readOnly={!api.can.editHealth}
                  resize="vertical"
                />
              </Field>
            )}
          />
        ) : null}
        {api.can.restrict ? (
          <fieldset className={pair.fieldset}>
            <legend>
              <Subtitle2>{t('subjects.form.restrictionHeading')}</Subtitle2>
            </legend>
            <Controller
              name="restricted"
              control={control}
              render={({ field }) => (
                <Checkbox
                  label={t('subjects.form.restricted')}
                  checked={field.value}
                  onChange={(_e, d) => {
                    field.onChange(d.checked === true);
                  }}
                />
              )}
            />
            {restricted ? (
              <div className={pair.pair}>
                <Controller
                  name="restrictionReason"
                  control={control}
                  render={({ field, fieldState }) => (
                    <TextField
                      autoComplete="off"
                      label={t('subjects.form.restrictionReason')}
                      required
                      {...field}
                      errorKey={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  name="restrictionSince"
                  control={control}
                  render={({ field, fieldState }) => (
                    <TextField
                      autoComplete="off"
                      label={t('subjects.form.restrictionSince')}
                      required
                      placeholder={t('subjects.form.datePlaceholder')}
                      {...field}
                      errorKey={fieldState.error?.message}
                    />
                  )}
                />
              </div>
            ) : null}
          </fieldset>
        ) : null}
        <RepresentativesFields
          control={control}
          country={api.country}
          viewCodes={api.can.viewCodes}
          viewContacts={api.can.viewContacts}
          findRepresentatives={api.findRepresentatives}
        />
        {Object.keys(formState.errors).length > 0 ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('subjects.form.fixErrors')}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={formState.isSubmitting}>
            {t('subjects.form.save')}
          </Button>
          <Button
            onClick={() => {
              if (id === undefined) api.nav.list();
              else api.nav.open(id);
            }}
          >
            {t('subjects.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
};
