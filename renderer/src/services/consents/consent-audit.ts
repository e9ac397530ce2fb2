// Audit entries for the consent capability: ids only, never a name or a printed value.
export { auditEntries as auditMany, auditEntry as auditOne } from '../audit-write';
