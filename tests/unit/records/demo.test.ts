import { describe, expect, it } from 'vitest';
import { makeDomainSchemas } from '@shared/domain/schemas';
import { parsePersonalCode } from '@shared/personal-code/parse';
import { generateDemoRegister } from '@renderer/services/records/demo';

describe('generateDemoRegister', () => {
  const register = generateDemoRegister();

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoRegister()).toEqual(register);
    expect(generateDemoRegister({ seed: 1 }).subjects[0]).not.toEqual(register.subjects[0]);
  });

  it('makes six named groups and 120 children spread over them', () => {
    expect(register.groups.map((g) => g.name)).toEqual([
      'Zīlītes',
      'Mārītes',
      'Rūķīši',
      'Saulītes',
      'Taurenīši',
      'Lācīši',
    ]);
    expect(register.subjects).toHaveLength(120);
    for (const g of register.groups)
      expect(register.subjects.filter((s) => s.groupId === g.id)).toHaveLength(20);
  });

  it('produces records the domain schemas accept', () => {
    const schemas = makeDomainSchemas({ country: 'LV', today: '2026-11-24' });
    for (const g of register.groups) expect(schemas.group.safeParse(g).success).toBe(true);
    for (const s of register.subjects)
      expect(schemas.subject.safeParse(s).error?.issues).toBeUndefined();
    for (const r of register.representatives)
      expect(schemas.representative.safeParse(r).error?.issues).toBeUndefined();
    for (const l of register.links)
      expect(schemas.representativeLink.safeParse(l).success).toBe(true);
  });

  it('never repeats a personal code, even in a large register', () => {
    const codes = generateDemoRegister({ children: 20_000, seed: 11 }).subjects.map(
      (s) => s.personalCode,
    );
    expect(new Set(codes).size).toBe(codes.length);
  }, 60_000);

  it('gives valid, unique personal codes in both Latvian formats, matching birth dates', () => {
    const codes = register.subjects.map((s) => s.personalCode ?? '');
    expect(new Set(codes).size).toBe(codes.length);
    const parsed = register.subjects.map((s) => ({
      s,
      p: parsePersonalCode(s.personalCode ?? '', 'LV'),
    }));
    expect(parsed.every(({ p }) => p.valid)).toBe(true);
    const formats = parsed.map(({ p }) => (p.valid ? p.format : 'x'));
    expect(formats).toContain('lv-old');
    expect(formats).toContain('lv-new');
    for (const { s, p } of parsed)
      if (p.valid && p.birthDate !== undefined) expect(p.birthDate).toBe(s.birthDate);
    expect(
      register.subjects.every(
        (s) => (s.birthDate ?? '') >= '2019-01-01' && (s.birthDate ?? '') <= '2023-12-31',
      ),
    ).toBe(true);
  });

  it('links two parents to each child, shares parents between siblings, uses only fictional contacts', () => {
    const repIds = new Set(register.representatives.map((r) => r.id));
    for (const s of register.subjects) {
      const links = register.links.filter((l) => l.subjectId === s.id);
      expect(links.map((l) => l.relation).sort()).toEqual(['father', 'mother']);
      for (const l of links) expect(repIds.has(l.representativeId)).toBe(true);
    }
    expect(register.representatives.length).toBeLessThan(240);
    for (const r of register.representatives) {
      expect(r.phone).toMatch(/^\+371 2\d{7}$/);
      if (r.email !== undefined) expect(r.email).toMatch(/@example\.lv$/);
    }
    expect(register.subjects.some((s) => /[āčēģīķļņšūž]/iu.test(s.familyName + s.givenNames))).toBe(
      true,
    );
  });
});
