// Archive hand-over (issue 9 item 7, seed 000 p. 9): the head exports two leavers of a group,
// with consents and a scan each, to a sealed archive; the file opens with the reference opener's
// code path (openAndUnpack, as `npm run open-archive`) and holds every record, consent event and
// scan; a flipped byte, a cut file and a wrong code are refused by name; the secretary and the
// teacher are refused ('archive.export'); the audit names ids only; nothing is erased.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { concatBytes, fromUtf8 } from '@renderer/data/crypto/bytes';
import { openAndUnpack } from '@renderer/data/archive/archive-open';
import { createArchiveService, type HandOver } from '@renderer/services/archive';
import { createArchiveScansPort } from '@renderer/services/consents/archive-port';
import { createRequestConsentsPort } from '@renderer/services/consents/request-port';
import { createArchiveLeaversPort } from '@renderer/services/records/archive-port';
import { createRequestRecordsPort } from '@renderer/services/records/request-port';
import type { PortabilityExport } from '@shared/requests';
import lv from '@renderer/features/archive/locales/lv.json';
import { requestsVault, type RequestsVault } from '../requests/requests-harness';
import { testFonts } from '../consents/consent-harness';
import { pdfText, tempDir, writePdf, removeTempDirs } from '../../unit/pdf/pdf-tools';

afterAll(removeTempDirs);

const KDF = { alg: 'argon2id' as const, m: 19_456, t: 2, p: 1 };
expect(FLOOR_KDF).toMatchObject(KDF);

let v: RequestsVault;
let secondId: string;
let scans: Map<string, Uint8Array>;
let file: Uint8Array;
let result: HandOver;
const progress: { done: number; total: number }[] = [];

const service = () =>
  createArchiveService({
    ctx: v.context,
    records: createRequestRecordsPort(v.records, v.context.db),
    consents: createRequestConsentsPort(v.consents),
    fonts: testFonts,
    ...createArchiveScansPort(v.consents, v.context.now),
    ...createArchiveLeaversPort(v.records),
  });

/** A signed form with a scan recorded for the child; returns the scan's bytes. */
const withScan = async (subjectId: string, representativeId: string, marker: number) => {
  const issued = await v.consents.issueForms(v.secretary, {
    subjectIds: [subjectId],
    templateId: 'lv-veidlapa-1',
    representatives: 'first',
  });
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, marker, 2, 3, 4]);
  const events = await v.consents.recordAnswers(v.secretary, {
    formId: issued.forms[0]?.formId ?? '',
    signedOn: '2025-03-01',
    representativeId,
    channel: 'in-writing',
    answers: { 'photo-premises': 'granted', 'photo-publish': 'refused' },
    scan: { bytes, mimeType: 'image/png' },
  });
  scans.set(events[0]?.evidenceId ?? '', bytes);
};

const exportGroup = async (): Promise<{ file: Uint8Array; result: HandOver }> => {
  const chunks: Uint8Array[] = [];
  const r = await service().handOver(
    v.head,
    { kind: 'group', groupId: v.group.id },
    { sink: (c) => chunks.push(c.slice()), kdf: KDF, onProgress: (p) => progress.push(p) },
  );
  return { file: concatBytes(...chunks), result: r };
};

const streamOf = (bytes: Uint8Array): ReadableStream<Uint8Array> =>
  new Blob([new Uint8Array(bytes)]).stream();

beforeAll(async () => {
  v = await requestsVault();
  scans = new Map();
  secondId = await v.records.saveSubject(v.head, {
    draft: {
      kind: 'child',
      givenNames: 'Pēteris',
      familyName: 'Bērziņš',
      groupId: v.group.id,
      enrolledOn: '2022-09-01',
    },
    status: 'active',
    representatives: [
      { draft: { givenNames: 'Inese', familyName: 'Bērziņa' }, relation: 'mother' },
    ],
  });
  const second = await v.records.getSubject(v.head, secondId);
  await withScan(v.childId, v.motherId, 11);
  await withScan(secondId, second.representatives[0]?.id ?? '', 22);
  for (const id of [v.childId, secondId])
    await v.records.setLeaving(v.head, id, { leftOn: '2025-03-01', reason: { code: 'school' } });
  ({ file, result } = await exportGroup());
}, 180_000);

describe('archive hand-over', () => {
  it('opens with the reference path and holds every record, consent event and scan', async () => {
    const opened = await openAndUnpack(streamOf(file), result.code);
    const m = opened.manifest;
    expect(m).toMatchObject({
      personCount: 2,
      language: 'lv',
      institution: { name: 'PII Testa dārziņš' },
    });
    expect(m.persons.map((p) => p.personId).sort()).toEqual([v.childId, secondId].sort());
    expect(result.counts).toEqual({
      persons: 2,
      consentEvents: 4,
      scans: 2,
      files: m.files.length + 1,
    });
    expect(result.categories).toEqual(['record', 'contacts', 'consents', 'evidence']);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
    expect([...opened.files.keys()]).toContain('LASIT-MANI.txt');
    expect(fromUtf8(opened.files.get('LASIT-MANI.txt') ?? new Uint8Array())).toContain(
      'Personas datu arhīva pakete',
    );
    const dir = tempDir();
    for (const p of m.persons) {
      const data = JSON.parse(
        fromUtf8(opened.files.get(`${p.folder}/data.json`) ?? new Uint8Array()),
      ) as PortabilityExport;
      const record = await v.records.getSubject(v.head, p.personId);
      expect(data.dataSubject.givenNames).toBe(record.subject.givenNames);
      expect(data.representatives.map((r) => r.givenNames).sort()).toEqual(
        record.representatives.map((r) => r.givenNames).sort(),
      );
      expect(
        data.consents
          .flatMap((c) => c.events)
          .map((e) => e.answer)
          .sort(),
      ).toEqual(['granted', 'refused']);
      expect(p.consentEvents).toBe(2);
      expect(p.scans).toHaveLength(1);
      const scan = p.scans[0];
      expect(opened.files.get(scan?.file ?? '')).toEqual(scans.get(scan?.evidenceId ?? ''));
      expect(scan).toMatchObject({ mimeType: 'image/png', signedOn: '2025-03-01' });
      const csv = fromUtf8(opened.files.get(`${p.folder}/consent-events.csv`) ?? new Uint8Array());
      expect(csv.split('\n').filter((l) => l.trim() !== '')).toHaveLength(3);
      const summary = pdfText(
        writePdf(
          dir,
          `${p.personId}.pdf`,
          opened.files.get(`${p.folder}/kopsavilkums.pdf`) ?? new Uint8Array(),
        ),
      );
      expect(summary).toContain('Personas datu kopsavilkums arhīvam');
      expect(summary).toContain(`${record.subject.givenNames} ${record.subject.familyName}`);
    }
    // Nothing erased: both records are still whole.
    expect((await v.records.getSubject(v.head, v.childId)).subject.givenNames).toBe('Anniņa');
  });

  it('is sealed: no name, e-mail or scan byte run of the register in the file', () => {
    const bytes = Buffer.from(file);
    const markers = ['Anniņa', 'Ūzuliņa', 'Bērziņš', 'liga@example.lv', 'PK\x03\x04', 'manifest'];
    for (const marker of markers)
      expect(bytes.indexOf(Buffer.from(marker, 'utf8')), marker).toBe(-1);
    for (const scan of scans.values()) expect(bytes.indexOf(Buffer.from(scan))).toBe(-1);
    expect(fromUtf8(file.subarray(0, 8))).toBe('PRARCHIV');
    expect(result.fileName).toMatch(/^arhivs-\d{4}-\d{2}-\d{2}-\d{4}\.prarh$/);
    expect(result.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(result.size).toBe(file.length);
  });

  it('refuses a flipped byte anywhere, a cut file and a wrong code, each by name', async () => {
    // Every byte of the prefix, the header frame and the first chunk's start, then a spread.
    const spread = Array.from({ length: 24 }, (_, i) => Math.floor(((i + 1) * file.length) / 25));
    const positions = [...Array.from({ length: 120 }, (_, i) => i), ...spread, file.length - 1];
    const refusals = new Map<string, number>();
    for (const at of positions) {
      const bad = file.slice();
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      const error = await openAndUnpack(streamOf(bad), result.code).then(
        () => ({ i18nKey: 'opened' }),
        (e: unknown) => e as { i18nKey: string },
      );
      refusals.set(error.i18nKey, (refusals.get(error.i18nKey) ?? 0) + 1);
      // A changed payload byte (past the frame heads) is reported as a damaged file.
      if (at >= 40) expect(error.i18nKey, `byte ${String(at)}`).toMatch(/damaged|truncated/);
    }
    // Never opened, never mistaken for a wrong code: the magic, the version, a frame length, the rest.
    expect([...refusals.keys()].sort()).toEqual(
      [
        'errors.archive.damaged',
        'errors.archive.newerFormat',
        'errors.archive.notArchive',
        'errors.archive.truncated',
      ].filter((k) => refusals.has(k)),
    );
    expect(refusals.get('errors.archive.damaged')).toBeGreaterThan(110);
    await expect(
      openAndUnpack(streamOf(file.subarray(0, file.length - 10)), result.code),
    ).rejects.toMatchObject({ i18nKey: 'errors.archive.truncated' });
    const wrong = `${result.code.slice(0, -1)}${result.code.endsWith('0') ? '1' : '0'}`;
    await expect(openAndUnpack(streamOf(file), wrong)).rejects.toMatchObject({
      i18nKey: 'errors.archive.wrongCode',
    });
    await expect(openAndUnpack(streamOf(file), 'abc')).rejects.toMatchObject({
      i18nKey: 'errors.archive.codeFormat',
    });
    // docs/archive-format.md: bytes after the digest frame make the file damaged.
    const withJunk = concatBytes(file, new TextEncoder().encode('JUNKJUNK'));
    await expect(openAndUnpack(streamOf(withJunk), result.code)).rejects.toMatchObject({
      i18nKey: 'errors.archive.damaged',
    });
    const backupLike = file.slice();
    backupLike.set(new TextEncoder().encode('PRBACKUP'), 0);
    await expect(openAndUnpack(streamOf(backupLike), result.code)).rejects.toMatchObject({
      i18nKey: 'errors.archive.notArchive',
    });
  });

  it('refuses the secretary and the teacher (archive.export) and writes nothing', async () => {
    for (const session of [v.secretary, v.teacher]) {
      const chunks: Uint8Array[] = [];
      await expect(
        service().handOver(
          session,
          { kind: 'person', subjectId: v.childId },
          { sink: (c) => chunks.push(c), kdf: KDF },
        ),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(service().act(session, result)).rejects.toMatchObject({ code: 'forbidden' });
      expect(chunks).toEqual([]);
    }
  });

  it('audits one entry per person once saved (recordSaved), ids only, no names', async () => {
    const exported = async () =>
      (await v.audit.listAudit(v.head)).filter((a) => a.action === 'subject.archiveExport');
    // Sealing alone records nothing: a cancelled save dialog must not read as "handed over".
    expect(await exported()).toEqual([]);
    await expect(service().recordSaved(v.secretary, result)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await service().recordSaved(v.head, result);
    const audit = await v.audit.listAudit(v.head);
    const entries = audit.filter((a) => a.action === 'subject.archiveExport');
    expect(entries.map((e) => e.entityId).sort()).toEqual([v.childId, secondId].sort());
    const text = JSON.stringify(entries);
    for (const name of ['Anniņa', 'Ūzuliņa', 'Pēteris', 'Bērziņš', 'Līga', 'Inese'])
      expect(text).not.toContain(name);
    expect(await v.audit.verifyAudit(v.head)).toMatchObject({ ok: true });
  });

  it('prints the act: file name, SHA-256, code, count, legal basis; names only when chosen', async () => {
    const dir = tempDir();
    const act = await service().act(v.head, result);
    // Unique per hand-over (the archive file's minute), no personal data; numbered like the summaries.
    const stamp = result.fileName.slice('arhivs-'.length, -'.prarh'.length);
    expect(act.fileName).toBe(`arhiva-nodosanas-akts-${stamp}.pdf`);
    const text = pdfText(writePdf(dir, 'act.pdf', act.bytes));
    expect(text).toContain('Arhīva nodošanas akts');
    expect(text).toContain(`ARH-${stamp}`);
    expect(text).toContain(result.fileName);
    expect(text.replace(/\s/g, '')).toContain(result.sha256);
    expect(text).toContain(result.code);
    expect(text).toContain('Personu skaits: 2');
    expect(text).toContain('Arhīvu likums');
    // One rule on the act and the screen: the act (with the code) travels apart from the file.
    expect(text.replace(/\s+/g, ' ')).toContain('aktu nododiet atsevišķi no faila');
    const hint = (lv as { archive: { codeHint: string } }).archive.codeHint;
    expect(hint).toContain('nododiet to atsevišķi no faila');
    expect(text).toContain('vārdi aktā netiek norādīti');
    expect(text).not.toContain('Anniņa');
    const named = pdfText(
      writePdf(
        dir,
        'named.pdf',
        (await service().act(v.head, result, { personNames: ['Anniņa Ūzuliņa'] })).bytes,
      ),
    );
    expect(named).toContain('Anniņa Ūzuliņa');
  });

  it('a person still attending is refused (errors.archive.stillAttending); nothing written', async () => {
    const attending = await v.records.saveSubject(v.head, {
      draft: { kind: 'child', givenNames: 'Ēriks', familyName: 'Ozoliņš', groupId: v.group.id },
      status: 'active',
      representatives: [],
    });
    const chunks: Uint8Array[] = [];
    await expect(
      service().handOver(
        v.head,
        { kind: 'person', subjectId: attending },
        { sink: (c) => chunks.push(c), kdf: KDF },
      ),
    ).rejects.toMatchObject({ i18nKey: 'errors.archive.stillAttending' });
    expect(chunks).toEqual([]);
  });

  it('a group with no leavers is refused: nobody to hand over', async () => {
    const empty = await v.records.createGroup(v.head, {
      name: 'Bitītes',
      yearBand: '2022',
      teacherIds: [],
    });
    await expect(
      service().handOver(
        v.head,
        { kind: 'group', groupId: empty.id },
        { sink: () => undefined, kdf: KDF },
      ),
    ).rejects.toMatchObject({ i18nKey: 'errors.archive.nobody' });
  });
});
