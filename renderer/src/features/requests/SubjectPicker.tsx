// Choosing the child or client a request is about: type part of the name (no diacritics needed),
// pick from the first matches. The register may hold thousands, so only matches are listed.
import { Combobox, Field, Option } from '@fluentui/react-components';
import { makeLvCollator, matchesSearch } from '@shared/text/search';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameWithDetail, PersonName } from '../../components/PersonName';
import type { RequestPersonChoice } from './requests-api';

const MAX_SHOWN = 30;
const collator = makeLvCollator();

type Props = {
  readonly choices: readonly RequestPersonChoice[];
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  readonly errorKey?: string | undefined;
};

export const SubjectPicker = ({ choices, value, onChange, errorKey }: Props) => {
  const { t, i18n } = useTranslation();
  const selected = choices.find((c) => c.id === value);
  const [text, setText] = useState(
    selected ? nameWithDetail(t, i18n.language, selected.name, selected) : '',
  );
  const matches = useMemo(
    () =>
      choices
        .filter(
          (c) =>
            text.trim() === '' ||
            matchesSearch(c.name, text) ||
            matchesSearch(nameWithDetail(t, i18n.language, c.name, c), text),
        )
        .sort((a, b) => collator.compare(a.name, b.name))
        .slice(0, MAX_SHOWN),
    [choices, text, t, i18n.language],
  );
  return (
    <Field
      label={t('requests.form.chooseSubject')}
      required
      validationState={errorKey ? 'error' : 'none'}
      validationMessage={errorKey ? t(errorKey) : undefined}
    >
      <Combobox
        freeform
        autoComplete="off"
        placeholder={t('requests.form.searchSubject')}
        value={text}
        selectedOptions={value === null ? [] : [value]}
        onInput={(event) => {
          setText((event.target as HTMLInputElement).value);
          if (value !== null) onChange(null);
        }}
        onOptionSelect={(_e, data) => {
          const id = data.optionValue ?? null;
          setText(data.optionText ?? '');
          onChange(id);
        }}
      >
        {matches.length === 0 ? (
          <Option key="none" value="" disabled text="">
            {t('requests.form.noSubjectFound')}
          </Option>
        ) : (
          matches.map((c) => (
            <Option key={c.id} value={c.id} text={nameWithDetail(t, i18n.language, c.name, c)}>
              <PersonName name={c.name} tag={c} />
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
};
