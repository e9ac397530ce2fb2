// The register the backup tests start from: the records vault with one child in group A who has
// a personal code (saved by the secretary) and a health note (only the head holds that key).
import { CODE_1, childSave, recordsVault, type RecordsVault } from '../records/records-harness';

export const HEALTH_NOTE = 'Alerģija pret riekstiem';

export const registerWithChild = async (): Promise<{ v: RecordsVault; childId: string }> => {
  const v = await recordsVault();
  const childId = await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ personalCode: CODE_1 }, v.groupA.id),
  );
  await v.records.setHealthNotes(v.sessions.head, childId, HEALTH_NOTE);
  return { v, childId };
};
