// Groups (classes) with their teachers. A teacher sees only the groups they teach.
import type { AuditAction } from '@shared/audit';
import { groupSchema } from '@shared/domain/schemas';
import type { Group, GroupDraft, GroupStatus } from '@shared/domain/types';
import { openGroup, sealGroup } from '../../data/records/records-codec';
import { readGroupRow, readGroupRows, writeBatch } from '../../data/records/records-repo';
import { orgKeys, type Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import { allowed, auditIds, validationError, type RecordsDeps } from './records-context';

const listGroups = async ({ ctx }: RecordsDeps, session: Session): Promise<Group[]> => {
  const auth = authorize(session, 'group.view');
  const keys = orgKeys(keyringFor(auth));
  const rows = (await readGroupRows(ctx.db, auth)).filter((r) =>
    allowed(session, 'group.view', { subjectGroupId: r.id }),
  );
  const groups: Group[] = [];
  for (const row of rows) groups.push(await openGroup(keys, row));
  return groups.sort((a, b) => a.name.localeCompare(b.name, 'lv'));
};

const parseGroup = (value: Group): Group => {
  const parsed = groupSchema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
};

const saveGroup = async (
  { ctx, options }: RecordsDeps,
  session: Session,
  group: Group,
  createdAt?: string,
  action: AuditAction = createdAt === undefined ? 'group.create' : 'group.update',
): Promise<void> => {
  const auth = authorize(session, 'group.manage');
  const now = ctx.now().toISOString();
  const row = await sealGroup(orgKeys(keyringFor(auth)), parseGroup(group), {
    createdAt: createdAt ?? now,
    updatedAt: now,
  });
  await writeBatch(
    ctx.db,
    auth,
    { groups: [row], mode: createdAt === undefined ? 'add' : 'put' },
    options.writeHook,
  );
  await auditIds(ctx, session, action, 'group', [group.id]);
};

const existing = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
): Promise<{ group: Group; createdAt: string }> => {
  const auth = authorize(session, 'group.manage');
  const row = await readGroupRow(deps.ctx.db, auth, id);
  return { group: await openGroup(orgKeys(keyringFor(auth)), row), createdAt: row.createdAt };
};

export const createGroupsService = (deps: RecordsDeps) => ({
  /** Groups the session may see, by name in Latvian order. */
  listGroups: (session: Session): Promise<Group[]> => listGroups(deps, session),
  /** Needs 'group.manage'; returns the new group. */
  createGroup: async (session: Session, draft: GroupDraft): Promise<Group> => {
    const group: Group = { ...draft, id: crypto.randomUUID(), status: 'active' };
    await saveGroup(deps, session, group);
    return group;
  },
  updateGroup: async (session: Session, id: string, draft: GroupDraft): Promise<void> => {
    const { group, createdAt } = await existing(deps, session, id);
    await saveGroup(deps, session, { ...group, ...draft, id }, createdAt);
  },
  /** Closing a group keeps it (and its history); it only leaves the choices for new records. */
  setGroupStatus: async (session: Session, id: string, status: GroupStatus): Promise<void> => {
    const { group, createdAt } = await existing(deps, session, id);
    const action = status === 'closed' ? 'group.close' : 'group.reopen';
    await saveGroup(deps, session, { ...group, status }, createdAt, action);
  },
});
