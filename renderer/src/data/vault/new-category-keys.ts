// Category keys added after a vault was made (issue 11 adds 'social', 'financial', 'care'). A
// register set up before holds no key of a new category: nobody can seal such data until one
// exists. The first unlock by the head (or the recovery code) makes each missing key and grants it
// to the recovery principal and to every active user whose role reads it, all in one transaction.
// Nothing is re-encrypted: no row holds data of a category that had no key.
import { PERSON_CATEGORIES, isRole, type PersonCategory } from '@shared/access/roles';
import { generateAesKey } from '../crypto/aes-gcm';
import { RECOVERY_PRINCIPAL, type GrantRow } from '../db/rows';
import type { VaultDb } from '../db/vault-db';
import { keyNamesForRole, type KeyName } from '../keys/key-names';
import { buildGrants } from './principals';

/**
 * The person categories the vault has no key of yet: the recovery principal holds every key of
 * the vault (docs/security-model.md), so a category missing from its grants exists nowhere.
 */
export const missingCategoryKeys = async (db: VaultDb): Promise<PersonCategory[]> => {
  const held = new Set(
    (await db.grants.where('principalId').equals(RECOVERY_PRINCIPAL).toArray()).map(
      (g) => g.keyName,
    ),
  );
  return PERSON_CATEGORIES.filter((category) => !held.has(category));
};

/** The grants of `keys` to every slot whose principal should hold them. */
const grantsOf = async (
  db: VaultDb,
  keys: ReadonlyMap<KeyName, CryptoKey>,
  now: Date,
): Promise<GrantRow[]> => {
  const users = new Map((await db.users.toArray()).map((u) => [u.id, u]));
  const grants: GrantRow[] = [];
  for (const slot of await db.slots.toArray()) {
    const user = users.get(slot.principalId);
    const wanted =
      slot.principalId === RECOVERY_PRINCIPAL
        ? [...keys.keys()]
        : user?.status === 'active' && isRole(user.role)
          ? keyNamesForRole(user.role).filter((name) => keys.has(name))
          : [];
    grants.push(...(await buildGrants(keys, wanted, slot.publicKey, slot.principalId, now)));
  }
  return grants;
};

/**
 * Makes and grants the missing category keys. Call only for the head or the recovery code (the
 * controller decides to extend the register). Returns the categories added (empty: nothing to
 * do). A failure leaves the vault as it was (one transaction; the fresh keys are dropped).
 */
export const addMissingCategoryKeys = async (db: VaultDb, now: Date): Promise<PersonCategory[]> => {
  const missing = await missingCategoryKeys(db);
  if (missing.length === 0) return [];
  const keys = new Map<KeyName, CryptoKey>();
  for (const category of missing) keys.set(category, await generateAesKey(true));
  const grants = await grantsOf(db, keys, now);
  await db.transaction('rw', db.grants, async () => {
    // Another head's unlock may have added them meanwhile: theirs count.
    if ((await missingCategoryKeys(db)).length !== missing.length) return;
    await db.grants.bulkAdd(grants);
  });
  return missing;
};
