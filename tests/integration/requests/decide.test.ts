// Deciding requests: clarification, extension, answer, refusal, withdrawal; the letters and the
// access report they produce; the follow-ups and the notices to recipients (GDPR Art. 19).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAppError } from '@shared/errors/app-error';
import type { RequestInput } from '@renderer/services/requests';
import { removeTempDirs, tempDir } from '../../support/temp-dirs';
import { accessInput, requestsVault, type RequestsVault } from './requests-harness';

afterAll(removeTempDirs);

let v: RequestsVault;
beforeAll(async () => {
  v = await requestsVault();
}, 120_000);

const outcome = async (call: () => Promise<unknown>): Promise<string> => {
  try {
    await call();
    return 'ok';
  } catch (error) {
    if (!isAppError(error)) throw error;
    return `${error.i18nKey}${error.details?.field ? `@${String(error.details.field)}` : ''}`;
  }
};

const dir = tempDir('requests-pdf-');
const pdfText = (bytes: Uint8Array): string => {
  const file = join(dir, `${crypto.randomUUID()}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
};

const register = async (over: Record<string, unknown> = {}) =>
  v.requests.register(v.secretary, accessInput(v, over));

describe('extension (GDPR Art. 12(3))', () => {
  it('is refused after the un-extended deadline, longer than the law allows, or without reasons', async () => {
    // Received 27 Jan 2025: due Thu 27 Feb; today (1 Mar) is past it.
    const late = await register({ receivedOn: '2025-01-27', identity: { method: 'not-checked' } });
    expect(
      await outcome(() =>
        v.requests.extend(v.head, late.id, { months: 1, reasons: 'daudz datu', on: '2025-03-01' }),
      ),
    ).toBe('requests.errors.extensionAfterDeadline@on');
    const { id } = await register();
    const before = await v.requests.get(v.head, id);
    expect(
      await outcome(() =>
        v.requests.extend(v.head, id, { months: 3 as 1, reasons: 'x', on: '2025-03-01' }),
      ),
    ).toBe('requests.errors.extensionTooLong@months');
    expect(
      await outcome(() =>
        v.requests.extend(v.head, id, { months: 1, reasons: '  ', on: '2025-03-01' }),
      ),
    ).toBe('requests.errors.reasonsRequired@reasons');
    const after = await v.requests.get(v.head, id);
    expect(after.request.updatedAt).toBe(before.request.updatedAt);
    expect(after.request.extension).toBeUndefined();
  });

  it('moves the due date by the months given and the notice letter says so', async () => {
    const { id } = await register();
    await v.requests.extend(v.head, id, {
      months: 2,
      reasons: 'Jāpārbauda arhīva dokumenti.',
      on: '2025-03-01',
    });
    const detail = await v.requests.get(v.head, id);
    // Un-extended Thu 27 Mar 2025; + 2 months = Tue 27 May 2025.
    expect(detail.extensionDeadline).toBe('2025-03-27');
    expect(detail.answerDue).toBe('2025-05-27');
    expect(detail.request.extension).toMatchObject({ months: 2, decidedBy: v.head.userId });
    expect(
      await outcome(() =>
        v.requests.extend(v.head, id, { months: 1, reasons: 'x', on: '2025-03-01' }),
      ),
    ).toBe('requests.errors.extensionNotLonger@months');
    const letter = await v.requests.letter(v.secretary, id, 'extension');
    const text = pdfText(letter.bytes);
    expect(text).toContain('pagarināts par diviem mēnešiem – līdz 27.05.2025.');
    expect(text).toContain('Jāpārbauda arhīva dokumenti.');
    expect(letter.fileName).toMatch(/^pagarinajums-2025-\d+-1\.pdf$/);
  });
});

describe('answers and refusals', () => {
  it('refuses an answer dated before receipt and leaves the request as it was', async () => {
    const { id } = await register();
    const before = await v.requests.get(v.head, id);
    expect(
      await outcome(() => v.requests.answer(v.head, id, { on: '2025-02-26', text: 'Atbilde' })),
    ).toBe('requests.errors.answerBeforeReceipt@on');
    expect(
      await outcome(() => v.requests.answer(v.head, id, { on: '2025-03-01', text: ' ' })),
    ).toBe('requests.errors.answerRequired@text');
    const after = await v.requests.get(v.head, id);
    expect(after.request).toEqual(before.request);
  });

  it('answers with the access report and the reply letter; a closed request stays closed', async () => {
    const { id, number } = await register();
    await v.requests.requestClarification(v.secretary, id, {
      text: 'Lūdzam uzrādīt personu apliecinošu dokumentu.',
      on: '2025-03-01',
    });
    const clarification = pdfText(
      (await v.requests.letter(v.secretary, id, 'clarification')).bytes,
    );
    expect(clarification).toContain('Lūdzam uzrādīt personu apliecinošu dokumentu.');
    await v.requests.startWork(v.secretary, id);
    const report = await v.requests.accessReport(v.head, id);
    expect(report.fileName).toBe(`piekluves-parskats-${number.replace('/', '-')}-2.pdf`);
    const reportText = pdfText(report.bytes);
    expect(reportText).toContain('Informācija par personas datu apstrādi');
    expect(reportText).toContain('Vārds: Anniņa Uzvārds: Ūzuliņa');
    expect(reportText).toContain('Līga Ūzuliņa (māte)');
    await v.requests.answer(v.head, id, {
      on: '2025-03-01',
      text: 'Pielikumā pārskats par datiem.',
    });
    const answer = await v.requests.letter(v.secretary, id, 'answer');
    const text = pdfText(answer.bytes);
    expect(text).toContain('Pielikumā pārskats par datiem.');
    expect(text).toContain(`Pielikumā: 1. Informācija par personas datu apstrādi Nr. ${number}-2`);
    expect(text).toContain('Līga Ūzuliņa');
    const again = await v.requests.letter(v.secretary, id, 'answer');
    expect(again.number).toBe(answer.number);
    const detail = await v.requests.get(v.head, id);
    expect(detail.request.status).toBe('answered');
    expect(detail.request.documents.map((d) => d.kind)).toEqual([
      'clarification',
      'access-report',
      'answer',
    ]);
    expect(detail.request.history.map((h) => h.event)).toEqual([
      'registered',
      'clarification-requested',
      'document',
      'work-started',
      'document',
      'answered',
      'document',
      'document',
    ]);
    expect(
      await outcome(() =>
        v.requests.refuse(v.head, id, { on: '2025-03-01', reasons: ['not-held'], partial: false }),
      ),
    ).toBe('requests.errors.closed@status');
    expect(
      await outcome(() => v.requests.update(v.secretary, id, accessInput(v) as RequestInput)),
    ).toBe('requests.errors.closed@status');
    const audit = (await v.db.audit.toArray())
      .filter((a) => a.entityId === id)
      .map((a) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining(['request.accessReport', 'request.letter', 'request.answer']),
    );
  });

  it('refusal needs a reason and prints each with the right to complain', async () => {
    const { id } = await register({ type: 'erasure' });
    expect(await outcome(() => v.requests.letter(v.secretary, id, 'refusal'))).toBe(
      'requests.errors.letterNotReady@kind',
    );
    expect(
      await outcome(() =>
        v.requests.refuse(v.head, id, { on: '2025-03-01', reasons: [], partial: false }),
      ),
    ).toBe('requests.errors.reasonRequired@reasons');
    await v.requests.refuse(v.head, id, {
      on: '2025-03-01',
      reasons: ['erasure-exemption'],
      partial: true,
      text: 'Dati jāglabā arhīvā.',
    });
    const text = pdfText((await v.requests.letter(v.secretary, id, 'refusal')).bytes);
    expect(text).toContain('daļēji neapmierināt');
    expect(text).toContain('(VDAR 17. panta 3. punkts)');
    expect(text).toContain('Datu valsts inspekcijā');
  });
});

describe('follow-ups and the recipients log (GDPR Art. 19)', () => {
  it('after a rectification lists the recipients who received the data, each ticked sent or not needed', async () => {
    const first = await v.requests.recordDisclosure(v.secretary, {
      subjectId: v.childId,
      on: '2025-01-10',
      recipient: 'Ķekavas novada pašvaldība',
      categories: ['identity', 'identifiers'],
      legalBasis: 'legal-obligation',
    });
    const second = await v.requests.recordDisclosure(v.secretary, {
      subjectId: v.childId,
      on: '2025-02-03',
      recipient: 'Fotogrāfs SIA Bilde',
      categories: ['photos'],
      legalBasis: 'consent',
    });
    const { id } = await register({
      type: 'rectification',
      details: 'Uzvārds uzrakstīts kļūdaini.',
    });
    await v.requests.startWork(v.secretary, id);
    expect(
      await outcome(() =>
        v.requests.recordFollowUp(v.secretary, id, { kind: 'erasure-decided', on: '2025-03-01' }),
      ),
    ).toBe('requests.errors.followUpNotForType@kind');
    await v.requests.recordFollowUp(v.secretary, id, { kind: 'rectified', on: '2025-03-01' });
    let detail = await v.requests.get(v.secretary, id);
    expect(detail.request.notices.map((n) => [n.disclosureId, n.state])).toEqual([
      [first, 'pending'],
      [second, 'pending'],
    ]);
    expect(
      await outcome(() => v.requests.setNotice(v.secretary, id, second, { state: 'not-needed' })),
    ).toBe('requests.errors.noticeReasonRequired@reason');
    await v.requests.setNotice(v.secretary, id, first, { state: 'sent', on: '2025-03-01' });
    await v.requests.setNotice(v.secretary, id, second, {
      state: 'not-needed',
      reason: 'Fotogrāfam nodotas tikai fotogrāfijas, uzvārds ne.',
    });
    detail = await v.requests.get(v.secretary, id);
    expect(detail.request.notices.map((n) => n.state)).toEqual(['sent', 'not-needed']);
    const raw = JSON.stringify(await v.db.table('disclosures').toArray());
    expect(raw).not.toContain('pašvaldība');
  });

  it("a restriction follow-up sets the record's restriction flag", async () => {
    const { id } = await register({ type: 'restriction' });
    await v.requests.recordFollowUp(v.secretary, id, {
      kind: 'restricted',
      on: '2025-03-01',
      restrictionReason: 'Pieprasījums par apstrādes ierobežošanu',
    });
    const subject = (await v.records.getSubject(v.head, v.childId)).subject;
    expect(subject.restriction).toEqual({
      reason: 'Pieprasījums par apstrādes ierobežošanu',
      since: '2025-03-01',
    });
    await v.records.setRestriction(v.head, v.childId, null);
  });
});

describe('reminders', () => {
  it('turn overdue when the clock passes the due date', async () => {
    const { id } = await register({
      receivedOn: '2025-03-01',
      identity: { method: 'not-checked' },
    });
    // 1 Mar + one month = Tue 1 Apr 2025.
    v.clock.advance(32 * 24 * 3600 * 1000); // 2 Apr
    const item = (await v.requests.list(v.head)).find((r) => r.id === id);
    expect(item?.urgency).toEqual({ kind: 'overdue', daysOverdue: 1 });
    expect((await v.requests.reminders(v.head)).overdue).toBeGreaterThanOrEqual(1);
    v.clock.advance(-32 * 24 * 3600 * 1000);
  });
});
