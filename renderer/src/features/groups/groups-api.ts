// What the groups screen needs from the app; the adapter in app/records-adapters.ts binds it.
import type { GroupDraft, GroupStatus } from '@shared/domain/types';

export type GroupView = {
  readonly id: string;
  readonly name: string;
  readonly yearBand: string;
  readonly teacherIds: readonly string[];
  readonly status: GroupStatus;
};

export type TeacherOption = { readonly id: string; readonly name: string };

export type GroupsApi = {
  readonly canManage: boolean;
  readonly list: () => Promise<GroupView[]>;
  /** Staff accounts with the teacher role. Only the head may list staff: others get []. */
  readonly teachers: () => Promise<TeacherOption[]>;
  readonly create: (draft: GroupDraft) => Promise<void>;
  readonly update: (id: string, draft: GroupDraft) => Promise<void>;
  readonly setStatus: (id: string, status: GroupStatus) => Promise<void>;
};
