// The Art. 20 export: a ZIP with data.json (schema version 1, docs/portability.md) and CSV views,
// only for the head, audited, named by the request number only; and the access report holding
// the consent history the ledger has.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAppError } from '@shared/errors/app-error';
import { PORTABILITY_SCHEMA, PORTABILITY_SCHEMA_VERSION } from '@shared/requests';
import { removeTempDirs, tempDir } from '../../support/temp-dirs';
import { accessInput, requestsVault, type RequestsVault } from './requests-harness';

afterAll(removeTempDirs);

let v: RequestsVault;
let requestId = '';
let number = '';
beforeAll(async () => {
  v = await requestsVault();
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [v.childId],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const form = issued.forms[0];
  if (!form) throw new Error('no form');
  await v.consents.recordAnswers(v.secretary, {
    formId: form.formId,
    signedOn: '2025-03-01',
    representativeId: v.motherId,
    channel: 'in-writing',
    answers: { 'photo-premises': 'granted', 'photo-publish': 'refused', 'name-publish': 'granted' },
  });
  ({ id: requestId, number } = await v.requests.register(
    v.secretary,
    accessInput(v, { type: 'portability' }),
  ));
}, 120_000);

describe('portability export (GDPR Art. 20)', () => {
  it("is the head's: the secretary and others are refused", async () => {
    for (const session of [v.secretary, v.teacher, v.nurse]) {
      await expect(v.requests.portability(session, requestId)).rejects.toSatisfy(
        (e: unknown) => isAppError(e) && e.code === 'forbidden',
      );
    }
  });

  it('zips data.json and three CSV files with the data the person and parents gave', async () => {
    const zip = await v.requests.portability(v.head, requestId);
    expect(zip.fileName).toBe(`parnesamiba-${number.replace('/', '-')}-1.zip`);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'consent-events.csv',
      'data-subject.csv',
      'data.json',
      'representatives.csv',
    ]);
    const data = JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array())) as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({
      schema: PORTABILITY_SCHEMA,
      schemaVersion: PORTABILITY_SCHEMA_VERSION,
      exportNumber: zip.number,
      exportedOn: '2025-03-01',
      controller: { name: 'PII Testa dārziņš' },
      dataSubject: { givenNames: 'Anniņa', familyName: 'Ūzuliņa' },
      representatives: [
        { givenNames: 'Līga', familyName: 'Ūzuliņa', relation: 'mother', phone: '+371 20000001' },
        { givenNames: 'Jānis', familyName: 'Ūzuliņš', relation: 'father' },
      ],
    });
    const consents = data.consents as { purposeId: string; events: { answer: string }[] }[];
    expect(consents.map((c) => [c.purposeId, c.events.map((e) => e.answer)])).toEqual([
      ['photo-premises', ['granted']],
      ['photo-publish', ['refused']],
      ['name-publish', ['granted']],
    ]);
    const csvBytes = files['representatives.csv'] ?? new Uint8Array();
    // UTF-8 with a byte-order mark, so Excel opens the letters right.
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = strFromU8(csvBytes);
    expect(csv.startsWith('givenNames;familyName;relation')).toBe(true);
    expect(csv).toContain('Līga;Ūzuliņa;mother;;+371 20000001;liga@example.lv;');
    const detail = await v.requests.get(v.head, requestId);
    expect(detail.request.documents.map((d) => d.kind)).toEqual(['portability']);
    const audit = (await v.db.audit.toArray()).filter((a) => a.entityId === requestId);
    expect(audit.map((a) => a.action)).toContain('request.export');
  });

  it('the access report lists every consent event with who answered and how', async () => {
    const report = await v.requests.accessReport(v.head, requestId);
    const dir = tempDir('report-');
    writeFileSync(join(dir, 'r.pdf'), report.bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('01.03.2025 nepiekrita Līga Ūzuliņa rakstiski');
    expect(text).toContain('Pašlaik: atteikts');
  });
});
