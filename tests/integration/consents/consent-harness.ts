// Set-up for the consent ledger tests: a vault with a head, an in-memory records fixture behind
// the ConsentRecordsPort (it applies the same subject.view scope a real records service would),
// the bundled DejaVu fonts, and sessions for a secretary and a teacher.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { can } from '@shared/access/permissions';
import { AppError, isAppError } from '@shared/errors/app-error';
import type { PdfFonts } from '@shared/pdf';
import {
  createConsentService,
  type ConsentRecordsPort,
  type ConsentRepresentative,
  type ConsentService,
  type ConsentSubject,
} from '@renderer/services/consents';
import { authorize, keyringFor, type Session } from '@renderer/services';
import type { VaultContext } from '@renderer/services/vault-context';
import { keyChange } from '@renderer/services/person-keys';
import { representativePlacement, subjectPlacement } from '@renderer/data/keys/scopes';
import { PERSON_CATEGORIES } from '@shared/access/roles';
import { staffSession, withVault } from '../vault/helpers';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const font = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(join(root, 'resources/fonts', file)));
export const testFonts = (): Promise<PdfFonts> =>
  Promise.resolve({
    regular: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    mono: font('DejaVuSansMono.ttf'),
  });

export type RecordsFixture = ConsentRecordsPort & {
  readonly subjects: Map<string, ConsentSubject>;
  readonly reps: Map<string, ConsentRepresentative[]>;
  readonly groups: Map<string, string>;
};

const scopeCheck = (session: Session, subject: ConsentSubject): void => {
  if (
    !can(session.role, 'subject.view', {
      userGroupIds: session.groupIds,
      subjectGroupId: subject.groupId,
    })
  ) {
    throw new AppError('forbidden', 'errors.forbidden');
  }
};

export const recordsFixture = (): RecordsFixture => {
  const subjects = new Map<string, ConsentSubject>();
  const reps = new Map<string, ConsentRepresentative[]>();
  const groups = new Map<string, string>();
  const subject = (session: Session, id: string): Promise<ConsentSubject> => {
    const s = subjects.get(id);
    if (!s) return Promise.reject(new AppError('not-found', 'errors.notFound'));
    scopeCheck(session, s);
    return Promise.resolve(s);
  };
  return {
    subjects,
    reps,
    groups,
    subject,
    representatives: async (session, id) => {
      await subject(session, id);
      return reps.get(id) ?? [];
    },
    group: (_session, id) => Promise.resolve({ id, name: groups.get(id) ?? '' }),
    groupMembers: (session, id) =>
      Promise.resolve(
        [...subjects.values()]
          .filter((s) => s.groupId === id)
          .map((s) => {
            scopeCheck(session, s);
            return s;
          }),
      ),
  };
};

/**
 * Gives the fixture's people their data keys, as the records service would when storing them:
 * children in their group's scope, everything else of theirs in 'inst' (docs/security-model.md).
 * A test that adds children to the fixture itself calls this for them.
 */
export const giveKeys = async (
  vault: { context: VaultContext; head: Session },
  children: readonly { id: string; groupId: string; reps: readonly string[] }[],
): Promise<void> => {
  const change = keyChange(vault.context, keyringFor(authorize(vault.head, 'subject.create')));
  for (const child of children) {
    const facts = { groupId: child.groupId, status: 'active', restricted: 0 as const };
    for (const category of PERSON_CATEGORIES)
      await change.personKey(child.id, category, subjectPlacement(facts)[category]);
    for (const rep of child.reps)
      await change.personKey(rep, 'core', representativePlacement([facts]).core);
  }
  await change.commitAdditions();
};

/**
 * Three children in group A (two with two parents), one in group B; fictional names. Ids carry
 * a fresh suffix so tests can share one vault (unlocking sessions is the slow part).
 */
export const seedFamilies = async (
  f: RecordsFixture,
  vault: { context: VaultContext; head: Session },
) => {
  const sfx = crypto.randomUUID().slice(0, 8);
  const ids = {
    groupA: `ga-${sfx}`,
    groupB: `gb-${sfx}`,
    child1: `c1-${sfx}`,
    child2: `c2-${sfx}`,
    child3: `c3-${sfx}`,
    child4: `c4-${sfx}`,
    rep1a: `r1a-${sfx}`,
    rep1b: `r1b-${sfx}`,
    rep2a: `r2a-${sfx}`,
    rep3a: `r3a-${sfx}`,
    rep3b: `r3b-${sfx}`,
    rep4a: `r4a-${sfx}`,
  };
  f.groups.set(ids.groupA, 'Zīļuks');
  f.groups.set(ids.groupB, 'Bitītes');
  const add = (
    id: string,
    given: string,
    family: string,
    groupId: string,
    parents: [string, string, string][],
  ) => {
    f.subjects.set(id, { id, givenNames: given, familyName: family, groupId, restricted: false });
    f.reps.set(
      id,
      parents.map(([rid, g, fam]) => ({ id: rid, givenNames: g, familyName: fam })),
    );
  };
  add(ids.child1, 'Anniņa', 'Ūzuliņa', ids.groupA, [
    [ids.rep1a, 'Līga', 'Ūzuliņa'],
    [ids.rep1b, 'Jānis', 'Ūzuliņš'],
  ]);
  add(ids.child2, 'Mārtiņš', 'Bērziņš', ids.groupA, [[ids.rep2a, 'Ieva', 'Bērziņa']]);
  add(ids.child3, 'Elza', 'Ķēniņa', ids.groupA, [
    [ids.rep3a, 'Guna', 'Ķēniņa'],
    [ids.rep3b, 'Pēteris', 'Ķēniņš'],
  ]);
  add(ids.child4, 'Roberts', 'Ozols', ids.groupB, [[ids.rep4a, 'Dace', 'Ozola']]);
  await giveKeys(
    vault,
    [ids.child1, ids.child2, ids.child3, ids.child4].map((id) => ({
      id,
      groupId: f.subjects.get(id)?.groupId ?? '',
      reps: (f.reps.get(id) ?? []).map((r) => r.id),
    })),
  );
  return ids;
};
export type FamilyIds = Awaited<ReturnType<typeof seedFamilies>>;

export const consentVault = async (country: 'LV' | 'LT' = 'LV') => {
  const vault = await withVault(undefined, country);
  await vault.vault.updateInstitution(vault.head, {
    name: 'PII Testa dārziņš',
    controllerName: 'iestādes vadītāja Test Controller',
    operatorName: 'lietvede Test Operator',
    recipients: 'grupu skolotājas',
  });
  const records = recordsFixture();
  // The teacher teaches group A of the first families; later seeds get their own groups.
  const first = await seedFamilies(records, vault);
  const consents: ConsentService = createConsentService({
    ctx: vault.context,
    records,
    fonts: testFonts,
  });
  const secretary = (await staffSession(vault, vault.head, 'secretary', 'lietvede')).session;
  const teacher = (await staffSession(vault, vault.head, 'teacher', 'skolotaja', [first.groupA]))
    .session;
  return { ...vault, records, consents, secretary, teacher, first };
};

export type ConsentVault = Awaited<ReturnType<typeof consentVault>>;

/** Awaits `p` and names how it ended: 'resolved', '<code>:<i18nKey>' of an AppError, or 'other'. */
export const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return isAppError(e) ? `${e.code}:${e.i18nKey}` : 'other';
  }
  return 'resolved';
};
