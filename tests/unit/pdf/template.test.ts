import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FORM_PURPOSE_IDS,
  templateInstitutionKind,
  createTemplateRegistry,
  loadBundledTemplates,
  templatePurposes,
} from '@shared/pdf/index';
import { CLIENT_PURPOSE_IDS } from '@shared/consent';

const formsDir = fileURLToPath(new URL('../../../resources/forms', import.meta.url));
const lock = JSON.parse(readFileSync(join(formsDir, 'templates.lock.json'), 'utf8')) as {
  templates: Record<string, string>;
};

describe('bundled form templates', () => {
  const registry = loadBundledTemplates();

  it('holds Veidlapa Nr. 1, the Lithuanian form and both withdrawal forms, v1 kept beside v2, and the client forms', () => {
    expect(registry.all.map((t) => `${t.id}@${t.version}:${t.kind}`)).toEqual([
      'lt-atsaukimas-1@1:withdrawal',
      'lt-atsaukimas-1@2:withdrawal',
      'lt-kliento-atsaukimas-1@1:withdrawal',
      'lt-kliento-sutikimas-1@1:consent',
      'lt-sutikimas-1@1:consent',
      'lt-sutikimas-1@2:consent',
      'lv-atsaukums-1@1:withdrawal',
      'lv-atsaukums-1@2:withdrawal',
      'lv-klienta-atsaukums-1@1:withdrawal',
      'lv-klienta-piekrisana-1@1:consent',
      'lv-veidlapa-1@1:consent',
      'lv-veidlapa-1@2:consent',
    ]);
    for (const id of ['lv-veidlapa-1', 'lt-sutikimas-1', 'lv-atsaukums-1', 'lt-atsaukimas-1'])
      expect(registry.latest(id).version).toBe(2);
  });

  it('lists every wording change of a v2 as a correction, and keeps v1 as it was', () => {
    for (const id of ['lv-veidlapa-1', 'lv-atsaukums-1']) {
      const v1 = JSON.stringify(registry.get(id, 1));
      const v2 = registry.get(id, 2);
      expect(v1).toContain('publikācijām');
      expect(JSON.stringify(v2.items)).not.toContain('publikācijām');
      expect(v2.items.filter((i) => i.text.includes('publikācijās'))).toHaveLength(2);
      expect(v2.corrections).toContainEqual(
        expect.objectContaining({
          original: 'gadagrāmatās, publikācijām, interneta mājas lapā',
          corrected: 'gadagrāmatās, publikācijās, interneta mājas lapā',
        }),
      );
      expect(v2.labels.controller).toBe('Pārzinis:');
      expect(v2.labels.controllerRepresentative).toBeUndefined();
    }
    for (const id of ['lt-sutikimas-1', 'lt-atsaukimas-1']) {
      const v2 = registry.get(id, 2);
      expect(v2.labels.controllerRepresentative).toBe('Duomenų valdytojo atstovas:');
      expect(v2.corrections.length).toBeGreaterThanOrEqual(3);
      expect(v2.reviewRequired).toBe(true);
      expect(registry.get(id, 1).labels.controllerRepresentative).toBeUndefined();
    }
    // The seed's original strings are quoted byte for byte (a non-breaking space included).
    expect(registry.get('lv-veidlapa-1', 2).corrections.map((c) => c.original)).toContain(
      'izglītības iestādes\u00a0 aktivitātes',
    );
  });

  it('uses the stable purpose ids of its institution kind in every template', () => {
    for (const template of registry.all) {
      expect(template.items.map((item) => item.id)).toEqual(
        templateInstitutionKind(template) === 'socialOffice'
          ? [...CLIENT_PURPOSE_IDS]
          : [...FORM_PURPOSE_IDS],
      );
    }
    expect(templatePurposes(registry.get('lv-veidlapa-1', 1)).map((p) => p.label)).toHaveLength(3);
  });

  it('lists the seed typo corrections and marks the Lithuanian translation for review', () => {
    const lv = registry.get('lv-veidlapa-1', 1);
    expect(lv.corrections).toContainEqual(
      expect.objectContaining({ original: 'Es apzinot, ka', corrected: 'Es apzinos, ka' }),
    );
    expect(lv.corrections.length).toBeGreaterThanOrEqual(5);
    expect(lv.reviewRequired).toBe(false);
    const lt = registry.get('lt-sutikimas-1', 1);
    expect(lt.reviewRequired).toBe(true);
    expect(lt.reviewNote).toMatch(/review/);
  });

  it('is immutable per (id, version): every file matches its locked hash', () => {
    const files = readdirSync(formsDir).filter((name) => /\.v\d+\.json$/.test(name));
    expect(files).toHaveLength(registry.all.length);
    for (const template of registry.all) {
      const hash = createHash('sha256').update(JSON.stringify(template)).digest('hex');
      expect(
        lock.templates[`${template.id}@${template.version}`],
        `${template.id}@${template.version} changed: add a new version instead`,
      ).toBe(hash);
    }
    expect(Object.isFrozen(registry.get('lv-veidlapa-1', 1).items[0])).toBe(true);
  });

  it('never carries the seed institution or its staff', () => {
    const text = readdirSync(formsDir)
      .map((name) => readFileSync(join(formsDir, name), 'utf8'))
      .join('\n');
    for (const name of [
      'Mestere',
      'Ūzuliņa',
      'Kanča',
      'Senkāne',
      'Apeine',
      'Vulāne',
      'Sprīdītis',
      'Varakļān',
      'varaklani',
    ]) {
      expect(text).not.toContain(name);
    }
  });

  it('rejects duplicates, unknown ids and malformed templates', () => {
    const lv = registry.get('lv-veidlapa-1', 1);
    expect(() => createTemplateRegistry([lv, lv])).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(() => createTemplateRegistry([{ ...lv, items: [] }])).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(() => createTemplateRegistry([{ ...lv, extra: 1 }])).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(() => registry.get('lv-veidlapa-1', 99)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    const v2 = createTemplateRegistry([lv, { ...lv, version: 2, statement: 'Jauns formulējums.' }]);
    expect(v2.latest('lv-veidlapa-1').version).toBe(2);
    expect(v2.get('lv-veidlapa-1', 1).statement).toBe(lv.statement);
  });
});
