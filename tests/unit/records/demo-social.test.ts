// The demo social office (issue 11): deterministic, every subject a client that the record
// schema accepts (valid codes, IBANs, services from the country's list), no groups.
import { describe, expect, it } from 'vitest';
import { makeSubjectSchema } from '@shared/domain/schemas';
import { generateSocialDemoRegister } from '@renderer/services/records/demo';
import { DEFAULT_SERVICE_NAMES } from '@renderer/services/service-names';

describe('generateSocialDemoRegister', () => {
  it.each(['LV', 'LT'] as const)('makes valid clients of an office in %s', (country) => {
    const register = generateSocialDemoRegister({ country, clients: 40 });
    expect(register.groups).toEqual([]);
    expect(register.subjects).toHaveLength(40);
    const schema = makeSubjectSchema({ country, today: '2026-01-01' });
    for (const s of register.subjects) {
      expect(s.kind).toBe('client');
      const parsed = schema.safeParse(s);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      for (const service of s.services ?? [])
        expect(DEFAULT_SERVICE_NAMES[country]).toContain(service.name);
    }
    expect(new Set(register.subjects.map((s) => s.personalCode)).size).toBe(40);
    expect(register.links.every((l) => l.relation === 'guardian')).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(generateSocialDemoRegister({ seed: 5 })).toEqual(
      generateSocialDemoRegister({ seed: 5 }),
    );
  });
});
