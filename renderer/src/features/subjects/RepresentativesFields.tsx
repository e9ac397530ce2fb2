// The legal representatives of one subject: new people typed in, or existing ones linked (a
// sibling's parents are stored once and linked to each child).
import {
  Body1,
  Button,
  Card,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Link20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RELATIONS, type Country, type Relation, type Representative } from '@shared/domain/types';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useSubjectFormStyles } from './subject-form-styles';
import { PersonalCodeField } from './PersonalCodeField';
import {
  emptyRepresentative,
  type SubjectFormInput,
  type SubjectFormOutput,
} from './subject-form-schema';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '640px',
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  link: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  matches: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

type Props = {
  readonly control: Control<SubjectFormInput, unknown, SubjectFormOutput>;
  readonly country: Country;
  readonly viewCodes: boolean;
  readonly viewContacts: boolean;
  readonly findRepresentatives: (query: string) => Promise<Representative[]>;
};

const isRelation = (v: string): v is Relation => (RELATIONS as readonly string[]).includes(v);

export const RepresentativesFields = ({
  control,
  country,
  viewCodes,
  viewContacts,
  findRepresentatives,
}: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const pair = useSubjectFormStyles();
  const { fields, append, remove } = useFieldArray({ control, name: 'representatives' });
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Representative[] | null>(null);

  const search = async () => {
    setMatches(query.trim() === '' ? [] : await findRepresentatives(query));
  };
  const link = (rep: Representative) => {
    append({
      ...emptyRepresentative('mother'),
      representativeId: rep.id,
      givenNames: rep.givenNames,
      familyName: rep.familyName,
      personalCode: rep.personalCode ?? '',
      phone: rep.phone ?? '',
      email: rep.email ?? '',
      address: rep.address ?? '',
      notes: rep.notes ?? '',
    });
    setMatches(null);
    setQuery('');
  };

  return (
    <section aria-labelledby="reps-heading" className={formStyles.form}>
      <Subtitle2 as="h2" id="reps-heading">
        {t('subjects.reps.heading')}
      </Subtitle2>
      {fields.length === 0 ? <Body1 as="p">{t('subjects.reps.none')}</Body1> : null}
      {fields.map((row, index) => {
        const n = index + 1;
        const label = (key: string) => t(`subjects.reps.${key}`, { n });
        return (
          <Card
            key={row.id}
            className={styles.card}
            role="group"
            aria-label={t('subjects.reps.rowLabel', { n })}
          >
            <div className={styles.head}>
              <Subtitle2 as="h3">
                {t('subjects.reps.rowLabel', { n })}
                {row.representativeId !== '' ? ` — ${t('subjects.reps.linked')}` : ''}
              </Subtitle2>
              <Button
                icon={<Delete20Regular />}
                onClick={() => {
                  remove(index);
                }}
                aria-label={t('subjects.reps.remove', { n })}
              >
                {t('subjects.reps.removeShort')}
              </Button>
            </div>
            <Controller
              name={`representatives.${index}.relation`}
              control={control}
              render={({ field }) => (
                <Field label={label('relation')}>
                  <Select
                    value={field.value}
                    onChange={(_e, d) => {
                      if (isRelation(d.value)) field.onChange(d.value);
                    }}
                  >
                    {RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`subjects.relation.${r}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            />
            <div className={pair.pair}>
              <Controller
                name={`representatives.${index}.givenNames`}
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    autoComplete="off"
                    label={label('givenNames')}
                    required
                    {...field}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                name={`representatives.${index}.familyName`}
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    autoComplete="off"
                    label={label('familyName')}
                    required
                    {...field}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
            </div>
            {viewCodes ? (
              <Controller
                name={`representatives.${index}.personalCode`}
                control={control}
                render={({ field, fieldState }) => (
                  <PersonalCodeField
                    label={label('personalCode')}
                    country={country}
                    {...field}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
            ) : null}
            {viewContacts ? (
              <>
                <div className={pair.pair}>
                  <Controller
                    name={`representatives.${index}.phone`}
                    control={control}
                    render={({ field, fieldState }) => (
                      <TextField
                        autoComplete="off"
                        label={label('phone')}
                        type="tel"
                        {...field}
                        errorKey={fieldState.error?.message}
                      />
                    )}
                  />
                  <Controller
                    name={`representatives.${index}.email`}
                    control={control}
                    render={({ field, fieldState }) => (
                      <TextField
                        autoComplete="off"
                        label={label('email')}
                        type="email"
                        {...field}
                        errorKey={fieldState.error?.message}
                      />
                    )}
                  />
                </div>
                <Controller
                  name={`representatives.${index}.address`}
                  control={control}
                  render={({ field, fieldState }) => (
                    <TextField
                      autoComplete="off"
                      label={label('address')}
                      {...field}
                      errorKey={fieldState.error?.message}
                    />
                  )}
                />
              </>
            ) : null}
            <Controller
              name={`representatives.${index}.custodyNotes`}
              control={control}
              render={({ field, fieldState }) => (
                <Field
                  label={label('custodyNotes')}
                  hint={t('subjects.reps.custodyHint')}
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={
                    fieldState.error?.message ? t(fieldState.error.message) : undefined
                  }
                >
                  <Textarea textarea={{ autoComplete: 'off' }} {...field} resize="vertical" />
                </Field>
              )}
            />
            <Controller
              name={`representatives.${index}.notes`}
              control={control}
              render={({ field, fieldState }) => (
                <Field
                  label={label('notes')}
                  hint={t('subjects.reps.notesHint')}
                  validationState={fieldState.error ? 'error' : 'none'}
                  validationMessage={
                    fieldState.error?.message ? t(fieldState.error.message) : undefined
                  }
                >
                  <Textarea textarea={{ autoComplete: 'off' }} {...field} resize="vertical" />
                </Field>
              )}
            />
          </Card>
        );
      })}
      <div className={styles.link}>
        <Button
          icon={<Add20Regular />}
          onClick={() => {
            append(emptyRepresentative(fields.length === 0 ? 'mother' : 'father'));
          }}
        >
          {t('subjects.reps.add')}
        </Button>
        <Field label={t('subjects.reps.findExisting')}>
          <Input
            autoComplete="off"
            value={query}
            onChange={(_e, d) => {
              setQuery(d.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </Field>
        <Button icon={<Link20Regular />} onClick={() => void search()}>
          {t('subjects.reps.search')}
        </Button>
      </div>
      {matches !== null ? (
        matches.length === 0 ? (
          <Body1 as="p" role="status">
            {t('subjects.reps.noMatches')}
          </Body1>
        ) : (
          <ul className={styles.matches} aria-label={t('subjects.reps.matches')}>
            {matches.map((rep) => (
              <li key={rep.id}>
                <Button
                  size="small"
                  icon={<Link20Regular />}
                  onClick={() => {
                    link(rep);
                  }}
                >
                  {t('subjects.reps.linkNamed', { name: `${rep.givenNames} ${rep.familyName}` })}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
};
