// Every audit action and entity kind a service can write has a label in lv, lt and en. The
// typed list in shared/audit is the single source: the audit writer accepts nothing else, so
// an action added to a service without a label fails here (a head must never read a raw id).
import {
  AUDIT_ACTION_GROUP_IDS,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditAction,
  type AuditEntity,
} from '@shared/audit';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AuditInput } from '@renderer/data/audit/audit-log';
import { LANGUAGES } from '@renderer/i18n';
import { appI18n, keysOf, resolutionProblem, resolveKey } from './support/i18n-details';

let i18n: i18n;
beforeAll(async () => {
  i18n = await appI18n();
});

describe('audit labels', () => {
  it('cover exactly what the audit writer accepts', () => {
    expectTypeOf<AuditInput['action']>().toEqualTypeOf<AuditAction>();
    expectTypeOf<AuditInput['entity']>().toEqualTypeOf<AuditEntity>();
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it.each(LANGUAGES)('name every action, entity kind and action group in %s', (lng) => {
    const keys = [
      ...AUDIT_ACTIONS.map((id) => `audit.actions.${id}`),
      ...AUDIT_ENTITIES.map((id) => `audit.entities.${id}`),
      ...AUDIT_ACTION_GROUP_IDS.map((id) => `audit.actionGroups.${id}`),
    ];
    const problems = keys
      .map((key) => resolutionProblem(key, lng, resolveKey(i18n, key, lng), [key]))
      .filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('in %s name nothing the services cannot write', (lng) => {
    const known = new Set<string>(AUDIT_ACTIONS);
    const stale = keysOf(lng)
      .filter((key) => key.startsWith('audit.actions.'))
      .map((key) => key.slice('audit.actions.'.length))
      .filter((id) => !known.has(id));
    expect(stale).toEqual([]);
  });
});
