// The one list of what the audit log records (PRODUCT item 8: who viewed, changed, printed or
// exported whose data and when). Services may only write an action and an entity kind named
// here: the audit writer's input is typed with these unions, so a new action cannot be written
// without being added here, and a unit test then fails until it has a label in lv, lt and en.

/** Every action a service writes into the audit chain, grouped for the audit page's filter. */
export const AUDIT_ACTION_GROUPS = {
  access: [
    'vault.create',
    'login.success',
    'login.failure',
    'vault.lock',
    'vault.recoveryUnlock',
    'vault.recoveryRotate',
    'vault.keyMigration',
    'vault.backup',
    'vault.restore',
    'audit.tamperDetected',
    'audit.view',
    'audit.subjectTrail',
  ],
  staff: [
    'user.create',
    'user.roleChange',
    'user.passwordReset',
    'user.passwordChange',
    'user.deactivate',
  ],
  settings: [
    'institution.update',
    'settings.change',
    'template.version',
    'purpose.create',
    'retention.scheduleChange',
  ],
  records: [
    'group.create',
    'group.update',
    'group.close',
    'group.reopen',
    'subject.list',
    'subject.listCodes',
    'subject.view',
    'subject.create',
    'subject.update',
    'subject.updateHealth',
    'subject.updateSocial',
    'subject.updateFinancial',
    'subject.updateCare',
    'subject.assignCaseload',
    'subject.restrict',
    'subject.unrestrict',
    'subject.erase',
    'subject.leave',
    'subject.planLeave',
    'subject.unleave',
    'subject.proposeErasure',
    'subject.rejectErasure',
    'subject.archiveExport',
    'representative.create',
    'records.import',
    'records.export',
    'records.seedDemo',
  ],
  consents: [
    'form.issue',
    'form.reprint',
    'form.find',
    'form.groupSheet',
    'consent.view',
    'consent.groupView',
    'consent.photoCheck',
    'consent.record',
    'consent.withdraw',
    'consent.correct',
    'evidence.add',
    'evidence.view',
  ],
  requests: [
    'request.list',
    'request.view',
    'request.register',
    'request.update',
    'request.clarify',
    'request.start',
    'request.extend',
    'request.answer',
    'request.refuse',
    'request.withdraw',
    'request.letter',
    'request.accessReport',
    'request.export',
    'request.followUp',
    'request.notice',
    'disclosure.record',
    'disclosure.list',
  ],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];

export const AUDIT_ACTION_GROUP_IDS = Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[];

/** Every audit action id, in the order of the groups above. */
export const AUDIT_ACTIONS: readonly AuditAction[] = AUDIT_ACTION_GROUP_IDS.flatMap(
  (group) => AUDIT_ACTION_GROUPS[group],
);

/** What an entry's entityId names. 'import', 'vault', 'audit' and 'institution' carry no id. */
export const AUDIT_ENTITIES = [
  'vault',
  'audit',
  'institution',
  'setting',
  'user',
  'group',
  'subject',
  'representative',
  'import',
  'consentForm',
  'consentEvidence',
  'template',
  'purpose',
  'request',
  'disclosure',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * Reads that happen many times a day in ordinary work (opening the list, a child's card, the
 * consent page or a group overview). The audit page groups consecutive ones and can hide them.
 */
export const ROUTINE_AUDIT_ACTIONS: readonly AuditAction[] = [
  'subject.list',
  'subject.listCodes',
  'subject.view',
  'consent.view',
  'consent.groupView',
  'audit.view',
  'request.list',
  'request.view',
  'disclosure.list',
];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

export const isAuditEntity = (value: string): value is AuditEntity =>
  (AUDIT_ENTITIES as readonly string[]).includes(value);

export const isRoutineAuditAction = (value: string): boolean =>
  (ROUTINE_AUDIT_ACTIONS as readonly string[]).includes(value);
