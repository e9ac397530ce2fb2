// The records side of the archive hand-over (services/archive): the people of a group who no
// longer attend (left or archived), through the records service's own permission and audit.
import type { ArchiveLeaversPort } from '../archive/archive-deps';
import type { RecordsService } from './records-service';

export const createArchiveLeaversPort = (records: RecordsService): ArchiveLeaversPort => ({
  leavers: async (session, groupId) =>
    (await records.listSubjects(session))
      .filter((s) => s.groupId === groupId && (s.status === 'left' || s.status === 'archived'))
      .map((s) => s.id),
  leaver: async (session, subjectId) => {
    const { status } = (await records.getSubject(session, subjectId)).subject;
    return status === 'left' || status === 'archived';
  },
});
