// The list page by page (issue 11, scale): the pages together are exactly the one-read list,
// a teacher's pages hold only her groups' children, a restricted record reaches only the roles
// that see restricted records, stopping after a page stops the reads, and the listing is audited
// once. Small page sizes here stand in for the app's 200 + 1,000.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@renderer/services';
import {
  listPersonalCodePages,
  listSubjectPages,
  type SubjectPage,
} from '@renderer/services/records/subjects-list';
import { makeValidLvCode } from '@shared/personal-code/generate';
import { childSave, recordsVault, type RecordsVault } from './records-harness';

let v: RecordsVault;
const inA: string[] = [];
const inB: string[] = [];
const SIZES = { first: 3, rest: 5 };

const pagesOf = async (session: Session, stopAfter = Infinity): Promise<SubjectPage[]> => {
  const pages: SubjectPage[] = [];
  await listSubjectPages(
    { ctx: v.context, options: {} },
    session,
    (page) => {
      pages.push(page);
      return pages.length < stopAfter;
    },
    SIZES,
  );
  return pages;
};

beforeAll(async () => {
  v = await recordsVault();
  const names = ['Ūzuliņa', 'Šķēle', 'Bērziņa', 'Čakste', 'Ozola', 'Liepa', 'Kļaviņa'];
  for (const [i, familyName] of names.entries()) {
    const code = makeValidLvCode('2020-03-15', 200 + i);
    inA.push(
      await v.records.saveSubject(
        v.sessions.secretary,
        childSave({ familyName, givenNames: `Anna${String(i)}`, personalCode: code }, v.groupA.id),
      ),
    );
    inB.push(
      await v.records.saveSubject(
        v.sessions.secretary,
        childSave({ familyName, givenNames: `Elza${String(i)}` }, v.groupB.id),
      ),
    );
  }
  await v.records.setRestriction(v.sessions.secretary, inB[0] ?? '', {
    reason: 'Pieprasījums',
    since: '2025-02-01',
  });
}, 180_000);

describe('listSubjectPages', () => {
  it('hands over a small first page, then larger ones, together exactly the one-read list', async () => {
    const pages = await pagesOf(v.sessions.head);
    const all = await v.records.listSubjects(v.sessions.head);
    expect(pages.map((p) => p.read)).toEqual([3, 8, 13, 14]);
    expect(pages.every((p) => p.total === 14)).toBe(true);
    const paged = pages.flatMap((p) => p.subjects);
    expect(paged.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(paged.map((s) => s.id).sort()).toEqual([...inA, ...inB].sort());
    // Names only: never codes or health notes in a list.
    expect(paged.some((s) => s.personalCode !== undefined || s.healthNotes !== undefined)).toBe(
      false,
    );
    expect(pages.at(-1)?.unreadable).toBe(0);
  });

  it("gives a teacher only her group's children, counted against her scope", async () => {
    const pages = await pagesOf(v.sessions.teacher);
    expect(pages.flatMap((p) => p.subjects.map((s) => s.id)).sort()).toEqual([...inA].sort());
    expect(pages.at(-1)).toMatchObject({ read: 7, total: 7, unreadable: 0 });
    expect(pages.flatMap((p) => p.subjects).every((s) => s.groupId === v.groupA.id)).toBe(true);
  });

  it('shows a restricted record only to roles that see restricted records (GDPR art. 18)', async () => {
    const restricted = inB[0] ?? '';
    const ids = async (s: Session) =>
      (await pagesOf(s)).flatMap((p) => p.subjects.map((x) => x.id));
    expect(await ids(v.sessions.head)).toContain(restricted);
    expect(await ids(v.sessions.accountant)).not.toContain(restricted);
  });

  it('stops reading when the page callback answers false, and audits the listing once', async () => {
    const before = await v.db.table('audit').count();
    const pages = await pagesOf(v.sessions.head, 1);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.read).toBe(3);
    const entries = (await v.db.table('audit').toArray()) as { action: string }[];
    expect(entries.slice(before).map((e) => e.action)).toEqual(['subject.list']);
  });
});

describe('listPersonalCodePages', () => {
  it('hands over codes a page of ids at a time, and refuses a role without identifiers', async () => {
    const ids = [...inA, ...inB];
    const seen: number[] = [];
    const codes = new Map<string, string>();
    await listPersonalCodePages(
      { ctx: v.context, options: {} },
      v.sessions.head,
      ids,
      (found, read) => {
        seen.push(read);
        found.forEach((code, id) => codes.set(id, code));
        return true;
      },
      5,
    );
    expect(seen).toEqual([5, 10, 14]);
    expect([...codes.keys()].sort()).toEqual([...inA].sort());
    await expect(
      listPersonalCodePages({ ctx: v.context, options: {} }, v.sessions.teacher, ids, () => true),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
