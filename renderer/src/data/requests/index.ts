export * from './schema';
export type { RequestRow, DisclosureRow } from './rows';
export {
  addRequest,
  readAllRequests,
  readRequest,
  readRequestSummaries,
  readRequestsByIds,
  readRequestsOfSubject,
  replaceRequest,
  type RequestSummary,
} from './requests-repo';
export { addDisclosure, disclosuresOf, type Disclosure } from './disclosures-repo';
