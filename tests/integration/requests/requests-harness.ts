// Set-up for the request register tests: a vault, the REAL records and consent services bound to
// the request services through their port adapters (as the app binds them), a child with two
// parents, and sessions for the head, the secretary, a teacher and a nurse. Names are fictional.
import { createConsentService } from '@renderer/services/consents';
import { createRequestConsentsPort } from '@renderer/services/consents/request-port';
import { createConsentRecordsPort, createRecordsService } from '@renderer/services/records';
import { createRequestRecordsPort } from '@renderer/services/records/request-port';
import { createRequestsService } from '@renderer/services/requests';
import type { Session } from '@renderer/services';
import { testFonts } from '../consents/consent-harness';
import { childSave } from '../records/records-harness';
import { staffSession, withVault } from '../vault/helpers';

export const requestsVault = async () => {
  const vault = await withVault();
  await vault.vault.updateInstitution(vault.head, {
    name: 'PII Testa dārziņš',
    controllerName: 'iestādes vadītāja Test Controller',
    operatorName: 'lietvede Test Operator',
    recipients: 'grupu skolotājas',
  });
  const records = createRecordsService(vault.context);
  const consents = createConsentService({
    ctx: vault.context,
    records: createConsentRecordsPort(records),
    fonts: testFonts,
  });
  const requests = createRequestsService({
    ctx: vault.context,
    records: createRequestRecordsPort(records, vault.context.db),
    consents: createRequestConsentsPort(consents),
    fonts: testFonts,
  });
  const group = await records.createGroup(vault.head, {
    name: 'Zīlītes',
    yearBand: '2021',
    teacherIds: [],
  });
  const childId = await records.saveSubject(
    vault.head,
    childSave({ personalCode: undefined }, group.id),
  );
  const detail = await records.getSubject(vault.head, childId);
  const [mother, father] = detail.representatives;
  if (!mother || !father) throw new Error('fixture child has two parents');
  const role = async (
    r: 'secretary' | 'teacher' | 'nurse' | 'socialWorker',
    groups: string[] = [],
  ): Promise<Session> => (await staffSession(vault, vault.head, r, `user-${r}`, groups)).session;
  return {
    ...vault,
    records,
    consents,
    requests,
    group,
    childId,
    motherId: mother.id,
    fatherId: father.id,
    secretary: await role('secretary'),
    teacher: await role('teacher', [group.id]),
    nurse: await role('nurse'),
    socialWorker: await role('socialWorker'),
  };
};

export type RequestsVault = Awaited<ReturnType<typeof requestsVault>>;

/** An access request for the fixture child from its mother (parent of a minor), on paper. */
export const accessInput = (v: RequestsVault, over: Record<string, unknown> = {}) => ({
  type: 'access' as const,
  receivedOn: '2025-02-27',
  channel: 'paper' as const,
  subjectId: v.childId,
  representativeId: null,
  requester: {
    kind: 'representative' as const,
    representativeId: v.motherId,
    authority: 'parent-of-minor' as const,
  },
  identity: { method: 'id-document' as const, checkedOn: '2025-02-27', note: 'ID karte PA0000000' },
  details: 'Vēlos zināt, kādi dati par bērnu tiek glabāti.',
  ...over,
});
