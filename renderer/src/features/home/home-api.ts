// What the home screen needs, bound to the services and the session by app/home-adapters.ts.
import type { GroupOverview } from '../../services/consents';
import type { BackupTileApi } from '../backup/BackupTile';

export type HomeGroup = GroupOverview & { readonly name: string };

export type HomeShortcut = 'addChild' | 'issueForms' | 'photoCheck';

export type HomeApi = {
  /** The counts of every group the role may see; groups it may not see are left out. */
  readonly groups: () => Promise<HomeGroup[]>;
  /** The three (or fewer) most common actions the role may take, in that order. */
  readonly shortcuts: readonly HomeShortcut[];
  readonly open: (shortcut: HomeShortcut) => void;
  /** Open data-subject requests, or null when the role does not see them. */
  readonly requests: { readonly urgent: number; readonly overdue: number } | null;
  readonly openRequests: () => void;
  /**
   * How many people have data past its retention period today ("Dzēšamie"), and the way
   * there; null for the roles that do not see the due list (all but head and secretary).
   */
  readonly erasures: {
    readonly due: () => Promise<number>;
    readonly open: () => void;
  } | null;
  /** The last verified backup (head and secretary), or null for the other roles. */
  readonly backup: BackupTileApi | null;
};
