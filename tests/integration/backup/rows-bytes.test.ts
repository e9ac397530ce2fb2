// The rows frames of a real register's backup are byte for byte what they were when every row
// went through encodeJson (format 1 unchanged): a demo register made with the services (children,
// parents, groups, issued Veidlapa Nr. 1 forms, one answer with a 3 MiB scan, the audit chain,
// keys), backed up by the app, every table's rows frames compared with the old builder's over the
// same rows. And the rows are plain: every one is written by row-json-writer.ts itself, none is
// left to encodeJson.
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAME } from '@renderer/data/backup/format';
import { readFrames } from '@renderer/data/backup/frame-reader';
import { backupTables, writeBackup } from '@renderer/data/backup/backup-writer';
import { RowJsonWriter } from '@renderer/data/backup/row-json-writer';
import { fromUtf8 } from '@renderer/data/crypto/bytes';
import { createConsentService } from '@renderer/services/consents';
import { createConsentRecordsPort } from '@renderer/services/records';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { testFonts } from '../consents/consent-harness';
import { recordsVault, type RecordsVault } from '../records/records-harness';
import {
  LegacyRowsFrameBuilder,
  firstDifference,
  framesOf,
} from '../../unit/backup/legacy-rows-frame';

describe('a demo register’s backup', () => {
  let v: RecordsVault;
  let forms = 0;
  let scanned = false;

  beforeAll(async () => {
    v = await recordsVault();
    await v.records.seedDemo(v.head, generateDemoRegister({ children: 60, seed: 11 }));
    const consents = createConsentService({
      ctx: v.context,
      records: createConsentRecordsPort(v.records),
      fonts: testFonts,
    });
    const filled = new Set((await v.records.listSubjects(v.head)).map((s) => s.groupId));
    for (const group of await v.records.listGroups(v.head)) {
      if (!filled.has(group.id)) continue; // the harness's own two groups are empty
      const issued = await consents.issueForms(v.head, {
        groupId: group.id,
        templateId: 'lv-veidlapa-1',
        representatives: 'first',
      });
      forms += issued.forms.length;
      if (scanned) continue;
      // One signed paper with a scan of 3 MiB: a row larger than a frame's buffer.
      const formId = issued.forms[0]?.formId ?? '';
      const found = await consents.findForm(v.head, formId);
      const scan = new Uint8Array(3 * 1024 * 1024 + 1).map((_, i) => (i * 7919) % 251);
      scan.set(new TextEncoder().encode('%PDF-1.4\n'));
      await consents.recordAnswers(v.head, {
        formId,
        signedOn: '2025-03-01',
        representativeId: found.representatives[0]?.id ?? '',
        channel: 'in-writing',
        answers: { 'photo-premises': 'granted', 'photo-publish': 'refused' },
        scan: { bytes: scan, mimeType: 'application/pdf' },
      });
      scanned = true;
    }
  }, 120_000);

  it('has the rows frames the old builder gives, table by table', async () => {
    expect(forms).toBeGreaterThan(10);
    // The rows as stored, read before the backup (making one appends an audit entry after it).
    const tables = backupTables(v.db);
    const stored = await Promise.all(tables.map((t) => t.toArray()));
    const made = await v.backup.make(v.head);
    const inFile = new Map<string, Uint8Array[]>();
    let table = '';
    for await (const frame of readFrames(made.blob.stream(), FRAME.digest)) {
      if (!('kind' in frame)) continue;
      if (frame.kind === FRAME.table)
        table = (JSON.parse(fromUtf8(frame.payload)) as { table: string }).table;
      if (frame.kind === FRAME.rows)
        inFile.set(table, [
          ...(inFile.get(table) ?? []),
          new Uint8Array([...frame.head, ...frame.payload]),
        ]);
    }
    const writer = new RowJsonWriter();
    const scratch = new Uint8Array(8 * 1024 * 1024);
    let rows = 0;
    for (const [i, t] of tables.entries()) {
      const expected = framesOf(LegacyRowsFrameBuilder, stored[i] ?? []);
      expect(firstDifference(inFile.get(t.name) ?? [], expected), t.name).toBe('same');
      for (const row of stored[i] ?? [])
        expect(writer.write(row, scratch, 0, scratch.length), t.name).toBeGreaterThan(0);
      rows += stored[i]?.length ?? 0;
    }
    expect(inFile.get('subjects')?.length).toBeGreaterThan(0);
    const evidence = inFile.get('consentEvidence') ?? [];
    expect(evidence.some((f) => f.length > 4 * 1024 * 1024)).toBe(true); // the grown buffer
    expect(rows).toBeGreaterThan(500);
  });

  it('fills every table’s rows frames in one buffer per backup, not a new one per table', async () => {
    // A new 1 MiB buffer per table was ~21 MiB of ArrayBuffers per backup, freed only by the
    // next young-generation collection (scripts/trace-backup-gc.ts).
    const buffers = new Set<ArrayBufferLike>();
    let tableFrames = 0;
    await writeBackup(
      { db: v.db, keybookFiles: v.context.keybook.files },
      { appVersion: 'test', now: new Date() },
      (chunk) => {
        if (chunk[0] === FRAME.table && chunk.length === 5) tableFrames += 1;
        // A rows frame is one view of the builder's buffer, head included.
        if (chunk[0] === FRAME.rows && chunk.length > 5) buffers.add(chunk.buffer);
      },
    );
    expect(tableFrames).toBeGreaterThan(10);
    // The big scan grows the buffer once; the table after it starts from the usual size again.
    expect(buffers.size).toBeLessThanOrEqual(3);
  });
});
