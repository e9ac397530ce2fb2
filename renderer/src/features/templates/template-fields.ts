// The editable wording of a template as a flat list of fields. Item ids, the template id, its
// kind and language never change here: a new version must answer the same purposes.
import type { FormTemplate } from '@shared/pdf';

export type WordingField = {
  /** Stable key, used for React keys and the i18n label (templates.field.<labelKey>). */
  readonly key: string;
  readonly labelKey: string;
  readonly labelParams?: Readonly<Record<string, string | number>>;
  readonly multiline: boolean;
  readonly optional?: boolean;
  readonly get: (t: FormTemplate) => string;
  readonly set: (t: FormTemplate, value: string) => FormTemplate;
};

const field = (
  key: string,
  multiline: boolean,
  get: (t: FormTemplate) => string,
  set: (t: FormTemplate, v: string) => FormTemplate,
  optional = false,
): WordingField => ({ key, labelKey: key, multiline, get, set, optional });

const labelField = (
  name: 'operator' | 'controller' | 'controllerRepresentative' | 'recipients' | 'signatureCaption',
): WordingField =>
  field(
    `labels.${name}`,
    false,
    (t) => t.labels[name] ?? '',
    (t, v) => ({ ...t, labels: { ...t.labels, [name]: v } }),
  );

const common: readonly WordingField[] = [
  field(
    'formLabel',
    false,
    (t) => t.formLabel,
    (t, v) => ({ ...t, formLabel: v }),
  ),
  // One printed heading line per text line.
  field(
    'title',
    true,
    (t) => t.title.join('\n'),
    (t, v) => ({
      ...t,
      title: v
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    }),
  ),
  field(
    'subtitle',
    true,
    (t) => t.subtitle ?? '',
    (t, v) => {
      const { subtitle: _drop, ...rest } = t;
      return v.trim() === '' ? ({ ...rest, kind: t.kind } as FormTemplate) : { ...t, subtitle: v };
    },
    true,
  ),
  field(
    'representative.prefix',
    false,
    (t) => t.representative.prefix,
    (t, v) => ({ ...t, representative: { ...t.representative, prefix: v } }),
  ),
  field(
    'representative.caption',
    false,
    (t) => t.representative.caption,
    (t, v) => ({ ...t, representative: { ...t.representative, caption: v } }),
  ),
  field(
    'child.prefix',
    false,
    (t) => t.child.prefix,
    (t, v) => ({ ...t, child: { ...t.child, prefix: v } }),
  ),
  field(
    'child.caption',
    false,
    (t) => t.child.caption,
    (t, v) => ({ ...t, child: { ...t.child, caption: v } }),
  ),
];

const consentOnly: readonly WordingField[] = [
  field(
    'purpose',
    true,
    (t) => (t.kind === 'consent' ? t.purpose : ''),
    (t, v) => (t.kind === 'consent' ? { ...t, purpose: v } : t),
  ),
  field(
    'choices.yes',
    false,
    (t) => (t.kind === 'consent' ? t.choices.yes : ''),
    (t, v) => (t.kind === 'consent' ? { ...t, choices: { ...t.choices, yes: v } } : t),
  ),
  field(
    'choices.no',
    false,
    (t) => (t.kind === 'consent' ? t.choices.no : ''),
    (t, v) => (t.kind === 'consent' ? { ...t, choices: { ...t.choices, no: v } } : t),
  ),
];

type WithdrawalKey = 'itemsIntro' | 'blankItemsIntro' | 'originalFormLabel' | 'receivedCaption';
const withdrawalField = (name: WithdrawalKey): WordingField =>
  field(
    name,
    false,
    (t) => (t.kind === 'withdrawal' ? t[name] : ''),
    (t, v) => (t.kind === 'withdrawal' ? { ...t, [name]: v } : t),
  );

const itemFields = (t: FormTemplate): WordingField[] =>
  t.items.flatMap((item, index) => {
    const setItem = (tpl: FormTemplate, patch: Partial<typeof item>): FormTemplate => ({
      ...tpl,
      items: tpl.items.map((it, i) => (i === index ? { ...it, ...patch } : it)),
    });
    const params = { n: index + 1, id: item.id };
    return [
      {
        key: `item.${item.id}.shortLabel`,
        labelKey: 'itemShortLabel',
        labelParams: params,
        multiline: false,
        get: (tpl: FormTemplate) => tpl.items[index]?.shortLabel ?? '',
        set: (tpl: FormTemplate, v: string) => setItem(tpl, { shortLabel: v }),
      },
      {
        key: `item.${item.id}.text`,
        labelKey: 'itemText',
        labelParams: params,
        multiline: true,
        get: (tpl: FormTemplate) => tpl.items[index]?.text ?? '',
        set: (tpl: FormTemplate, v: string) => setItem(tpl, { text: v }),
      },
    ];
  });

type SelfSigned = NonNullable<FormTemplate['selfSigned']>;
type SelfSignedKey = 'subject.prefix' | 'subject.caption' | 'signatureCaption' | 'lead';

const selfGet = (s: SelfSigned, key: SelfSignedKey): string => {
  if (key === 'subject.prefix') return s.subject.prefix;
  if (key === 'subject.caption') return s.subject.caption;
  return s[key] ?? '';
};

const selfSet = (s: SelfSigned, key: SelfSignedKey, v: string): SelfSigned => {
  if (key === 'subject.prefix') return { ...s, subject: { ...s.subject, prefix: v } };
  if (key === 'subject.caption') return { ...s, subject: { ...s.subject, caption: v } };
  return { ...s, [key]: v };
};

const selfSignedField = (key: SelfSignedKey): WordingField =>
  field(
    `selfSigned.${key}`,
    false,
    (t) => (t.selfSigned ? selfGet(t.selfSigned, key) : ''),
    (t, v) => (t.selfSigned ? { ...t, selfSigned: selfSet(t.selfSigned, key, v) } : t),
  );

/**
 * The wording of a client's own form (a client with no representative signs for themselves,
 * issue 11 item 5): only on templates that have it; the withdrawal's lead only where it is used.
 */
const selfSignedFields = (t: FormTemplate): WordingField[] => {
  if (!t.selfSigned) return [];
  const keys: SelfSignedKey[] = ['subject.prefix', 'subject.caption', 'signatureCaption'];
  if (t.selfSigned.lead !== undefined) keys.push('lead');
  return keys.map(selfSignedField);
};

/** The fields of this template's kind, in the order they print. */
export const wordingFields = (t: FormTemplate): WordingField[] => [
  ...common,
  ...(t.kind === 'consent'
    ? consentOnly
    : [withdrawalField('itemsIntro'), withdrawalField('blankItemsIntro')]),
  ...itemFields(t),
  field(
    'statement',
    true,
    (x) => x.statement,
    (x, v) => ({ ...x, statement: v }),
  ),
  ...(t.kind === 'withdrawal'
    ? [withdrawalField('originalFormLabel'), withdrawalField('receivedCaption')]
    : []),
  labelField('operator'),
  labelField('controller'),
  // Only templates that name the institution as controller have the representative's label.
  ...(t.labels.controllerRepresentative === undefined
    ? []
    : [labelField('controllerRepresentative')]),
  labelField('recipients'),
  labelField('signatureCaption'),
  ...selfSignedFields(t),
];

/** Keys of required fields left empty (the schema would refuse them). */
export const emptyFields = (t: FormTemplate, fields: readonly WordingField[]): string[] =>
  fields.filter((f) => f.optional !== true && f.get(t).trim() === '').map((f) => f.key);
