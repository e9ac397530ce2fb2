// A child's or client's name with what tells namesakes apart: the birth date and the group
// (issue 14, defect 11). Pickers show them always (a wrong pick records for the wrong child);
// lists show them where another person in the same list has the same name (namesakeIds).
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDate, type DateLocale, type IsoDate } from '@shared/text';
import type { TFunction } from 'i18next';
import type { SubjectKind } from '@shared/domain/types';
import { useTranslation } from 'react-i18next';
import { useSubjectKind } from './subject-kind';

/** What is shown beside a name; both parts optional (a birth date may be unknown). */
export type PersonTag = {
  readonly birthDate?: IsoDate | undefined;
  /** The group's name; null for a person in no group, undefined when not to be shown. */
  readonly groupName?: string | null | undefined;
};

const dateLocale = (language: string): DateLocale =>
  language === 'lt' || language === 'en' ? language : 'lv';

/** The tag of a list row: its birth date when the row is a namesake's, else nothing to show. */
export const namesakeTag = (birthDate: IsoDate | undefined): PersonTag | undefined =>
  birthDate === undefined ? undefined : { birthDate };

/**
 * "dz. 03.05.2021, Zīlītes" in the UI language; '' when the tag holds nothing to show. A social
 * office's client is in no group by nature: "bez grupas" is said of children only.
 */
export const personDetail = (
  t: TFunction,
  language: string,
  tag: PersonTag,
  kind: SubjectKind = 'child',
): string => {
  const parts: string[] = [];
  if (tag.birthDate) {
    parts.push(t('person.born', { date: formatDate(tag.birthDate, dateLocale(language)) }));
  }
  if (tag.groupName !== undefined && !(tag.groupName === null && kind === 'client'))
    parts.push(tag.groupName ?? t('person.noGroup'));
  return parts.join(', ');
};

/** "Anna Kalniņa (dz. 03.05.2021, Zīlītes)": for option texts and other plain strings. */
export const nameWithDetail = (
  t: TFunction,
  language: string,
  name: string,
  tag: PersonTag | undefined,
): string => {
  const detail = tag ? personDetail(t, language, tag) : '';
  return detail === '' ? name : `${name} (${detail})`;
};

const useStyles = makeStyles({
  // The detail wraps as one piece: never 'dz.' on one line and the date on the next.
  detail: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

/** The name, then the detail in a quieter colour; `tag` undefined shows the name alone. */
export const PersonName = ({
  name,
  tag,
}: {
  readonly name: string;
  readonly tag?: PersonTag | undefined;
}) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const kind = useSubjectKind();
  const detail = tag ? personDetail(t, i18n.language, tag, kind) : '';
  return (
    <>
      {name}
      {detail !== '' && (
        <>
          {' '}
          <span className={styles.detail}>({detail})</span>
        </>
      )}
    </>
  );
};
