// Maps the services onto the small APIs each feature screen takes as props. Features stay free
// of the service layer's session handling; this is the only place that binds the two.
import { isAppError } from '@shared/errors/app-error';
import { can } from '@shared/access/permissions';
import type { AuditApi } from '../features/audit/audit-api';
import type { RecoveryApi } from '../features/settings/RecoverySection';
import type { SettingsApi } from '../features/settings/SettingsPage';
import type { InstitutionForm } from '../features/setup/setup-schemas';
import { getHost } from '../platform';
import { recoverySheetPdf } from '../services/documents/recovery-sheet';
import { groupChoices, loadVaultInfo } from './records-adapters';
import { ROLES_BY_KIND } from '@shared/access/roles';
import type { StaffApi } from '../features/staff/StaffPage';
import type { Session } from '../services';
import { services } from './services';
import { perSession } from './per-session';

export const staffApi = (session: Session): StaffApi => {
  const s = services();
  return {
    currentUserId: session.userId,
    manage: can(session.role, 'staff.manage'),
    roles: async () => ROLES_BY_KIND[(await loadVaultInfo()).kind],
    list: async () => (await s.staff.listUsers(session)).map((m) => ({ ...m })),
    groups: () => groupChoices(session),
    create: async (v) => {
      await s.staff.createUser(session, {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        role: v.role,
        groupIds: v.role === 'teacher' ? v.groupIds : [],
        initialPassword: v.password,
      });
    },
    changeRole: (userId, role, groupIds) =>
      s.staff.changeRole(session, userId, role, role === 'teacher' ? groupIds : []),
    resetPassword: (userId, password) => s.staff.resetPassword(session, userId, password),
    deactivate: (userId) => s.staff.deactivateUser(session, userId),
  };
};

const auditApis = new WeakMap<Session, AuditApi>();

/**
 * The audit screens for a head: pages of grouped lines with names (decrypted in memory by the
 * service, never stored), one child's trail, the chain check. One object per session, so the
 * screens do not reload on every render.
 */
export const auditApi = (session: Session, go: (section: string, ...params: string[]) => void) => {
  const cached = auditApis.get(session);
  if (cached) return cached;
  const s = services();
  const api: AuditApi = {
    list: (query) => s.audit.listAuditPage(session, query),
    trail: (subjectId, query) => s.audit.subjectTrail(session, subjectId, query),
    verify: async () => {
      const result = await s.audit.verifyAudit(session);
      return result.ok
        ? { ok: true, count: result.count }
        : { ok: false, firstBadSeq: result.firstBadSeq };
    },
    actors: async () =>
      (await s.staff.listUsers(session)).map((m) => ({ id: m.id, name: m.displayName })),
    openTrail: (subjectId) => {
      go('audit', 'subject', subjectId);
    },
    openLog: () => {
      go('audit');
    },
  };
  auditApis.set(session, api);
  return api;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The institution as the setup and settings forms edit it. */
export const institutionForm = async (session: Session): Promise<InstitutionForm> => {
  const { kind, country, details } = await services().vault.getInstitution(session);
  return {
    kind,
    country,
    name: text(details.name),
    registrationNumber: text(details.registrationNumber),
    address: text(details.address),
    phone: text(details.phone),
    email: text(details.email),
    controllerName: text(details.controllerName),
    operatorName: text(details.operatorName),
    recipients: text(details.recipients),
  };
};

const recoveryApi = (session: Session): RecoveryApi => {
  const s = services();
  const sheet = async (code: string) => recoverySheetPdf(code, await institutionForm(session));
  return {
    newRecoveryCode: () => s.vault.newRecoveryCode(),
    rotate: async (code) => {
      await s.vault.rotateRecoveryCode(session, code);
    },
    printSheet: async (code) => {
      await (await getHost()).printPdf(await sheet(code), 'Atkopšanas atslēga');
    },
    saveSheet: async (code) => {
      await (
        await getHost()
      ).saveFile({
        suggestedName: 'atkopsanas-atslega.pdf',
        mimeType: 'application/pdf',
        bytes: await sheet(code),
      });
    },
  };
};

export const settingsApi = perSession((session: Session): SettingsApi => {
  const s = services();
  const head = can(session.role, 'staff.manage');
  return {
    canManage: can(session.role, 'settings.manage'),
    range: { min: 1, max: 240 },
    idleLockMinutes: () => s.settings.getIdleLockMinutes(),
    setIdleLockMinutes: (minutes) => s.settings.setIdleLockMinutes(session, minutes),
    ...(head
      ? {
          institution: () => institutionForm(session),
          saveInstitution: async ({ kind: _kind, country: _country, ...details }) => {
            await s.vault.updateInstitution(session, details);
          },
          recovery: recoveryApi(session),
        }
      : {}),
  };
});

/** The delay the vault asks for after failed attempts, if the error carries one. */
export const retryAfterMs = (error: unknown): number => {
  if (!isAppError(error)) return 0;
  const value = error.details?.retryAfterMs;
  return typeof value === 'number' ? value : 0;
};
