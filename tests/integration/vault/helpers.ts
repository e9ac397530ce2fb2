// Shared set-up for the vault integration tests: a fresh database per test, the FLOOR KDF
// parameters (fast), and a clock the test moves by hand.
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA, type SchemaVersion } from '@renderer/data/db/schema';
import { createServices, type Services, type Session } from '@renderer/services';
import type { Role } from '@shared/access/roles';

export const HEAD = {
  username: 'vaditaja',
  displayName: 'Test Head',
  password: 'head-passphrase-1',
};

export type Harness = Services & {
  readonly db: VaultDb;
  readonly clock: { now: number; advance: (ms: number) => void };
};

let counter = 0;

export const harness = (versions: readonly SchemaVersion[] = VAULT_SCHEMA): Harness => {
  counter += 1;
  const db = createVaultDb(`vault-test-${String(counter)}-${crypto.randomUUID()}`, versions);
  const clock = {
    now: Date.parse('2025-03-01T08:00:00.000Z'),
    advance(ms: number) {
      this.now += ms;
    },
  };
  const services = createServices({ db, kdf: FLOOR_KDF, now: () => new Date(clock.now) });
  return { ...services, db, clock };
};

export const withVault = async (
  versions?: readonly SchemaVersion[],
  country: 'LV' | 'LT' = 'LV',
  kind: 'kindergarten' | 'socialOffice' = 'kindergarten',
): Promise<Harness & { recoveryCode: string; head: Session }> => {
  const h = harness(versions);
  const { recoveryCode } = await h.vault.createVault({
    institution: {
      kind,
      country,
      details: { name: 'PII Testa dārziņš', controller: 'Test Controller' },
    },
    head: HEAD,
  });
  const head = await h.vault.unlock(HEAD.username, HEAD.password);
  return { ...h, recoveryCode, head };
};

/** Creates a user and logs them in with their own (changed) password: a ready session. */
export const staffSession = async (
  h: Harness,
  head: Session,
  role: Role,
  username: string,
  groupIds: string[] = [],
) => {
  const userId = await h.staff.createUser(head, {
    username,
    displayName: `Staff ${role}`,
    role,
    groupIds,
    initialPassword: 'initial-pass-1',
  });
  const first = await h.vault.unlock(username, 'initial-pass-1');
  const session = await h.vault.changeOwnPassword(first, 'initial-pass-1', 'own-passphrase-2');
  return { userId, session, password: 'own-passphrase-2' };
};

/** Every vault table's full contents (loginAttempts deliberately excluded: it is outside). */
export const snapshotVault = async (db: VaultDb): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const table of db.vaultTables) out[table.name] = await table.toArray();
  return out;
};
