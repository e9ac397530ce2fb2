// Unlocking a backup with a secret of the register it was made from: the recovery code, or a
// staff member's username and password. Only the backup's own rows are used (slots, users and
// the vault's install salt), never the register currently on this PC.
import { openRow } from '../db/sealed-row';
import {
  RECOVERY_PRINCIPAL,
  type GrantRow,
  type MetaRow,
  type SlotRow,
  type UserRow,
  type VaultMetaRow,
} from '../db/rows';
import { normalizeRecoveryCode } from '../crypto/recovery-code';
import { unwrapGrant } from '../keys/key-wrap';
import { lookupTag } from '../vault/lookup-tag';
import { openSlot } from '../vault/principals';
import { unwrapBackupKey } from './backup-key';
import { wrongPassword, type InspectedBackup } from './backup-reader';
import type { BackupOpener } from './file-keys';

export type BackupSecret =
  { readonly recoveryCode: string } | { readonly username: string; readonly password: string };

export type UnlockedBackup = {
  /** The backup key: authenticates the file (HMAC). */
  readonly macKey: Uint8Array;
  /** Institution details from the backup (opened with its org key), for the preview. */
  readonly institution: Readonly<Record<string, unknown>>;
  /** The principal the secret opened: a restore opens every row of the file with its keys. */
  readonly opener: BackupOpener;
};

const rowsOf = <T>(inspected: InspectedBackup, table: string): T[] =>
  (inspected.unlockRows.get(table) ?? []) as T[];

const vaultMeta = (inspected: InspectedBackup): VaultMetaRow | undefined =>
  rowsOf<MetaRow>(inspected, 'meta').find((m): m is VaultMetaRow => m.id === 'vault');

const principalFor = async (
  inspected: InspectedBackup,
  secret: BackupSecret,
): Promise<{ slot: SlotRow; canonical: string } | undefined> => {
  const slots = rowsOf<SlotRow>(inspected, 'slots');
  if ('recoveryCode' in secret) {
    const slot = slots.find((s) => s.principalId === RECOVERY_PRINCIPAL);
    let canonical: string;
    try {
      canonical = normalizeRecoveryCode(secret.recoveryCode);
    } catch {
      return undefined;
    }
    return slot ? { slot, canonical } : undefined;
  }
  const meta = vaultMeta(inspected);
  if (!meta) return undefined;
  const tag = await lookupTag(meta.installSalt, secret.username);
  const user = rowsOf<UserRow>(inspected, 'users').find(
    (u) => u.lookupTag === tag && u.status === 'active',
  );
  const slot = user && slots.find((s) => s.principalId === user.id && s.kind === 'password');
  return slot ? { slot, canonical: secret.password } : undefined;
};

const institutionOf = async (
  inspected: InspectedBackup,
  principalId: string,
  privateKey: CryptoKey,
): Promise<Readonly<Record<string, unknown>>> => {
  const grant = rowsOf<GrantRow>(inspected, 'grants').find(
    (g) => g.principalId === principalId && g.keyName === 'org',
  );
  const meta = vaultMeta(inspected);
  if (!grant || !meta) return {};
  const org = await unwrapGrant(grant, 'org', privateKey, principalId, false);
  const opened = await openRow<{ org: Record<string, unknown> }>(
    new Map([['org', org]]),
    'meta',
    meta,
  );
  return opened.org ?? {};
};

/**
 * Opens the backup key with a secret of that backup's register. A wrong secret, an unknown or
 * deactivated username: AppError('validation', 'errors.backup.badCredentials').
 */
export const unlockBackup = async (
  inspected: InspectedBackup,
  secret: BackupSecret,
): Promise<UnlockedBackup> => {
  const found = await principalFor(inspected, secret);
  if (!found) throw wrongPassword();
  let privateKey: CryptoKey;
  try {
    privateKey = await openSlot(found.slot, found.canonical);
  } catch {
    throw wrongPassword();
  }
  const principalId = found.slot.principalId;
  const macKey = await unwrapBackupKey(inspected.keySlots, principalId, privateKey).catch(() => {
    throw wrongPassword();
  });
  return {
    macKey,
    institution: await institutionOf(inspected, principalId, privateKey),
    opener: { principalId, privateKey },
  };
};
