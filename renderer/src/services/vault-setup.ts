// Creating a vault: fresh keys, the head's slot, the recovery slot holding every key, and the
// sealed institution details. Everything is computed first, then written in one transaction.
import { AppError } from '@shared/errors/app-error';
import { PERSON_CATEGORIES } from '@shared/access/roles';
import { generateAesKey } from '../data/crypto/aes-gcm';
import { randomBytes } from '../data/crypto/bytes';
import { generateHmacKey } from '../data/crypto/hmac';
import { assertKdfFloor, type KdfSettings } from '../data/crypto/kdf';
import { generateRecoveryCode, normalizeRecoveryCode } from '../data/crypto/recovery-code';
import { BASE_KEY_NAMES, keyNamesForRole, type KeyName } from '../data/keys/key-names';
import { appendAudit } from '../data/audit/audit-log';
import { sealRow } from '../data/db/sealed-row';
import {
  RECOVERY_PRINCIPAL,
  type Country,
  type InstitutionKind,
  type UserRow,
  type VaultMetaRow,
} from '../data/db/rows';
import { buildGrants, buildSlot } from '../data/vault/principals';
import { assertUsername, lookupTag } from '../data/vault/lookup-tag';
import { plannedLeavingsRow } from '../data/records/planned-leavings-repo';
import { assertPassword, type VaultContext } from './vault-context';

/** Institution details (name, registration number, controller, ...) are sealed as org data. */
export type InstitutionInput = {
  readonly kind: InstitutionKind;
  readonly country: Country;
  readonly details: Readonly<Record<string, unknown>>;
};

export type CreateVaultInput = {
  readonly institution: InstitutionInput;
  readonly head: {
    readonly username: string;
    readonly displayName: string;
    readonly password: string;
  };
  /** Override the KDF parameters for this vault's slots (still refused below the floor). */
  readonly kdf?: KdfSettings;
  /**
   * The recovery code shown to the head before anything is written (the wizard shows it first and
   * creates the vault only once part of it was typed back). Generated here when absent.
   */
  readonly recoveryCode?: string;
};

export const SCHEMA_VERSION_META = 1;

const freshKeys = async (): Promise<Map<KeyName, CryptoKey>> => {
  // Extractable only for this function's lifetime: they are wrapped into grants and dropped.
  const keys = new Map<KeyName, CryptoKey>();
  keys.set('org', await generateAesKey(true));
  for (const category of PERSON_CATEGORIES) keys.set(category, await generateAesKey(true));
  keys.set('audit', await generateHmacKey(true));
  keys.set('blindIndex', await generateHmacKey(true));
  return keys;
};

export const createVaultRows = async (
  ctx: VaultContext,
  input: CreateVaultInput,
): Promise<{ recoveryCode: string }> => {
  const { db } = ctx;
  if (await db.meta.get('vault')) throw new AppError('validation', 'errors.vaultExists');
  const username = input.head.username.trim();
  assertUsername(username);
  assertPassword(ctx, input.head.password, username);
  const kdf = input.kdf ?? ctx.kdf;
  assertKdfFloor(kdf);
  const now = ctx.now();
  const keys = await freshKeys();
  const installSalt = randomBytes(32);
  const headId = crypto.randomUUID();
  const headSlot = await buildSlot(headId, 'password', input.head.password, kdf, now);
  const recoveryCode = input.recoveryCode ?? generateRecoveryCode();
  const recoverySlot = await buildSlot(
    RECOVERY_PRINCIPAL,
    'recovery',
    normalizeRecoveryCode(recoveryCode),
    kdf,
    now,
  );
  const grants = [
    ...(await buildGrants(keys, keyNamesForRole('head'), headSlot.publicKey, headId, now)),
    ...(await buildGrants(keys, BASE_KEY_NAMES, recoverySlot.publicKey, RECOVERY_PRINCIPAL, now)),
  ];
  const org = keys.get('org');
  if (!org) throw new AppError('internal', 'errors.internal');
  const cats = new Map([['org', org] as const]);
  const head: UserRow = {
    id: headId,
    role: 'head',
    status: 'active',
    lookupTag: await lookupTag(installSalt, username),
    mustChangePassword: false,
    groupIds: [],
    createdAt: now.toISOString(),
    sealed: await sealRow(cats, 'users', headId, {
      org: { username, displayName: input.head.displayName },
    }),
  };
  const meta: VaultMetaRow = {
    id: 'vault',
    schemaVersion: SCHEMA_VERSION_META,
    installSalt,
    kind: input.institution.kind,
    country: input.institution.country,
    createdAt: now.toISOString(),
    keyScheme: 2,
    sealed: await sealRow(cats, 'meta', 'vault', { org: input.institution.details }),
  };
  // A new register has no planned leavings: the list exists (empty) from the start.
  const planned = await plannedLeavingsRow(cats, []);
  await db.transaction('rw', [db.meta, db.users, db.slots, db.grants, db.settings], async () => {
    if (await db.meta.get('vault')) throw new AppError('validation', 'errors.vaultExists');
    await db.meta.add(meta);
    await db.settings.put(planned);
    await db.users.add(head);
    await db.slots.bulkAdd([headSlot, recoverySlot]);
    await db.grants.bulkAdd(grants);
  });
  const audit = keys.get('audit');
  if (!audit) throw new AppError('internal', 'errors.internal');
  await appendAudit(
    db,
    audit,
    [
      { actor: headId, action: 'vault.create', entity: 'vault', entityId: null },
      { actor: headId, action: 'user.create', entity: 'user', entityId: headId },
    ],
    now,
  );
  return { recoveryCode };
};
