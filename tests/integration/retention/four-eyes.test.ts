// Four-eyes erasure (issue 9 part 4): the secretary proposes, the head approves or rejects; the
// head alone needs an explicit confirmation; approval is refused with the reason (open request,
// restriction) and removes nothing then; partial erasure (health notes, scans) removes only those,
// all or nothing, finished at the next unlock after a crash and applied again after a restore.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { keyringOf } from '@renderer/data/session/session';
import { createServices } from '@renderer/services';
import { reapplyErasures } from '@renderer/services/retention/erase';
import {
  approveErasure,
  proposeErasure,
  rejectErasure,
} from '@renderer/services/retention/proposals';
import { accessInput, requestsVault, type RequestsVault } from '../requests/requests-harness';
import { HEAD } from '../vault/helpers';
import {
  erasureTombstones,
  queueErasuresAfterRestore,
} from '@renderer/services/backup/after-restore';
import { createErasureService } from '@renderer/services/retention';
import {
  loadTestFonts,
  pdfText,
  tempDir,
  writePdf,
  removeTempDirs,
} from '../../unit/pdf/pdf-tools';

afterAll(removeTempDirs);

const WHOLE = {
  reason: 'Bērns atskaitīts 2019. gadā, glabāšanas termiņš beidzies',
  legalBasis: 'VDAR 17. panta 1. punkta a) apakšpunkts',
  scope: { kind: 'whole' as const },
};
const partial = (...categories: ('health' | 'evidence')[]) => ({
  ...WHOLE,
  scope: { kind: 'partial' as const, categories },
});

let v: RequestsVault;
beforeEach(async () => {
  v = await requestsVault();
}, 120_000);

const allRows = async (): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const table of v.db.tables) out[table.name] = await table.toArray();
  return out;
};

/** Health notes and one scanned signed form for the child. */
const withHealthAndScan = async (): Promise<string> => {
  await v.records.setHealthNotes(v.head, v.childId, 'Alerģija pret zemesriekstiem');
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [v.childId],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const events = await v.consents.recordAnswers(v.secretary, {
    formId: issued.forms[0]?.formId ?? '',
    signedOn: '2025-03-01',
    representativeId: v.motherId,
    channel: 'in-writing',
    answers: { 'photo-premises': 'granted', 'photo-publish': 'refused' },
    scan: { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), mimeType: 'image/png' },
  });
  return events[0]?.evidenceId ?? '';
};

describe('four-eyes erasure', () => {
  it('the secretary proposes, may not approve; the head approves and the child is gone', async () => {
    const id = await proposeErasure(v.context, v.secretary, v.childId, WHOLE);
    await expect(approveErasure(v.context, v.secretary, id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(proposeErasure(v.context, v.head, v.childId, WHOLE)).rejects.toMatchObject({
      i18nKey: 'errors.erasureAlreadyProposed',
    });
    await approveErasure(v.context, v.head, id);
    await expect(v.records.getSubject(v.head, v.childId)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(v.context.keybook.entriesOfOwner(v.childId)).toEqual([]);
    await expect(approveErasure(v.context, v.head, id)).rejects.toMatchObject({
      i18nKey: 'errors.erasureAlreadyDecided',
    });
    const audit = await v.audit.listAudit(v.head);
    const lines = audit.filter((a) => a.entityId === v.childId).map((a) => a.action);
    expect(lines).toEqual(expect.arrayContaining(['subject.proposeErasure', 'subject.erase']));
    // Ids only: the reason and legal basis are nowhere in plaintext.
    const raw = JSON.stringify(await allRows());
    expect(raw).not.toContain('atskaitīts');
    expect(raw).not.toContain('VDAR');
    expect(await v.audit.verifyAudit(v.head)).toMatchObject({ ok: true });
  });

  it('the head alone must confirm approving her own proposal', async () => {
    const id = await proposeErasure(v.context, v.head, v.childId, WHOLE);
    const before = await allRows();
    await expect(approveErasure(v.context, v.head, id)).rejects.toMatchObject({
      i18nKey: 'errors.erasureConfirmOwn',
    });
    expect(await allRows()).toEqual(before);
    await approveErasure(v.context, v.head, id, { confirmOwnProposal: true });
    expect(await v.db.table('subjects').get(v.childId)).toBeUndefined();
  });

  it('approval is refused with the reason while a request is open or the record is restricted', async () => {
    const id = await proposeErasure(v.context, v.secretary, v.childId, WHOLE);
    const request = await v.requests.register(v.secretary, accessInput(v));
    let before = await allRows();
    await expect(approveErasure(v.context, v.head, id)).rejects.toMatchObject({
      i18nKey: 'errors.erasureOpenRequest',
    });
    expect(await allRows()).toEqual(before);
    await v.requests.withdraw(v.head, request.id, '2025-03-01');
    await v.records.setRestriction(v.head, v.childId, { reason: 'Strīds', since: '2025-03-01' });
    before = await allRows();
    await expect(approveErasure(v.context, v.head, id)).rejects.toMatchObject({
      i18nKey: 'errors.erasureRestricted',
    });
    expect(await allRows()).toEqual(before);
    await v.records.setRestriction(v.head, v.childId, null);
    await approveErasure(v.context, v.head, id);
    expect(await v.db.table('subjects').get(v.childId)).toBeUndefined();
  });

  it('a rejected proposal erases nothing, now or when the records are applied again', async () => {
    const id = await proposeErasure(v.context, v.secretary, v.childId, WHOLE);
    await expect(rejectErasure(v.context, v.head, id, ' ')).rejects.toMatchObject({
      code: 'validation',
    });
    await rejectErasure(v.context, v.head, id, 'Dokumenti vēl vajadzīgi');
    expect(await reapplyErasures(v.context, keyringOf(v.head))).toBe(0);
    expect((await v.records.getSubject(v.head, v.childId)).subject.givenNames).toBe('Anniņa');
    expect(await v.db.table<{ state: string }, string>('erasures').get(id)).toMatchObject({
      state: 'rejected',
    });
  });

  it('refuses a proposal without a reason, legal basis or category', async () => {
    await expect(
      proposeErasure(v.context, v.secretary, v.childId, { ...WHOLE, legalBasis: '  ' }),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'legalBasis' } });
    await expect(
      proposeErasure(v.context, v.secretary, v.childId, partial()),
    ).rejects.toMatchObject({ code: 'validation', details: { field: 'scope' } });
    await expect(proposeErasure(v.context, v.teacher, v.childId, WHOLE)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('partial erasure', () => {
  it('only the health notes: the notes and their key go, the record, scan and parents stay', async () => {
    const scanId = await withHealthAndScan();
    const id = await proposeErasure(v.context, v.secretary, v.childId, partial('health'));
    await approveErasure(v.context, v.head, id);
    const detail = await v.records.getSubject(v.head, v.childId);
    expect(detail.subject.healthNotes).toBeUndefined();
    expect(detail.subject.givenNames).toBe('Anniņa');
    const owned = v.context.keybook.entriesOfOwner(v.childId);
    expect(owned.some((e) => e.category === 'health' && !e.item)).toBe(false);
    expect(owned.some((e) => e.keyId === scanId)).toBe(true);
    expect((await v.consents.evidence(v.head, scanId)).bytes.length).toBe(7);
    // A new health note afterwards gets a new key and is kept by a later re-application.
    await v.records.setHealthNotes(v.head, v.childId, 'Jauna piezīme');
    expect(await reapplyErasures(v.context, keyringOf(v.head))).toBe(1);
    expect((await v.records.getSubject(v.head, v.childId)).subject.healthNotes).toBe(
      'Jauna piezīme',
    );
  });

  it('only the scans: every scan row and item key goes, the health notes stay', async () => {
    const scanId = await withHealthAndScan();
    const id = await proposeErasure(v.context, v.secretary, v.childId, partial('evidence'));
    await approveErasure(v.context, v.head, id);
    expect(await v.db.table('consentEvidence').get(scanId)).toBeUndefined();
    expect(v.context.keybook.entriesOfKey(scanId)).toEqual([]);
    const detail = await v.records.getSubject(v.head, v.childId);
    expect(detail.subject.healthNotes).toBe('Alerģija pret zemesriekstiem');
    const erasure = (await v.db.table('erasures').get(id)) as { state: string };
    expect(erasure.state).toBe('done');
    // The consent history no longer offers the scan, and says it was erased.
    for (const session of [v.head, v.secretary]) {
      const { history } = await v.consents.subjectConsents(session, v.childId, '2025-03-02');
      const answered = history.filter((h) => h.formId !== undefined);
      expect(answered.length).toBeGreaterThan(0);
      for (const h of answered) expect(h).toMatchObject({ hasScan: false, scanErased: true });
      expect(answered.every((h) => h.evidenceId === undefined)).toBe(true);
    }
  });

  it('a crash after approval is finished at the next unlock: both categories gone, the rest whole', async () => {
    const scanId = await withHealthAndScan();
    const id = await proposeErasure(
      v.context,
      v.secretary,
      v.childId,
      partial('health', 'evidence'),
    );
    // The power fails at the first keybook file change (here the 'inst' file empties: removed).
    const files = v.context.keybook.files;
    let failing = true;
    const cut =
      <A extends unknown[]>(real: (...a: A) => Promise<void>) =>
      (...a: A): Promise<void> =>
        failing ? Promise.reject(new Error('power cut')) : real(...a);
    files.write = cut(files.write.bind(files));
    files.remove = cut(files.remove.bind(files));
    await expect(approveErasure(v.context, v.head, id)).rejects.toThrow('power cut');
    failing = false;
    // Nothing removed yet: the notes and scan still open.
    expect((await v.records.getSubject(v.head, v.childId)).subject.healthNotes).toBe(
      'Alerģija pret zemesriekstiem',
    );
    const again = createServices({ db: v.db, kdf: FLOOR_KDF, keybookFiles: files });
    const head = await again.vault.unlock(HEAD.username, HEAD.password);
    expect(await v.db.table('consentEvidence').get(scanId)).toBeUndefined();
    expect(again.context.keybook.entriesOfKey(scanId)).toEqual([]);
    const row = (await v.db.table('subjects').get(v.childId)) as { sealed: object };
    expect(Object.keys(row.sealed)).not.toContain('health');
    expect(Object.keys(row.sealed)).toContain('core');
    expect(await again.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });
});

describe('the "Dzēšamie" list and the deletion certificate', () => {
  it('lists the proposal with the name, then the done erasure without it; the certificate prints counts, not the name unless chosen', async () => {
    const service = createErasureService(v.context, () => Promise.resolve(loadTestFonts()));
    const id = await service.propose(v.secretary, v.childId, WHOLE);
    const [waiting] = await service.list(v.head);
    expect(waiting).toMatchObject({
      id,
      state: 'proposed',
      own: false,
      legalBasis: WHOLE.legalBasis,
    });
    expect(waiting?.subjectName).toContain('Anniņa');
    await expect(service.certificate(v.head, id)).rejects.toMatchObject({
      i18nKey: 'errors.erasureNotDone',
    });
    await service.approve(v.head, id);
    const [done] = await service.list(v.secretary);
    expect(done).toMatchObject({ id, state: 'done', subjectName: null });
    expect(done?.counts).toMatchObject({ subjects: 1, consentForms: 0 });
    const dir = tempDir();
    const plain = pdfText(writePdf(dir, 'a.pdf', (await service.certificate(v.head, id)).bytes));
    expect(plain).toContain('Dzēšanas akts');
    expect(plain).toContain('Personas ieraksts 1');
    expect(plain).toContain(`Tiesiskais pamats: ${WHOLE.legalBasis}`);
    expect(plain).not.toContain('Anniņa');
    const named = await service.certificate(v.head, id, { personName: 'Anniņa Ūzuliņa' });
    expect(pdfText(writePdf(dir, 'b.pdf', named.bytes))).toContain('Persona: Anniņa Ūzuliņa');
    expect(named.fileName).not.toContain('Anni');
  });
});

describe("the certificate's dates", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("are the institution's local days, not UTC ones: approved at 00:30 in Riga is that day", async () => {
    process.env.TZ = 'Europe/Riga';
    // 22:30 UTC on 30 November is 00:30 on 1 December in Riga.
    v.clock.now = Date.parse('2027-11-30T22:30:00Z');
    const service = createErasureService(v.context, () => Promise.resolve(loadTestFonts()));
    const id = await service.propose(v.secretary, v.childId, WHOLE);
    await service.approve(v.head, id);
    const text = pdfText(
      writePdf(tempDir(), 'c.pdf', (await service.certificate(v.head, id)).bytes),
    );
    expect(text).toMatch(/Ierosināja: .*, 01\.12\.2027/);
    expect(text).toMatch(/Apstiprināja: .*, 01\.12\.2027/);
    expect(text).toMatch(/Dzēsts: 01\.12\.2027/);
    expect(text).not.toContain('30.11.2027');
  });
});

describe('after a restore', () => {
  it('a proposal and a rejected proposal are carried over as they are, never queued to erase', async () => {
    const proposed = await proposeErasure(v.context, v.secretary, v.childId, WHOLE);
    const other = await v.records.saveSubject(v.head, {
      draft: { kind: 'child', givenNames: 'Pēteris', familyName: 'Ūzuliņš', groupId: v.group.id },
      status: 'active',
      representatives: [],
    });
    const rejected = await proposeErasure(v.context, v.secretary, other, WHOLE);
    await rejectErasure(v.context, v.head, rejected, 'Vēl vajadzīgs');
    const carried = await erasureTombstones(v.db);
    expect(await queueErasuresAfterRestore(v.db, carried)).toBe(2);
    const states = Object.fromEntries(
      (await v.db.table<{ id: string; state: string }, string>('erasures').toArray()).map((r) => [
        r.id,
        r.state,
      ]),
    );
    expect(states).toEqual({ [proposed]: 'proposed', [rejected]: 'rejected' });
    expect(await reapplyErasures(v.context, keyringOf(v.head), 'pending')).toBe(0);
    expect((await v.records.getSubject(v.head, v.childId)).subject.givenNames).toBe('Anniņa');
  });
});
