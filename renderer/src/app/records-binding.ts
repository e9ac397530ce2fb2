// Binds the records port to the records services over the app's one vault context. The
// records service holds no state of its own beyond the context, so one instance serves all.
import { createRecordsService, type RecordsService } from '../services/records';
import type { RecordsPort } from './records-port';
import { services } from './services';

let service: RecordsService | undefined;
let port: RecordsPort | undefined;

export const recordsService = (): RecordsService => {
  service ??= createRecordsService(services().context);
  return service;
};

export const bindRecordsPort = (): RecordsPort => {
  if (port) return port;
  const r = recordsService();
  port = {
    listGroups: (session) => r.listGroups(session),
    createGroup: async (session, draft) => (await r.createGroup(session, draft)).id,
    updateGroup: (session, id, draft) => r.updateGroup(session, id, draft),
    setGroupStatus: (session, id, status) => r.setGroupStatus(session, id, status),
    listSubjects: (session) => r.listSubjects(session),
    listPersonalCodes: (session, ids) => r.listPersonalCodes(session, ids),
    listSubjectPages: (session, onPage) => r.listSubjectPages(session, onPage),
    listPersonalCodePages: (session, ids, onPage) => r.listPersonalCodePages(session, ids, onPage),
    unreadableRecords: (session) => r.unreadableRecords(session),
    getSubject: (session, id) => r.getSubject(session, id),
    saveSubject: (session, value) => r.saveSubject(session, value),
    setLeaving: (session, id, leaving) => r.setLeaving(session, id, leaving),
    listPlannedLeavings: (session) => r.listPlannedLeavings(session),
    setHealthNotes: (session, id, notes) => r.setHealthNotes(session, id, notes),
    findRepresentatives: (session, query) => r.findRepresentatives(session, query),
    updateClient: (session, id, patch) => r.updateClient(session, id, patch),
    assignCaseload: (session, id, workerIds) => r.assignCaseload(session, id, workerIds),
    listCaseloadWorkers: (session) => r.listCaseloadWorkers(session),
    codeExists: (session, code) => r.codeExists(session, code),
    importRows: async (session, rows, onProgress) => {
      const result = await r.importRows(session, rows, { onProgress });
      return { imported: result.imported, failed: result.failed };
    },
    exportSubjects: (session, ids) => r.exportSubjects(session, ids),
    seedDemo: (session, register, onProgress) => r.seedDemo(session, register, onProgress),
  };
  return port;
};
