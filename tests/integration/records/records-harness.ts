// Set-up for the records integration tests: a vault with the records tables, two groups, and
// sessions for the roles that matter. All names, codes and contacts are fictional.
import { VAULT_SCHEMA, type SchemaVersion } from '@renderer/data/db/schema';
import { RECORDS_SCHEMA, RECORDS_SCHEMA_VERSION } from '@renderer/data/records/schema';
import type { Session } from '@renderer/services';
import {
  createRecordsService,
  type RecordsOptions,
  type SubjectSave,
} from '@renderer/services/records';
import { makeValidLvCode } from '@shared/personal-code/generate';
import { staffSession, withVault } from '../vault/helpers';

/** VAULT_SCHEMA with the records tables, whether or not the lead has registered them yet. */
export const RECORDS_VERSIONS: readonly SchemaVersion[] = VAULT_SCHEMA.some(
  (v) => v.version === RECORDS_SCHEMA_VERSION,
)
  ? VAULT_SCHEMA
  : [...VAULT_SCHEMA, RECORDS_SCHEMA].sort((a, b) => a.version - b.version);

export const CODE_1 = makeValidLvCode('2020-03-15', 123);
export const CODE_2 = makeValidLvCode('2021-07-02', 45);

export const childSave = (
  over: Partial<SubjectSave['draft']> = {},
  groupId: string | null = null,
): SubjectSave => ({
  draft: {
    kind: 'child',
    givenNames: 'Anniņa',
    familyName: 'Ūzuliņa',
    groupId,
    enrolledOn: '2023-09-01',
    ...over,
  },
  status: 'active',
  representatives: [
    {
      draft: {
        givenNames: 'Līga',
        familyName: 'Ūzuliņa',
        phone: '+371 20000001',
        email: 'liga@example.lv',
      },
      relation: 'mother',
    },
    {
      draft: { givenNames: 'Jānis', familyName: 'Ūzuliņš', phone: '+371 20000002' },
      relation: 'father',
      custodyNotes: 'Dzīvo atsevišķi',
    },
  ],
});

export type Sessions = Record<
  'head' | 'secretary' | 'teacher' | 'nurse' | 'accountant' | 'methodologist',
  Session
>;

export const recordsVault = async (
  options: RecordsOptions = {},
  kind: 'kindergarten' | 'socialOffice' = 'kindergarten',
) => {
  const vault = await withVault(RECORDS_VERSIONS, 'LV', kind);
  const records = createRecordsService(vault.context, options);
  const groupA = await records.createGroup(vault.head, {
    name: 'Zīlītes',
    yearBand: '2020',
    teacherIds: [],
  });
  const groupB = await records.createGroup(vault.head, {
    name: 'Mārītes',
    yearBand: '2021',
    teacherIds: [],
  });
  const role = async (
    r: Exclude<keyof Sessions, 'head'>,
    groups: string[] = [],
  ): Promise<Session> => (await staffSession(vault, vault.head, r, `user-${r}`, groups)).session;
  const sessions: Sessions = {
    head: vault.head,
    secretary: await role('secretary'),
    teacher: await role('teacher', [groupA.id]),
    nurse: await role('nurse'),
    accountant: await role('accountant'),
    methodologist: await role('methodologist'),
  };
  return { ...vault, records, groupA, groupB, sessions };
};

export type RecordsVault = Awaited<ReturnType<typeof recordsVault>>;
