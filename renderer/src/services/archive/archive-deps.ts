// What the archive hand-over needs besides the vault: the request capability's record and
// consent ports (the same data the access report and the Art. 20 export read), the scans of
// signed papers and a group's leavers through their capabilities' own ports, and the PDF fonts.
import type { IsoDate } from '@shared/text';
import type { Session } from '../../data/session/session';
import type { RequestsDeps } from '../requests/requests-deps';

export type ArchivedScan = {
  readonly evidenceId: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  readonly formId?: string;
  readonly signedOn?: IsoDate;
};

export type ArchiveScansPort = {
  /** Every stored scan of the person's signed papers (each read is audited, id only). */
  scans(session: Session, subjectId: string): Promise<readonly ArchivedScan[]>;
};

export type ArchiveLeaversPort = {
  /** Ids of the group's people no longer attending (status left or archived). */
  leavers(session: Session, groupId: string): Promise<readonly string[]>;
  /** Whether this person no longer attends (status left or archived). */
  leaver(session: Session, subjectId: string): Promise<boolean>;
};

export type ArchiveDeps = RequestsDeps & ArchiveScansPort & ArchiveLeaversPort;
