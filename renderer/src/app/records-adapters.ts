// Binds the records screens (groups, subjects, import) to the records services and the session.
// Screens get small api objects; this file holds the session handling and the permission flags;
// the list's loading and search live in services/records/subject-listing.ts. One set of apis per
// session, so screens do not reload needlessly.
import i18next from 'i18next';
import { can } from '@shared/access/permissions';
import type { Country, Group, GroupDraft, InstitutionKind } from '@shared/domain/types';
import { isAppError } from '@shared/errors/app-error';
import { todayIso } from '@shared/text/dates';
import { dateLocale } from '../features/subjects/subject-values';
import type { ClientApi, ClientPermissions } from '../features/clients/clients-api';
import type { GroupsApi } from '../features/groups/groups-api';
import type { ImportApi } from '../features/import/import-api';
import type {
  ConsentSummary,
  SubjectFormApi,
  SubjectNavigation,
  SubjectPermissions,
  SubjectsListApi,
} from '../features/subjects/subjects-api';
import { getHost } from '../platform';
import type { Session } from '../services';
import { generateDemoRegister } from '../services/records/demo/demo-register';
import { generateSocialDemoRegister } from '../services/records/demo/demo-clients';
import {
  buildExportRows,
  exportColumnsFor,
  exportFileName,
  toCsv,
  toJsonExport,
  JSON_MIME,
  toXlsx,
  CSV_MIME,
  XLSX_MIME,
  type ExportFileBase,
  type ExportTable,
} from '../services/records/export';
import { buildImportPreview, readImportSource } from '../services/records/import';
import { openSubjectListing } from '../services/records/subject-listing';
import { bindRecordsPort } from './records-binding';
import type { RecordsPort } from './records-port';
import { services } from './services';

export type VaultInfo = { readonly kind: InstitutionKind; readonly country: Country };
type Go = (section: string, ...params: string[]) => void;

export const permissionsFor = (session: Session): SubjectPermissions => {
  const c = (p: Parameters<typeof can>[1]) => can(session.role, p);
  return {
    create: c('subject.create'),
    edit: c('subject.edit'),
    import: c('records.import'),
    export: c('records.export'),
    viewCodes: c('subject.viewIdentifiers'),
    viewHealth: c('subject.viewHealth'),
    editHealth: c('subject.editHealth'),
    viewRestricted: c('subject.viewRestricted'),
    restrict: c('subject.restrict'),
    leave: c('subject.leave'),
    viewContacts: c('representative.viewContacts'),
    editRepresentatives: c('representative.edit'),
    viewConsents: c('consent.view'),
    viewAccessTrail: c('audit.view'),
    proposeErasure: c('subject.proposeErasure'),
  };
};

/** What a session may see and change of a client (social office); the service checks again. */
const clientPermissionsFor = (session: Session): ClientPermissions => {
  const c = (p: Parameters<typeof can>[1]) => can(session.role, p);
  return {
    viewContacts: c('subject.viewContacts'),
    edit: c('subject.edit'),
    viewSocial: c('subject.viewSocial'),
    editSocial: c('subject.editSocial'),
    viewFinancial: c('subject.viewFinancial'),
    editFinancial: c('subject.editFinancial'),
    viewCare: c('subject.viewCare'),
    editCare: c('subject.editCare'),
    assignCaseload: c('caseload.assign'),
  };
};

const clientApi = (session: Session, port: RecordsPort): ClientApi => ({
  can: clientPermissionsFor(session),
  today: todayIso(new Date()),
  update: (id, patch) => port.updateClient(session, id, patch),
  serviceNames: () => services().settings.getServiceNames(),
  workers: () => port.listCaseloadWorkers(session),
  assignCaseload: (id, workerIds) => port.assignCaseload(session, id, workerIds),
});

const navigation = (go: Go): SubjectNavigation => ({
  open: (id) => {
    go('subjects', id);
  },
  edit: (id) => {
    go('subjects', id, 'edit');
  },
  create: () => {
    go('subjects', 'new');
  },
  list: () => {
    go('subjects');
  },
  importFile: () => {
    go('subjects', 'import');
  },
  consents: (id) => {
    go('consents', id);
  },
  accessTrail: (id) => {
    go('audit', 'subject', id);
  },
  proposeErasure: (id) => {
    go('erasures', 'propose', id);
  },
});

/**
 * Saves a table as CSV or XLSX through the host (save dialog or download). File names carry
 * the kind of list and the date only, never a person's or group's name.
 */
const saveTable = async (
  table: ExportTable,
  format: 'csv' | 'xlsx',
  base: ExportFileBase,
  sheetName?: string,
): Promise<boolean> => {
  const bytes =
    format === 'csv'
      ? new TextEncoder().encode(toCsv(table))
      : new Uint8Array(await (await toXlsx(table, sheetName)).arrayBuffer());
  const host = await getHost();
  const { saved } = await host.saveFile({
    suggestedName: exportFileName(format, todayIso(new Date()), base),
    mimeType: format === 'csv' ? CSV_MIME : XLSX_MIME,
    bytes,
  });
  return saved;
};

/** The machine-readable export (codes, ISO dates), saved like the others. */
const saveJson = async (text: string): Promise<boolean> => {
  const host = await getHost();
  const { saved } = await host.saveFile({
    suggestedName: exportFileName('json', todayIso(new Date()), 'saraksts'),
    mimeType: JSON_MIME,
    bytes: new TextEncoder().encode(text),
  });
  return saved;
};

type TeacherAccount = {
  readonly id: string;
  readonly displayName: string;
  readonly groupIds: readonly string[];
};

/** Active teacher accounts; only the head may list staff, everyone else gets none. */
const teacherAccounts = async (session: Session): Promise<TeacherAccount[]> => {
  if (!can(session.role, 'staff.manage')) return [];
  const users = await services().staff.listUsers(session);
  return users.filter((u) => u.role === 'teacher' && u.status === 'active');
};

/** A teacher's access comes from her account's groups; show those too, not only the group's list. */
const withTeachersOf = (groups: readonly Group[], teachers: readonly TeacherAccount[]): Group[] =>
  groups.map((g) => ({
    ...g,
    teacherIds: [
      ...new Set([
        ...g.teacherIds,
        ...teachers.filter((t) => t.groupIds.includes(g.id)).map((t) => t.id),
      ]),
    ],
  }));

/**
 * The session's scope (which children a teacher sees) comes from the account's groupIds, so
 * choosing teachers for a group updates their accounts too (head only: it re-grants keys).
 */
const syncTeacherAccess = async (
  session: Session,
  groupId: string,
  teacherIds: readonly string[],
): Promise<void> => {
  const teachers = await teacherAccounts(session);
  for (const teacher of teachers) {
    const has = teacher.groupIds.includes(groupId);
    const wants = teacherIds.includes(teacher.id);
    if (has === wants) continue;
    const next = wants
      ? [...teacher.groupIds, groupId]
      : teacher.groupIds.filter((g) => g !== groupId);
    await services().staff.changeRole(session, teacher.id, 'teacher', next);
  }
};

export type RecordsApis = {
  readonly list: SubjectsListApi;
  readonly form: SubjectFormApi;
  readonly importer: ImportApi;
  readonly groups: GroupsApi;
};

const build = (session: Session, go: Go, info: VaultInfo): RecordsApis => {
  const port = bindRecordsPort();
  const perms = permissionsFor(session);
  const kind = info.kind === 'socialOffice' ? 'client' : 'child';
  const nav = navigation(go);
  // A social office has no groups, and its workers may not list them (group.view): none.
  const groupOptions = async () =>
    kind === 'client' || !can(session.role, 'group.view')
      ? []
      : (await port.listGroups(session)).map((g) => ({ id: g.id, name: g.name, status: g.status }));

  const summary = consentSummaryProvider;
  const list: SubjectsListApi = {
    kind,
    can: perms,
    nav,
    groups: groupOptions,
    ...(perms.leave ? { plannedLeavings: () => port.listPlannedLeavings(session) } : {}),
    ...(summary && can(session.role, 'consent.view')
      ? { consentSummary: (ids: readonly string[]) => summary(session, ids) }
      : {}),
    load: () =>
      openSubjectListing(
        {
          pages: (onPage) => port.listSubjectPages(session, onPage),
          ...(perms.viewCodes
            ? { codePages: (ids, onPage) => port.listPersonalCodePages(session, ids, onPage) }
            : {}),
        },
        perms,
      ),
    exportList: async (ids, format) => {
      const rows = await port.exportSubjects(session, ids);
      const columns = exportColumnsFor(session.role);
      if (format === 'json') return saveJson(toJsonExport(rows, columns, todayIso(new Date())));
      const table = buildExportRows(rows, columns, {
        country: info.country,
        locale: dateLocale(i18next.language),
        translate: (key, context) => i18next.t(key, context ? { context } : {}),
      });
      return saveTable(table, format, 'saraksts', i18next.t('records.export.sheetName'));
    },
  };

  const form: SubjectFormApi = {
    kind,
    country: info.country,
    today: todayIso(new Date()),
    can: perms,
    nav,
    groups: groupOptions,
    load: async (id) => {
      const [detail, groups] = await Promise.all([
        port.getSubject(session, id),
        port.listGroups(session).catch(() => []),
      ]);
      const groupName = groups.find((g) => g.id === detail.subject.groupId)?.name;
      return { ...detail, groupName };
    },
    save: (value) => port.saveSubject(session, value),
    setLeaving: (id, leaving) => port.setLeaving(session, id, leaving),
    setHealthNotes: (id, notes) => port.setHealthNotes(session, id, notes),
    findRepresentatives: (query) => port.findRepresentatives(session, query),
    ...(kind === 'client' ? { client: clientApi(session, port) } : {}),
  };

  const importer: ImportApi = {
    read: (bytes, sheet) => readImportSource(bytes, sheet === undefined ? {} : { sheet }),
    preview: async (table, mapping, dateOrder) => {
      const groups = await port.listGroups(session);
      return buildImportPreview(table, mapping, {
        country: info.country,
        today: todayIso(new Date()),
        kind,
        ...(dateOrder === undefined ? {} : { dateOrder }),
        groupsByName: new Map(
          groups.filter((g) => g.status === 'active').map((g) => [g.name, g.id]),
        ),
        existingCodeIndex: (code) => port.codeExists(session, code),
      });
    },
    commit: (rows, onProgress) => port.importRows(session, rows, onProgress),
    saveRefused: (header, rows, format) => saveTable({ header, rows }, format, 'importa-kludas'),
    done: nav.list,
  };

  const groups: GroupsApi = {
    canManage: can(session.role, 'group.manage'),
    list: async () =>
      withTeachersOf(await port.listGroups(session), await teacherAccounts(session)),
    teachers: async () =>
      (await teacherAccounts(session)).map((u) => ({ id: u.id, name: u.displayName })),
    create: async (draft: GroupDraft) => {
      const id = await port.createGroup(session, draft);
      await syncTeacherAccess(session, id, draft.teacherIds);
    },
    update: async (id, draft) => {
      await port.updateGroup(session, id, draft);
      await syncTeacherAccess(session, id, draft.teacherIds);
    },
    setStatus: (id, status) => port.setGroupStatus(session, id, status),
  };

  return { list, form, importer, groups };
};

const cache = new WeakMap<Session, RecordsApis>();

type ConsentSummaryProvider = (
  session: Session,
  ids: readonly string[],
) => Promise<ReadonlyMap<string, ConsentSummary>>;
let consentSummaryProvider: ConsentSummaryProvider | undefined;

/**
 * The consents capability registers the list's consent-summary column here (a short text and a
 * tone per subject id). Register before the first sign-in: apis are built once per session.
 */
export const provideConsentSummary = (provider: ConsentSummaryProvider): void => {
  consentSummaryProvider = provider;
};
let vaultInfo: VaultInfo | undefined;

/** Loads the institution's kind and country once; the records pages wait for it. */
export const loadVaultInfo = async (): Promise<VaultInfo> => {
  vaultInfo ??= (await services().vault.vaultInfo()) ?? { kind: 'kindergarten', country: 'LV' };
  return vaultInfo;
};

export const isVaultInfoLoaded = (): boolean => vaultInfo !== undefined;

/** The records screens' apis for this session (cached per session). */
export const recordsApis = (session: Session, go: Go): RecordsApis => {
  const cached = cache.get(session);
  if (cached) return cached;
  const apis = build(session, go, vaultInfo ?? { kind: 'kindergarten', country: 'LV' });
  cache.set(session, apis);
  return apis;
};

/**
 * Fills the demo register that matches the institution through the services: the fictional
 * kindergarten (groups, ~120 children, two parents each) or, for a social office, its clients
 * with services in the office's country (issue 11). Called after setup when "demo" was chosen.
 */
export const seedDemo = async (
  session: Session,
  institution: VaultInfo,
  onProgress?: (done: number, total: number) => void,
): Promise<void> => {
  const register =
    institution.kind === 'socialOffice'
      ? generateSocialDemoRegister({ country: institution.country })
      : generateDemoRegister();
  await bindRecordsPort().seedDemo(session, register, onProgress);
};

/** Group names and ids for other screens (e.g. the staff dialog's teacher groups). */
export const groupChoices = async (session: Session): Promise<{ id: string; name: string }[]> => {
  try {
    return (await bindRecordsPort().listGroups(session))
      .filter((g) => g.status === 'active')
      .map((g) => ({ id: g.id, name: g.name }));
  } catch (error) {
    if (isAppError(error) && error.code === 'forbidden') return [];
    throw error;
  }
};
