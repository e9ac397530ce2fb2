// The records capability: services over the encrypted store, and the pure import, export,
// search and demo modules (also importable on their own from ./import, ./export, ./search, ./demo).
export { createRecordsService, type Leaving, type RecordsService } from './records-service';
export { createConsentRecordsPort } from './consent-port';
export type { RecordsOptions } from './records-context';
export type {
  ImportOptions,
  ImportResult,
  LinkedRepresentative,
  RepresentativeSave,
  SubjectDetail,
  SubjectSave,
} from './records-types';
export { RECORDS_SCHEMA, RECORDS_SCHEMA_VERSION, RECORD_TABLES } from '../../data/records/schema';
