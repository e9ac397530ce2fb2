// What the audit screens need from the app: a page of log lines (grouped runs, names decrypted in
// memory for the head), one child's trail, the chain check and the staff list for the filter.

/** One thing a line is about; name null when the record no longer exists (or was erased). */
export type AuditLineSubject = { readonly id: string; readonly name: string | null };

/** One line: a run of the same action by the same person on one day (count entries). */
export type AuditLine = {
  readonly newestSeq: number;
  readonly count: number;
  /** ISO timestamps of the newest and the oldest entry of the run. */
  readonly newestAt: string;
  readonly oldestAt: string;
  readonly actor: string;
  /** The staff member's name; null when the id is unknown (or 'system'). */
  readonly actorName: string | null;
  readonly action: string;
  readonly entity: string;
  /** Whom or what the line concerns, newest first; empty for a setting, the vault, an import. */
  readonly named: readonly AuditLineSubject[];
  /** In a child's trail: a line about the child's group (its overview or sheet), not the child. */
  readonly viaGroup: boolean;
};

export type AuditLinesPage = {
  readonly items: readonly AuditLine[];
  /** Lines in all pages. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
};

export type AuditTrailPage = AuditLinesPage & {
  readonly subjectName: string | null;
  /** ISO birth date, shown under the heading with the group (issue 14, defect 11). */
  readonly subjectBirthDate: string | null;
  readonly groupName: string | null;
};

export type AuditQueryInput = {
  readonly actorId?: string;
  readonly action?: string;
  /** ISO dates YYYY-MM-DD, inclusive, in the institution's time zone. */
  readonly from?: string;
  readonly to?: string;
  /** Leave out the routine reads (opening the list, a card, a consent page, the log). */
  readonly hideRoutine: boolean;
  readonly offset: number;
  /** The UI language, for the names of purposes. */
  readonly language: 'lv' | 'lt' | 'en';
};

export type AuditVerdict = { ok: true; count: number } | { ok: false; firstBadSeq: number };

export type AuditApi = {
  readonly list: (query: AuditQueryInput) => Promise<AuditLinesPage>;
  readonly trail: (subjectId: string, query: AuditQueryInput) => Promise<AuditTrailPage>;
  readonly verify: () => Promise<AuditVerdict>;
  readonly actors: () => Promise<{ id: string; name: string }[]>;
  readonly openTrail: (subjectId: string) => void;
  readonly openLog: () => void;
};
