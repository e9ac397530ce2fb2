// The person of an erasure record in the lists and the approval dialog: the name with the birth
// date beside it, always (an erasure cannot be undone, so a namesake is never approved by
// mistake); "unknown" once the record is gone or cannot be opened.
import { useTranslation } from 'react-i18next';
import { PersonName } from '../../components/PersonName';
import type { ErasureListItem } from './erasures-api';

export const ErasurePerson = ({
  item,
}: {
  readonly item: Pick<ErasureListItem, 'subjectName' | 'subjectBirthDate'>;
}) => {
  const { t } = useTranslation();
  if (item.subjectName === null) return <>{t('erasures.unknownPerson')}</>;
  return (
    <PersonName
      name={item.subjectName}
      tag={item.subjectBirthDate === null ? undefined : { birthDate: item.subjectBirthDate }}
    />
  );
};
