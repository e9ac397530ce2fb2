// The institution's procedure (a setting): the head changes it, requests registered afterwards
// follow it, requests already registered keep their rule; the Lithuanian procedure's five working
// days for the notices that follow a correction.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import { DEFAULT_PROCEDURES } from '@shared/requests';
import { accessInput, requestsVault, type RequestsVault } from './requests-harness';

let v: RequestsVault;
beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

describe('request procedure', () => {
  it('defaults to the country (LV: one month) and only the head changes it', async () => {
    expect(await v.requests.procedure()).toEqual(DEFAULT_PROCEDURES.LV);
    await expect(v.requests.setProcedure(v.secretary, DEFAULT_PROCEDURES.LT)).rejects.toSatisfy(
      (e: unknown) => isAppError(e) && e.code === 'forbidden',
    );
  });

  it('applies to requests registered afterwards; earlier ones keep their rule', async () => {
    const before = await v.requests.register(v.secretary, accessInput(v));
    await v.requests.setProcedure(v.head, { answer: '30-days', followUp: '5-working-days' });
    const after = await v.requests.register(v.secretary, accessInput(v, { type: 'rectification' }));
    // Received Thu 27 Feb 2025: one month = Thu 27 Mar; 30 days = Sat 29 Mar -> Mon 31 Mar.
    expect((await v.requests.get(v.head, before.id)).answerDue).toBe('2025-03-27');
    expect((await v.requests.get(v.head, after.id)).answerDue).toBe('2025-03-31');
    const audit = await v.db.audit.toArray();
    expect(
      audit.some((a) => a.action === 'settings.change' && a.entityId === 'requestProcedure'),
    ).toBe(true);

    // Five working days after Sat 1 Mar 2025 (the correction): Mon 3 ... Fri 7 Mar.
    await v.requests.recordDisclosure(v.secretary, {
      subjectId: v.childId,
      on: '2025-02-01',
      recipient: 'Valsts izglītības informācijas sistēma',
      categories: ['identity'],
      legalBasis: 'legal-obligation',
    });
    await v.requests.answer(v.head, after.id, { on: '2025-03-01', text: 'Labots.' });
    await v.requests.recordFollowUp(v.secretary, after.id, { kind: 'rectified', on: '2025-03-01' });
    const detail = await v.requests.get(v.head, after.id);
    expect(detail.due).toEqual({ on: '2025-03-07', what: 'notices' });
    const item = (await v.requests.list(v.head)).find((r) => r.id === after.id);
    expect(item?.due).toEqual({ on: '2025-03-07', what: 'notices' });
    expect(item?.urgency).toEqual({ kind: 'soon', workingDaysLeft: 5 });
  });
});
