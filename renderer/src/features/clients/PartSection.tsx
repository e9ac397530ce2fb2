// One part of a client's record made of text fields (contacts, social situation, care notes):
// what is stored, and for a role that may change it the fields in place. A failed check keeps
// every typed value and names the field; the service checks again.
import { DetailList } from '../../components/DetailList';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from './part-errors';
import { EditForm, SectionCard, useEdit } from './SectionCard';

export type PartField = {
  readonly key: string;
  readonly label: string;
  readonly multiline?: boolean;
};

type Props = {
  readonly title: string;
  readonly fields: readonly PartField[];
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly canEdit: boolean;
  /** Checks and saves the typed values; field messages, or null once saved. */
  readonly save: (values: Readonly<Record<string, string>>) => Promise<FieldErrors | null>;
};

const initialValues = (
  fields: readonly PartField[],
  values: Readonly<Record<string, string | undefined>>,
): Record<string, string> => Object.fromEntries(fields.map((f) => [f.key, values[f.key] ?? '']));

export const PartSection = ({ title, fields, values, canEdit, save }: Props) => {
  const edit = useEdit<Record<string, string>>();
  const { draft } = edit;
  return (
    <SectionCard
      title={title}
      onEdit={
        canEdit && draft === null
          ? () => {
              edit.open(initialValues(fields, values));
            }
          : undefined
      }
    >
      {draft === null ? (
        <DetailList rows={fields.map((f) => [f.label, values[f.key] || '—'] as const)} />
      ) : (
        <EditForm
          busy={edit.busy}
          onSubmit={() => void edit.run(() => save(draft))}
          onCancel={edit.close}
        >
          {fields.map((f) => {
            const onChange = (value: string) => {
              edit.setDraft({ ...draft, [f.key]: value });
            };
            return f.multiline ? (
              <TextAreaField
                key={f.key}
                label={f.label}
                value={draft[f.key] ?? ''}
                errorKey={edit.errors[f.key]}
                onChange={onChange}
              />
            ) : (
              <TextField
                key={f.key}
                label={f.label}
                value={draft[f.key] ?? ''}
                errorKey={edit.errors[f.key]}
                onChange={(_e, d) => {
                  onChange(d.value);
                }}
              />
            );
          })}
        </EditForm>
      )}
    </SectionCard>
  );
};
