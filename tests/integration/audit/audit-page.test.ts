// The audit log as a head reads it (issue 14 item 10): lines grouped and paged, routine reads
// hideable, each line naming its child or staff member (decrypted in memory: the stored log keeps
// ids only), and one child's trail of who saw and changed their data.
import { beforeAll, describe, expect, it } from 'vitest';
import { createConsentService, type ConsentService } from '@renderer/services/consents';
import { createConsentRecordsPort } from '@renderer/services/records';
import { testFonts } from '../consents/consent-harness';
import { childSave, recordsVault, type RecordsVault } from '../records/records-harness';

let v: RecordsVault;
let consents: ConsentService;
let anna: string;
let roberts: string;
let formIds: string[];

const LV = { language: 'lv' } as const;

beforeAll(async () => {
  v = await recordsVault();
  consents = createConsentService({
    ctx: v.context,
    records: createConsentRecordsPort(v.records),
    fonts: testFonts,
  });
  const { secretary, teacher } = v.sessions;
  anna = await v.records.saveSubject(secretary, childSave({}, v.groupA.id));
  roberts = await v.records.saveSubject(
    secretary,
    childSave({ givenNames: 'Roberts', familyName: 'Šķēle' }, v.groupB.id),
  );
  for (let i = 0; i < 5; i += 1) await v.records.getSubject(secretary, anna);
  await v.records.getSubject(secretary, roberts);
  const batch = await consents.issueForms(secretary, {
    templateId: 'lv-veidlapa-1',
    groupId: v.groupA.id,
    representatives: 'first',
  });
  formIds = batch.forms.map((f) => f.formId);
  await consents.groupMatrix(teacher, v.groupA.id, '2025-03-01');
  await consents.groupMatrix(v.sessions.head, v.groupB.id, '2025-03-01');
}, 120_000);

describe('the audit page', () => {
  it('names the child, the staff member and the form of each line, and groups runs', async () => {
    const page = await v.audit.listAuditPage(v.sessions.head, LV);
    // Five views of Anniņa, one of Roberts, and the issue batch's reading of the group, which
    // interleaves the list and a card: one line per action for the secretary's stretch of reads.
    const views = page.items.filter((i) => i.action === 'subject.view');
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorName: 'Staff secretary', count: 7 });
    expect(new Set(views[0]?.named.map((n) => n.name))).toEqual(
      new Set(['Roberts Šķēle', 'Anniņa Ūzuliņa']),
    );
    expect(views[0]?.named.map((n) => n.id).sort()).toEqual([anna, roberts].sort());
    const issued = page.items.find((i) => i.action === 'form.issue');
    expect(issued?.count).toBe(formIds.length);
    expect(issued?.named[0]?.name).toMatch(/^F-[0-9A-Z]{4}-[0-9A-Z]{4} · Anniņa Ūzuliņa$/);
    const overviews = page.items.filter((i) => i.action === 'consent.groupView');
    expect(overviews.map((i) => [i.actorName, i.named.map((n) => n.name)])).toEqual([
      ['Test Head', ['Mārītes']],
      ['Staff teacher', ['Zīlītes']],
    ]);
    const created = page.items.find((i) => i.action === 'user.create' && i.named.length > 0);
    expect(created?.named[0]?.name).toMatch(/^Staff /);
    // The names live in memory only: the stored entries carry ids.
    const stored = JSON.stringify(await v.db.table('audit').toArray());
    expect(stored).not.toContain('Anniņa');
    expect(stored).not.toContain('Staff secretary');
  });

  it('pages the lines and can hide the routine reads', async () => {
    const all = await v.audit.listAuditPage(v.sessions.head, { ...LV, limit: 3 });
    expect(all.items).toHaveLength(3);
    expect(all.total).toBeGreaterThan(3);
    const next = await v.audit.listAuditPage(v.sessions.head, { ...LV, limit: 3, offset: 3 });
    expect(next.items[0]?.newestSeq).toBeLessThan(all.items[2]?.newestSeq ?? 0);
    const quiet = await v.audit.listAuditPage(v.sessions.head, { ...LV, hideRoutine: true });
    const routine = ['subject.list', 'subject.view', 'consent.view', 'consent.groupView'];
    expect(quiet.items.filter((i) => routine.includes(i.action))).toEqual([]);
    expect(quiet.items.some((i) => i.action === 'form.issue')).toBe(true);
  });

  it('filters by one action and is for the head only', async () => {
    const page = await v.audit.listAuditPage(v.sessions.head, { ...LV, action: 'subject.create' });
    expect(new Set(page.items.map((i) => i.action))).toEqual(new Set(['subject.create']));
    await expect(v.audit.listAuditPage(v.sessions.secretary, LV)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe("a child's trail", () => {
  it("shows who saw and changed this child's data, and nothing about another child", async () => {
    const trail = await v.audit.subjectTrail(v.sessions.head, anna, LV);
    expect(trail.subjectName).toBe('Anniņa Ūzuliņa');
    expect(trail.groupName).toBe('Zīlītes');
    const actions = trail.items.map((i) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'subject.create',
        'representative.create',
        'subject.view',
        'form.issue',
        'consent.groupView',
      ]),
    );
    expect(trail.items.find((i) => i.action === 'consent.groupView')).toMatchObject({
      viaGroup: true,
      actorName: 'Staff teacher',
    });
    const named = trail.items.flatMap((i) => i.named.map((n) => n.name ?? ''));
    expect(named.some((name) => name.includes('Šķēle'))).toBe(false);
    expect(named).not.toContain('Mārītes');
    expect(
      (await v.audit.subjectTrail(v.sessions.head, roberts, LV)).items.some((i) =>
        i.named.some((n) => n.name?.includes('Anniņa')),
      ),
    ).toBe(false);
  });

  it('is itself logged, with the child id only', async () => {
    const rows = (await v.db.table('audit').toArray()) as { action: string; entityId: string }[];
    expect(rows.filter((r) => r.action === 'audit.subjectTrail').map((r) => r.entityId)).toContain(
      anna,
    );
    await expect(v.audit.subjectTrail(v.sessions.teacher, anna, LV)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
