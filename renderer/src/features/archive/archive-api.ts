// What the "Nodot arhīvam" section needs (issue 9 item 7); bound to the archive service and the
// host in app/archive-adapters.ts. Only the head gets one (the service checks 'archive.export').
import type { IsoDate } from '@shared/text';

/** People and groups that can be handed over: leavers (left or archived) only. */
export type ArchiveCandidates = {
  readonly persons: readonly {
    readonly id: string;
    readonly name: string;
    readonly groupName: string | null;
    /** Shown beside the name in the picker (namesakes told apart, issue 14 defect 11). */
    readonly birthDate?: IsoDate | undefined;
  }[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly leavers: number;
  }[];
};

export type ArchiveScope =
  | { readonly kind: 'person'; readonly subjectId: string }
  | { readonly kind: 'group'; readonly groupId: string };

/**
 * A finished hand-over as the screen shows it. The code is never stored: it is held in memory
 * until the act is saved or the result dismissed, and dropped on lock.
 */
export type ArchiveDone = {
  readonly code: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly persons: readonly { readonly id: string; readonly name: string }[];
  /** The act's default legal basis in the institution's language (the head may change it). */
  readonly defaultLegalBasis: string;
};

/**
 * What the head chose for the act: its legal basis (free text) and whether the persons' names are
 * printed. Kept with the held hand-over, in memory only, and dropped with it.
 */
export type ActChoices = { readonly legalBasis: string; readonly printNames: boolean };

export type ArchiveApi = {
  readonly candidates: () => Promise<ArchiveCandidates>;
  /**
   * Exports and saves the sealed file (download, or the save dialog in Electron). Null when the
   * user cancelled the save: nothing saved, nothing audited, the code discarded.
   */
  readonly handOver: (
    scope: ArchiveScope,
    onProgress: (done: number, total: number) => void,
  ) => Promise<ArchiveDone | null>;
  /**
   * The last hand-over of this session whose act is not saved yet (the page was left before),
   * to be shown again; null when there is none (saved, dismissed, or the vault was locked).
   */
  readonly pending: () => ArchiveDone | null;
  /**
   * The choices for the act of the hand-over held now, as last kept (shown again when the page is
   * opened again): at first its default legal basis and no names. Null when none is held.
   */
  readonly actChoices: () => ActChoices | null;
  /** Keeps `choices` with the held hand-over (memory only); nothing when none is held. */
  readonly keepActChoices: (choices: ActChoices) => void;
  /**
   * Saves the act of the last hand-over; the persons' names only when `printNames`. False when
   * the user cancelled the save dialog (the hand-over then stays pending).
   */
  readonly saveAct: (options: ActChoices) => Promise<boolean>;
  /** The head dismissed the result (after the confirmation): the code is gone for good. */
  readonly dismiss: () => void;
  /** The page was left: a hand-over whose act is saved is forgotten, a pending one kept. */
  readonly pageLeft: () => void;
  /** Opens the erasure proposal pre-filled with the legal basis "nodots valsts arhīvam". */
  readonly proposeErasure: (subjectId: string) => void;
};
