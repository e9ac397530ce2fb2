// Re-sealing one legacy row (renderer/src/data/keys/migration-rows.ts) with a recording sealer:
// which key each box goes under, placed where, with the code tag only on the identifiers key,
// and the refusals of a row that is not what the old layout wrote. Written from the file's
// mutation survivors (docs/benchmarks.md, issue 15).
import { describe, expect, it } from 'vitest';
import type { PersonCategory } from '@shared/access/roles';
import { generateAesKey, seal } from '@renderer/data/crypto/aes-gcm';
import { utf8 } from '@renderer/data/crypto/bytes';
import { LEGACY_SEAL_VERSION, openRow, rowAad } from '@renderer/data/db/sealed-row';
import type { MigrationSealer } from '@renderer/data/keys/migration-sealer';
import {
  resealEvidence,
  resealOfChild,
  resealSubject,
  type AnyRow,
} from '@renderer/data/keys/migration-rows';
import { groupScope, INSTITUTION_SCOPE } from '@renderer/data/keys/scopes';

type Call = { owner: string; category: string; scopes: readonly string[]; tag?: string };

/** Hands out one key for everything and records what it was asked for. */
const recordingSealer = async () => {
  const key = await generateAesKey(false);
  const calls: Call[] = [];
  const sealer = {
    personKey: (
      owner: string,
      category: PersonCategory,
      scopes: readonly string[],
      tag?: string,
    ) => {
      calls.push({ owner, category, scopes, ...(tag === undefined ? {} : { tag }) });
      return Promise.resolve(key);
    },
    itemKey: (
      _item: string,
      owner: string,
      category: PersonCategory,
      scopes: readonly string[],
    ) => {
      calls.push({ owner, category, scopes });
      return Promise.resolve(key);
    },
  } as unknown as MigrationSealer;
  return { sealer, calls, key };
};

/** A row as the old layout sealed it: each category under the legacy key, seal version 1. */
const legacyRow = async (
  legacy: Map<PersonCategory, CryptoKey>,
  table: string,
  id: string,
  fields: Record<string, unknown>,
  plain: Record<string, unknown> = {},
): Promise<AnyRow> => {
  const sealed: Record<string, unknown> = {};
  for (const [category, value] of Object.entries(fields)) {
    const key = legacy.get(category as PersonCategory) ?? legacy.get('core');
    if (!key) throw new Error('no key');
    sealed[category] = await seal(
      key,
      utf8(JSON.stringify(value)),
      rowAad(table, id, category as PersonCategory, LEGACY_SEAL_VERSION),
    );
  }
  return { id, ...plain, sealed };
};

const legacyKeys = async (): Promise<Map<PersonCategory, CryptoKey>> =>
  new Map(
    await Promise.all(
      (['core', 'identifiers', 'contacts', 'health'] as const).map(
        async (c) => [c, await generateAesKey(false)] as const,
      ),
    ),
  );

const IN_GROUP = { groupId: 'g1', status: 'active', restricted: 0 as const };
const GROUP = [groupScope('g1')];
const INST = [INSTITUTION_SCOPE];

describe('re-sealing legacy rows', () => {
  it("gives the code tag to the subject's identifiers key only", async () => {
    const legacy = await legacyKeys();
    const { sealer, calls, key } = await recordingSealer();
    const row = await legacyRow(
      legacy,
      'subjects',
      's1',
      { core: { givenNames: 'A' }, identifiers: { personalCode: '1' } },
      { ...IN_GROUP, codeIndex: 'tag-1' },
    );
    const out = await resealSubject(legacy, sealer, row as AnyRow & typeof IN_GROUP);
    expect(calls).toEqual([
      { owner: 's1', category: 'core', scopes: GROUP },
      { owner: 's1', category: 'identifiers', scopes: INST, tag: 'tag-1' },
    ]);
    expect(Object.keys(out)).not.toContain('codeIndex');
    const opened = await openRow(new Map([['identifiers', key]]), 'subjects', out);
    expect(opened).toEqual({ identifiers: { personalCode: '1' } });
  });

  it('refuses a person row holding a box of a category people do not have', async () => {
    const legacy = await legacyKeys();
    const { sealer } = await recordingSealer();
    const row = await legacyRow(legacy, 'subjects', 's1', { org: { name: 'X' } }, IN_GROUP);
    await expect(
      resealSubject(
        new Map([...legacy, ['org', legacy.get('core') as CryptoKey]]) as never,
        sealer,
        row as never,
      ),
    ).rejects.toMatchObject({ code: 'crypto', i18nKey: 'errors.decryptFailed' });
  });

  it("places a child's row by the child, and by nobody's group when the child is gone", async () => {
    const legacy = await legacyKeys();
    const { sealer, calls } = await recordingSealer();
    const link = await legacyRow(legacy, 'consentEvents', 'e1', { core: { kind: 'granted' } });
    await resealOfChild(legacy, sealer, 'consentEvents', link, IN_GROUP, 's1');
    await resealOfChild(legacy, sealer, 'consentEvents', link, undefined, 's2');
    expect(calls).toEqual([
      { owner: 's1', category: 'core', scopes: GROUP },
      { owner: 's2', category: 'core', scopes: INST },
    ]);
  });

  it("places a scan like its child's identifiers, and refuses one without its box or key", async () => {
    const legacy = await legacyKeys();
    const { sealer, calls } = await recordingSealer();
    const identifiersKey = legacy.get('identifiers') as CryptoKey;
    const box = await seal(
      identifiersKey,
      new Uint8Array([1, 2, 3]),
      rowAad('consentEvidence', 'scan-1', 'identifiers', LEGACY_SEAL_VERSION),
    );
    const scan = { id: 'scan-1', subjectId: 's1', sealed: { identifiers: box } };
    await resealEvidence(legacy, sealer, scan, IN_GROUP);
    await resealEvidence(legacy, sealer, scan, undefined);
    expect(calls.map((c) => c.scopes)).toEqual([INST, INST]);
    const refusal = { code: 'crypto', i18nKey: 'errors.decryptFailed' };
    await expect(
      resealEvidence(legacy, sealer, { ...scan, sealed: {} }, IN_GROUP),
    ).rejects.toMatchObject(refusal);
    const withoutKey = new Map(legacy);
    withoutKey.delete('identifiers');
    await expect(resealEvidence(withoutKey, sealer, scan, IN_GROUP)).rejects.toMatchObject(refusal);
  });
});
