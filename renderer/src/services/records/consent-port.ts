// The records side of the consent capability's ConsentRecordsPort: the consent services read
// subjects, representatives and groups through this, with the records permission checks.
import { AppError } from '@shared/errors/app-error';
import type { ConsentRecordsPort, ConsentSubject } from '../consents/consent-deps';
import type { RecordsService } from './records-service';
import type { Subject } from '@shared/domain/types';

const toConsentSubject = (s: Subject): ConsentSubject => ({
  id: s.id,
  givenNames: s.givenNames,
  familyName: s.familyName,
  birthDate: s.birthDate,
  groupId: s.groupId ?? null,
  restricted: s.restriction != null,
});

export const createConsentRecordsPort = (records: RecordsService): ConsentRecordsPort => ({
  subject: async (session, subjectId) =>
    toConsentSubject((await records.getSubject(session, subjectId)).subject),
  representatives: async (session, subjectId) =>
    (await records.getSubject(session, subjectId)).representatives.map((r) => ({
      id: r.id,
      givenNames: r.givenNames,
      familyName: r.familyName,
    })),
  group: async (session, groupId) => {
    const group = (await records.listGroups(session)).find((g) => g.id === groupId);
    if (!group) throw new AppError('not-found', 'errors.notFound', { entity: 'group' });
    return { id: group.id, name: group.name };
  },
  groupMembers: async (session, groupId) =>
    (await records.listSubjects(session))
      .filter((s) => s.groupId === groupId && s.status === 'active' && s.restriction == null)
      .map(toConsentSubject),
});
