// The request register through its services, over fake-indexeddb: registering, the list and the
// reminders, who may do what, refusals on the fields that leave nothing half-saved, and that
// nothing personal reaches a stored row or the audit log in clear.
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import type { RequestInput } from '@renderer/services/requests';
import { accessInput, requestsVault, type RequestsVault } from './requests-harness';

let v: RequestsVault;
beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

/** The error's i18n key and field, or 'ok' when the call succeeded. */
const outcome = async (call: () => Promise<unknown>): Promise<string> => {
  try {
    await call();
    return 'ok';
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.code}:${error.i18nKey}${error.details?.field ? `@${String(error.details.field)}` : ''}`;
  }
};

const rawRows = async (): Promise<string> =>
  JSON.stringify(await v.db.table('dsRequests').toArray(), (_k, value: unknown) =>
    value instanceof Uint8Array ? '<bytes>' : value,
  );

describe('registering a request', () => {
  it('gives the secretary a numbered request with its due date on the list and the badge', async () => {
    const { id, number } = await v.requests.register(v.secretary, accessInput(v));
    expect(number).toMatch(/^2025\/\d+$/);
    const item = (await v.requests.list(v.secretary)).find((r) => r.id === id);
    expect(item).toMatchObject({
      number,
      type: 'access',
      status: 'registered',
      about: 'Anniņa Ūzuliņa',
      aboutKind: 'subject',
      // 27 Feb 2025 + one month = Thu 27 Mar 2025.
      due: { on: '2025-03-27', what: 'answer' },
      urgency: { kind: 'later' },
    });
    const reminders = await v.requests.reminders(v.head);
    expect(reminders.later).toBeGreaterThanOrEqual(1);
  });

  it('stores nothing personal in clear and audits ids only', async () => {
    const { id } = await v.requests.register(
      v.secretary,
      accessInput(v, {
        subjectId: null,
        description: 'Kārlis Neesošais, bijušais audzēknis',
        requester: { kind: 'data-subject' },
        replyTo: 'karlis@example.lv',
      }),
    );
    const raw = await rawRows();
    for (const secret of [
      'Neesošais',
      'Vēlos zināt',
      'PA0000000',
      'karlis@example.lv',
      'Ūzuliņa',
    ]) {
      expect(raw).not.toContain(secret);
    }
    const audit = JSON.stringify(await v.db.audit.toArray());
    expect(audit).not.toContain('Neesošais');
    const entry = (await v.db.audit.toArray()).find(
      (a) => a.action === 'request.register' && a.entityId === id,
    );
    expect(entry).toMatchObject({ entity: 'request', actor: v.secretary.userId });
    const item = (await v.requests.list(v.head)).find((r) => r.id === id);
    expect(item).toMatchObject({
      about: 'Kārlis Neesošais, bijušais audzēknis',
      aboutKind: 'unregistered',
    });
    const detail = await v.requests.get(v.head, id);
    expect(detail.request.replyTo).toBe('karlis@example.lv');
    expect(detail.request.identity.note).toBe('ID karte PA0000000');
  });

  it.each([
    [
      'received in the future',
      { receivedOn: '2025-03-02' },
      'validation:validation.dateFuture@receivedOn',
    ],
    [
      'a day that does not exist',
      { receivedOn: '2025-02-30' },
      'validation:validation.date@receivedOn',
    ],
    [
      'received before GDPR applied',
      { receivedOn: '2018-05-24' },
      'validation:requests.errors.beforeGdpr@receivedOn',
    ],
    ['about nobody', { subjectId: null }, 'validation:requests.errors.aboutRequired@about'],
    [
      'a child not in the register',
      { subjectId: 'no-such-child' },
      'validation:requests.errors.personNotFound@about',
    ],
    [
      'a representative without authority',
      { requester: { kind: 'representative', name: 'Kāds Cits' } },
      'validation:requests.errors.authorityRequired@authority',
    ],
    [
      'a representative nobody named',
      { requester: { kind: 'representative', authority: 'guardian' } },
      'validation:requests.errors.requesterRequired@requesterName',
    ],
    [
      'identity checked before the request arrived',
      { identity: { method: 'id-document', checkedOn: '2025-02-20' } },
      'validation:requests.errors.beforeReceipt@identityCheckedOn',
    ],
    ['an unknown type', { type: 'complaint' }, 'validation:validation.invalid@type'],
  ])('refuses %s on the field, storing nothing', async (_why, over, expected) => {
    const before = await v.db.table('dsRequests').count();
    expect(
      await outcome(() => v.requests.register(v.secretary, accessInput(v, over) as RequestInput)),
    ).toBe(expected);
    expect(await v.db.table('dsRequests').count()).toBe(before);
  });
});

describe('who sees and does what', () => {
  it('teachers, nurses and social workers see nothing of requests', async () => {
    for (const session of [v.teacher, v.nurse, v.socialWorker]) {
      expect(await outcome(() => v.requests.list(session))).toBe('forbidden:errors.forbidden');
      expect(await outcome(() => v.requests.reminders(session))).toBe('forbidden:errors.forbidden');
      expect(
        await outcome(() => v.requests.register(session, accessInput(v) as RequestInput)),
      ).toBe('forbidden:errors.forbidden');
    }
  });

  it('the secretary prepares but does not decide; only the head produces the access report', async () => {
    const { id } = await v.requests.register(v.secretary, accessInput(v));
    expect(await outcome(() => v.requests.startWork(v.secretary, id))).toBe('ok');
    expect(
      await outcome(() => v.requests.answer(v.secretary, id, { on: '2025-03-01', text: 'x' })),
    ).toBe('forbidden:errors.forbidden');
    expect(
      await outcome(() =>
        v.requests.extend(v.secretary, id, { months: 1, reasons: 'x', on: '2025-03-01' }),
      ),
    ).toBe('forbidden:errors.forbidden');
    expect(await outcome(() => v.requests.accessReport(v.secretary, id))).toBe(
      'forbidden:errors.forbidden',
    );
    expect(await outcome(() => v.requests.accessReport(v.head, id))).toBe('ok');
  });
});
