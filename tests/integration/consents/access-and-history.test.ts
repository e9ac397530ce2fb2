import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import * as ledgerRepo from '@renderer/data/consents/ledger-repo';
import * as evidenceRepo from '@renderer/data/consents/evidence-repo';
import * as catalogRepo from '@renderer/data/consents/catalog-repo';
import { CONSENT_TABLES, EVIDENCE_MAX_BYTES, readEvidence } from '@renderer/data/consents';
import { authorize } from '@renderer/services';
import { loadBundledTemplates, type ConsentTemplate } from '@shared/pdf';
import type { EvidenceRow } from '@renderer/data/consents/rows';
import { pdfText, tempDir, writePdf, removeTempDirs } from '../../unit/pdf/pdf-tools';
import { consentVault, seedFamilies, type ConsentVault, type FamilyIds } from './consent-harness';

afterAll(removeTempDirs);

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return isAppError(e) ? `${e.code}:${e.i18nKey}` : `other:${String(e)}`;
  }
  return 'resolved';
};

const MARKER = 'SCAN-MARKER-7f3c9e';
/** A tiny "PNG": the signature and a chunk carrying an ASCII marker. */
const fakePng = (): Uint8Array =>
  new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...new TextEncoder().encode(MARKER),
  ]);

let v: ConsentVault;
let c: FamilyIds;
beforeAll(async () => {
  v = await consentVault();
}, 60_000);
beforeEach(async () => {
  c = await seedFamilies(v.records, v);
  v.clock.now = Date.parse('2025-03-01T08:00:00.000Z');
});

const recordWithScan = async (subjectId: string, repId: string) => {
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [subjectId],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const formId = issued.forms[0]?.formId ?? '';
  const events = await v.consents.recordAnswers(v.secretary, {
    formId,
    signedOn: '2025-03-01',
    representativeId: repId,
    channel: 'in-writing',
    answers: { 'photo-premises': 'granted', 'photo-publish': 'refused' },
    scan: { bytes: fakePng(), mimeType: 'image/png' },
  });
  return { formId, events, issued };
};

describe('teacher access', () => {
  it('sees the states of own groups only, never the scans', async () => {
    const own = v.first;
    await recordWithScan(own.child1, own.rep1a);
    const view = await v.consents.subjectConsents(v.teacher, own.child1, '2025-03-01');
    expect(view.purposes.find((p) => p.purpose.id === 'photo-premises')?.state).toBe('granted');
    expect(view.history.every((h) => h.hasScan && h.evidenceId === undefined)).toBe(true);
    const matrix = await v.consents.groupMatrix(v.teacher, own.groupA, '2025-03-01');
    expect(matrix.rows.length).toBeGreaterThanOrEqual(3);
    expect(await codeOf(v.consents.groupMatrix(v.teacher, own.groupB, '2025-03-01'))).toBe(
      'forbidden:errors.forbidden',
    );
    expect(await codeOf(v.consents.subjectConsents(v.teacher, own.child4, '2025-03-01'))).toBe(
      'forbidden:errors.forbidden',
    );
    const summary = await v.consents.consentSummary(
      v.teacher,
      [own.child1, own.child4],
      '2025-03-01',
    );
    expect(Object.keys(summary)).toEqual([own.child1]);
  });

  it('cannot read evidence: refused by the permission check, and the key is not in the session anyway', async () => {
    const { events } = await recordWithScan(c.child2, c.rep2a);
    const evidenceId = events[0]?.evidenceId ?? '';
    expect(evidenceId).not.toBe('');
    expect(await codeOf(v.consents.evidence(v.teacher, evidenceId))).toBe(
      'forbidden:errors.forbidden',
    );
    // Even a token minted for another permission gives a teacher no identifiers key to open it.
    const teacherToken = authorize(v.teacher, 'consent.view') as unknown as Parameters<
      typeof readEvidence
    >[1];
    expect(await codeOf(readEvidence(v.db, teacherToken, evidenceId))).toBe(
      'forbidden:errors.noCategoryKey',
    );
    const file = await v.consents.evidence(v.head, evidenceId);
    expect(file.mimeType).toBe('image/png');
    expect(Array.from(file.bytes)).toEqual(Array.from(fakePng()));
    // The stored row holds ciphertext only: the marker is nowhere in it.
    const row: unknown = await v.db.table(CONSENT_TABLES.evidence).get(evidenceId);
    const raw = JSON.stringify(row, (_k, value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
    );
    expect(raw).not.toContain(MARKER);
  });

  it('refuses a scan of the wrong type or over 10 MB before anything is written', async () => {
    const issued = await v.consents.issueForms(v.secretary, {
      subjectIds: [c.child3],
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    const base = {
      formId: issued.forms[0]?.formId ?? '',
      signedOn: '2025-03-01',
      representativeId: c.rep3a,
      channel: 'post' as const,
      answers: { 'name-publish': 'granted' as const },
    };
    expect(
      await codeOf(
        v.consents.recordAnswers(v.secretary, {
          ...base,
          scan: { bytes: fakePng(), mimeType: 'text/html' },
        }),
      ),
    ).toBe('validation:validation.scanType');
    expect(
      await codeOf(
        v.consents.recordAnswers(v.secretary, {
          ...base,
          scan: { bytes: new Uint8Array(EVIDENCE_MAX_BYTES + 1), mimeType: 'application/pdf' },
        }),
      ),
    ).toBe('validation:validation.scanSize');
    const view = await v.consents.subjectConsents(v.secretary, c.child3, '2025-03-01');
    expect(view.history).toHaveLength(0);
  });
});

describe('what security depends on', () => {
  it("binds a scan's ciphertext to its own row: moved to another scan's row it does not open", async () => {
    const first = await recordWithScan(c.child1, c.rep1a);
    const second = await recordWithScan(c.child2, c.rep2a);
    const idA = first.events[0]?.evidenceId ?? '';
    const idB = second.events[0]?.evidenceId ?? '';
    expect(idA).not.toBe('');
    expect(idB).not.toBe(idA);
    const table = v.db.table<EvidenceRow, string>(CONSENT_TABLES.evidence);
    const rowA = await table.get(idA);
    const rowB = await table.get(idB);
    if (!rowA || !rowB) throw new Error('no evidence rows');
    await table.put({ ...rowB, sealed: rowA.sealed });
    expect(await codeOf(v.consents.evidence(v.head, idB))).toBe('crypto:errors.decryptFailed');
    expect((await v.consents.evidence(v.head, idA)).bytes).toEqual(fakePng());
  });

  it('leaves a restricted child (GDPR art. 18) off the group matrix and the staff-room sheet even when the records port lists it', async () => {
    // The fixture port, unlike the records service, returns restricted members: the consents
    // service must filter them itself.
    const child3 = v.records.subjects.get(c.child3);
    if (!child3) throw new Error('no child3');
    v.records.subjects.set(c.child3, { ...child3, restricted: true });
    const members = await v.records.groupMembers(v.head, c.groupA);
    expect(members.map((m) => m.id)).toContain(c.child3);
    const matrix = await v.consents.groupMatrix(v.head, c.groupA, '2025-03-01');
    expect(matrix.rows.map((r) => r.subjectId).sort()).toEqual([c.child1, c.child2].sort());
    const sheet = await v.consents.groupSheetPdf(v.head, c.groupA, '2025-03-01');
    const text = pdfText(writePdf(tempDir(), 'sheet.pdf', sheet));
    expect(text).toContain('Bērziņš');
    expect(text).not.toContain('Ķēniņa');
  });
});

describe('append-only ledger', () => {
  it('offers no update or delete path in its repositories', () => {
    const names = [
      ...Object.keys(ledgerRepo),
      ...Object.keys(evidenceRepo),
      ...Object.keys(catalogRepo),
    ];
    expect(names.filter((n) => /update|put|delete|remove|replace|edit|clear/i.test(n))).toEqual([]);
  });

  it('keeps every earlier row byte for byte when a withdrawal is recorded, and never overwrites an id', async () => {
    const { events } = await recordWithScan(c.child1, c.rep1a);
    const before = await v.db
      .table(CONSENT_TABLES.events)
      .where('subjectId')
      .equals(c.child1)
      .toArray();
    v.clock.advance(3 * 24 * 3600 * 1000);
    await v.consents.withdraw(v.secretary, {
      subjectId: c.child1,
      purposeId: 'photo-premises',
      representativeId: c.rep1a,
      receivedOn: '2025-03-03',
      channel: 'in-person',
    });
    const after = await v.db
      .table(CONSENT_TABLES.events)
      .where('subjectId')
      .equals(c.child1)
      .toArray();
    expect(after).toHaveLength(before.length + 1);
    for (const row of before) expect(after).toContainEqual(row);
    // Re-adding an existing event id fails instead of replacing the row.
    const first = events[0];
    if (!first) throw new Error('no event');
    const token = authorize(v.secretary, 'consent.record');
    expect(
      await codeOf(ledgerRepo.addEvents(v.db, token, [{ ...first, kind: 'refused' }])),
    ).toMatch(/^other:BulkError: .*ConstraintError/);
    expect(await v.db.table(CONSENT_TABLES.events).get(first.id)).toEqual(
      before.find((r: { id: string }) => r.id === first.id),
    );
  });
});

describe('template versions', () => {
  it('a new wording is a new version; forms printed with the old one re-render byte for byte', async () => {
    const { issued } = await recordWithScan(c.child2, c.rep2a);
    const v1Form = issued.forms[0];
    if (!v1Form) throw new Error('no form');
    const v1 = loadBundledTemplates().latest('lv-veidlapa-1') as ConsentTemplate;
    const edited: ConsentTemplate = {
      ...v1,
      statement: `${v1.statement} Papildu teikums par glabāšanas termiņu.`,
    };
    expect(await codeOf(v.consents.saveTemplateVersion(v.secretary, edited))).toBe(
      'forbidden:errors.forbidden',
    );
    const saved = await v.consents.saveTemplateVersion(v.head, edited);
    expect(saved.version).toBe(v1.version + 1);
    const reprint = await v.consents.reprintForm(v.secretary, v1Form.formId);
    expect(Buffer.from(reprint).equals(Buffer.from(issued.pdf))).toBe(true);
    const next = await v.consents.issueForms(v.secretary, {
      subjectIds: [c.child2],
      templateId: 'lv-veidlapa-1',
      representatives: 'first',
    });
    expect(next.forms[0]?.templateVersion).toBe(saved.version);
    expect((await v.consents.template(v.secretary, 'lv-veidlapa-1', v1.version)).statement).toBe(
      v1.statement,
    );
  });

  it('lets the head add a purpose that then appears in every lookup', async () => {
    expect(await codeOf(v.consents.createPurpose(v.secretary, { lv: 'Ekskursijas' }))).toBe(
      'forbidden:errors.forbidden',
    );
    const purpose = await v.consents.createPurpose(v.head, { lv: 'Dalība ekskursijās' });
    const view = await v.consents.subjectConsents(v.secretary, c.child1, '2025-03-01');
    expect(view.purposes.find((p) => p.purpose.id === purpose.id)?.state).toBe('none');
    expect(purpose.labels.en).toBe('Dalība ekskursijās');
  });
});
