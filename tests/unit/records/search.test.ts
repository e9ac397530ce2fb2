import { describe, expect, it } from 'vitest';
import { createRandom } from '@renderer/services/records/demo';
import { BOY_NAMES, FAMILY_NAMES, GIRL_NAMES } from '@renderer/services/records/demo/demo-names';
import { createSubjectIndex, type SubjectIndexItem } from '@renderer/services/records/search';
import { foldForSearch } from '@shared/text/search';

const item = (
  id: string,
  givenNames: string,
  familyName: string,
  over: Partial<SubjectIndexItem> = {},
): SubjectIndexItem => ({
  id,
  givenNames,
  familyName,
  groupId: 'g1',
  status: 'active',
  restricted: false,
  ...over,
});

const ITEMS: SubjectIndexItem[] = [
  item('a', 'Anna', 'Ūzuliņa', { personalCode: '01011921234' }),
  item('b', 'Jānis', 'Šķēle', { groupId: 'g2' }),
  item('c', 'Elza', 'Saulīte', { status: 'left' }),
  item('d', 'Ēriks', 'Čakste', { restricted: true }),
  item('e', 'Anna Marija', 'Ceriņa'),
  item('f', 'Zane', 'Bērziņa-Kalniņa', { personalCode: '32123456789', groupId: null }),
];
const index = createSubjectIndex(ITEMS);
const ALL = { includeCodes: false, includeRestricted: true } as const;

describe('createSubjectIndex.search', () => {
  it('finds names without diacritics and regardless of case', () => {
    expect(index.search('uzulina', ALL)).toEqual(['a']);
    expect(index.search('SKELE', ALL)).toEqual(['b']);
    expect(index.search('ēRIK', ALL)).toEqual(['d']);
  });

  it('finds by any part of any name word, and needs every query word', () => {
    expect(index.search('rij', ALL)).toEqual(['e']);
    expect(index.search('kalnin', ALL)).toEqual(['f']);
    expect(index.search('anna', ALL)).toEqual(['e', 'a']);
    expect(index.search('anna uzul', ALL)).toEqual(['a']);
    expect(index.search('  uzul   anna ', ALL)).toEqual(['a']);
    expect(index.search('anna zzz', ALL)).toEqual([]);
  });

  it('sorts in Latvian order by family name then given names (C < Č, S < Š, U < Ū)', () => {
    expect(index.search('', ALL)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });

  it('matches personal codes only with includeCodes, ignoring the hyphen', () => {
    expect(index.search('010119-21234', ALL)).toEqual([]);
    expect(index.search('010119-21234', { ...ALL, includeCodes: true })).toEqual(['a']);
    expect(index.search('010119 21234', { ...ALL, includeCodes: true })).toEqual(['a']);
    expect(index.search('3212', { ...ALL, includeCodes: true })).toEqual(['f']);
    expect(index.search('zane 3212', { ...ALL, includeCodes: true })).toEqual(['f']);
    expect(index.search('anna 3212', { ...ALL, includeCodes: true })).toEqual([]);
  });

  it('hides restricted records unless asked, and filters by group and status', () => {
    expect(index.search('', { includeCodes: false })).not.toContain('d');
    expect(index.search('', { includeCodes: false, groupIds: ['g2'] })).toEqual(['b']);
    expect(index.search('', { includeCodes: false, groupIds: [null] })).toEqual(['f']);
    expect(index.search('', { includeCodes: false, statuses: ['left'] })).toEqual(['c']);
    expect(index.search('', { ...ALL, limit: 2 })).toEqual(['f', 'e']);
  });

  it('keeps order and matches after upsert and remove', () => {
    const idx = createSubjectIndex(ITEMS);
    idx.upsert(item('a', 'Anna', 'Ābola'));
    idx.upsert(item('g', 'Dace', 'Žagare'));
    idx.remove('b');
    expect(idx.search('', ALL)).toEqual(['a', 'f', 'e', 'd', 'c', 'g']);
    expect(idx.search('uzulina', ALL)).toEqual([]);
    expect(idx.size).toBe(6);
  });
});

describe('createSubjectIndex narrowing as the user types', () => {
  it('gives the same results as a fresh index for every keystroke, backspace and option change', () => {
    const rnd = createRandom(3);
    const items = Array.from({ length: 3000 }, (_, i): SubjectIndexItem => {
      const [masculine, feminine] = rnd.pick(FAMILY_NAMES);
      const girl = rnd.chance(0.5);
      return item(`id${i}`, rnd.pick(girl ? GIRL_NAMES : BOY_NAMES), girl ? feminine : masculine, {
        groupId: `g${i % 5}`,
        status: i % 7 === 0 ? 'left' : 'active',
        restricted: i % 11 === 0,
        personalCode: String(32_000_000_000 + i * 13),
      });
    });
    const typing = createSubjectIndex(items);
    const steps: [
      string,
      { includeCodes: boolean; groupIds?: string[]; includeRestricted?: boolean },
    ][] = [
      ['b', { includeCodes: false }],
      ['be', { includeCodes: false }],
      ['ber', { includeCodes: false }],
      ['berz', { includeCodes: false }],
      ['ber', { includeCodes: false }],
      ['berz a', { includeCodes: false }],
      ['berz an', { includeCodes: false, groupIds: ['g1'] }],
      ['berz an', { includeCodes: false }],
      ['berz an', { includeCodes: false, includeRestricted: true }],
      ['an berz', { includeCodes: false }],
      ['3', { includeCodes: true }],
      ['32', { includeCodes: true }],
      ['320000', { includeCodes: true }],
      ['32000 0', { includeCodes: true }],
      ['ozol', { includeCodes: true }],
      ['ozol 3', { includeCodes: true }],
      ['zol', { includeCodes: true }],
    ];
    for (const [query, options] of steps) {
      expect(typing.search(query, options)).toEqual(
        createSubjectIndex(items).search(query, options),
      );
    }
    typing.upsert(item('new', 'Anna', 'Bērziņa'));
    expect(typing.search('berz an', { includeCodes: false })).toContain('new');
  });
});

describe('createSubjectIndex starting from the rarest letter', () => {
  it('finds exactly what a brute-force scan finds, also after edits', () => {
    const rnd = createRandom(11);
    const items = Array.from({ length: 2000 }, (_, i): SubjectIndexItem => {
      const [masculine, feminine] = rnd.pick(FAMILY_NAMES);
      const girl = rnd.chance(0.5);
      return item(`id${i}`, rnd.pick(girl ? GIRL_NAMES : BOY_NAMES), girl ? feminine : masculine);
    });
    const brute = (list: readonly SubjectIndexItem[], query: string): string[] => {
      const words = foldForSearch(query).split(' ').filter(Boolean);
      return list
        .filter((it) =>
          words.every((w) => foldForSearch(`${it.givenNames} ${it.familyName}`).includes(w)),
        )
        .map((it) => it.id)
        .sort();
    };
    const index = createSubjectIndex(items);
    const queries = [
      'q',
      'x',
      'zz',
      'ozol',
      'ina',
      'an ber',
      'ņš',
      'kalnins jan',
      'e',
      'liga',
      'ūd',
      'a',
      'Ā',
      's',
    ];
    for (const query of queries) {
      // Each query is fresh (the previous one does not narrow to it) so the postings are used.
      expect([...index.search(query, ALL)].sort(), query).toEqual(brute(items, query));
    }
    // A one-letter first keystroke, then narrowing from its precomputed answer.
    expect([...index.search('o', ALL)].sort()).toEqual(brute(items, 'o'));
    expect([...index.search('oz', ALL)].sort()).toEqual(brute(items, 'oz'));
    // Handed-out arrays are copies: changing one does not change the next answer.
    index.search('e', ALL).length = 0;
    expect([...index.search('e', ALL)].sort()).toEqual(brute(items, 'e'));
    index.upsert(item('late', 'Qvido', 'Xaveris'));
    index.remove('id0');
    const edited = [...items.filter((it) => it.id !== 'id0'), item('late', 'Qvido', 'Xaveris')];
    for (const query of ['qv', 'x', 'ozol'])
      expect([...index.search(query, ALL)].sort(), query).toEqual(brute(edited, query));
  });

  it('answers one-character queries with the same filters as any other query', () => {
    const items = [
      item('r', 'Ola', 'Ozola', { restricted: true, personalCode: '32000000001' }),
      item('v', 'Oto', 'Bite', { personalCode: '32000000002' }),
      item('w', 'Ieva', 'Sala', { groupId: 'g2' }),
    ];
    const index = createSubjectIndex(items);
    expect(index.search('o', { includeCodes: false })).toEqual(['v']);
    expect([...index.search('o', { includeCodes: false, includeRestricted: true })].sort()).toEqual(
      ['r', 'v'],
    );
    expect(index.search('2', { includeCodes: false })).toEqual([]);
    expect(index.search('2', { includeCodes: true })).toEqual(['v']);
    expect(index.search('a', { includeCodes: false, groupIds: ['g2'] })).toEqual(['w']);
    expect(index.search('o', { includeCodes: false, limit: 0 })).toEqual([]);
  });
});

describe('createSubjectIndex at 50,000 records', () => {
  it('measures keystroke latency (logged, not asserted)', () => {
    const rnd = createRandom(7);
    const items = Array.from({ length: 50_000 }, (_, i): SubjectIndexItem => {
      const girl = rnd.chance(0.5);
      const [masculine, feminine] = rnd.pick(FAMILY_NAMES);
      return item(`id${i}`, rnd.pick(girl ? GIRL_NAMES : BOY_NAMES), girl ? feminine : masculine, {
        groupId: `g${i % 40}`,
        personalCode: String(32_000_000_000 + i * 7),
      });
    });
    const built = performance.now();
    const idx = createSubjectIndex(items);
    const buildMs = performance.now() - built;
    const typed = 'berzina anna';
    const times: number[] = [];
    let found = 0;
    // CPU time, not wall time: on a loaded CI machine wall time mostly measures other processes.
    // Round 0 warms the JIT up and is not counted.
    for (let round = 0; round <= 20; round += 1) {
      for (let n = 1; n <= typed.length; n += 1) {
        const c0 = process.cpuUsage();
        found = idx.search(typed.slice(0, n), { includeCodes: true, limit: 200 }).length;
        const used = process.cpuUsage(c0);
        if (round > 0) times.push((used.user + used.system) / 1000);
      }
    }
    // Worst case: a query nothing matches, and that does not narrow the last one, scans every record.
    const scans: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      const c0 = process.cpuUsage();
      idx.search(round % 2 === 0 ? 'qqq' : 'xxj', { includeCodes: true });
      const used = process.cpuUsage(c0);
      scans.push((used.user + used.system) / 1000);
    }
    scans.sort((x, y) => x - y);
    times.sort((x, y) => x - y);
    const pct = (p: number): string => (times[Math.floor((times.length - 1) * p)] ?? 0).toFixed(2);
    console.log(
      `[search bench] 50k build ${buildMs.toFixed(0)} ms; keystroke CPU p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms (node, ${times.length} samples); full scan median ${(scans[10] ?? 0).toFixed(2)} ms`,
    );
    expect(idx.size).toBe(50_000);
    expect(found).toBeGreaterThan(0);
  }, 60_000);
});
