// What the client screens need from the app (social office, issue 11); the adapter in
// app/records-adapters.ts binds these to the records services. Every change goes through the
// records service, which checks each part's permission again: a hidden button is never the guard.
import type { IsoDate } from '@shared/text/dates';
import type { CaseloadWorker, ClientPatch } from '../../services/records/records-service';

export type { CaseloadWorker, ClientPatch };

/** What the session may see and change of a client (docs/roles.md, permissions). */
export type ClientPermissions = {
  readonly viewContacts: boolean;
  /** Contacts and services are office work ('subject.edit'). */
  readonly edit: boolean;
  readonly viewSocial: boolean;
  readonly editSocial: boolean;
  readonly viewFinancial: boolean;
  readonly editFinancial: boolean;
  readonly viewCare: boolean;
  readonly editCare: boolean;
  /** The head: assigns a client to social and care workers. */
  readonly assignCaseload: boolean;
};

export type ClientApi = {
  readonly can: ClientPermissions;
  /** Today in the institution's time zone ('YYYY-MM-DD'): the bounds of service dates. */
  readonly today: IsoDate;
  /** Changes parts of one client's record; AppError('validation') names the field in details. */
  readonly update: (id: string, patch: ClientPatch) => Promise<void>;
  /** The office's list of service names (Settings). */
  readonly serviceNames: () => Promise<string[]>;
  /** Social and care workers, active or not (for names and the assignment). */
  readonly workers: () => Promise<CaseloadWorker[]>;
  /** Sets exactly these workers' caseloads for the client (head). */
  readonly assignCaseload: (id: string, workerIds: readonly string[]) => Promise<void>;
};
