// A social office for the integration tests (issue 11): LT, a head, a social worker, two care
// workers, an accountant and a secretary; clients are added by the tests. Invented people only.
import { createRecordsService } from '@renderer/services/records';
import type { SubjectSave } from '@renderer/services/records';
import { makeValidLtCode } from '@shared/personal-code/generate';
import { staffSession, withVault } from '../vault/helpers';

export const LT_CODE_1 = makeValidLtCode('1948-05-12', 'female', 101);
export const LT_CODE_2 = makeValidLtCode('1951-11-03', 'male', 202);

export const clientSave = (over: Partial<SubjectSave['draft']> = {}): SubjectSave => ({
  draft: {
    kind: 'client',
    givenNames: 'Ona',
    familyName: 'Testaitė',
    groupId: null,
    ...over,
  },
  status: 'active',
  representatives: [
    {
      draft: { givenNames: 'Rūta', familyName: 'Testaitė', phone: '+370 60000001' },
      relation: 'guardian',
    },
  ],
});

export const socialOffice = async () => {
  const vault = await withVault(undefined, 'LT', 'socialOffice');
  const records = createRecordsService(vault.context);
  const staff = async (role: Parameters<typeof staffSession>[2], username: string) =>
    staffSession(vault, vault.head, role, username);
  return {
    ...vault,
    records,
    socialWorker: await staff('socialWorker', 'socdarb'),
    careWorker: await staff('careWorker', 'lankoma'),
    otherCareWorker: await staff('careWorker', 'lankoma2'),
    accountant: await staff('accountant', 'buhalt'),
    secretary: await staff('secretary', 'rastved'),
  };
};
export type SocialOffice = Awaited<ReturnType<typeof socialOffice>>;
