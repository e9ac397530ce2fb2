// What is on disk. Stored rows are NOT domain objects: only non-personal fields are plaintext,
// everything personal is in `sealed` (one AES-GCM box per key category).
import type { KeyCategory, Role } from '@shared/access/roles';
import type { SealedBox } from '../crypto/aes-gcm';
import type { KdfParams } from '../crypto/kdf';
import type { KeyName } from '../keys/key-names';

export type SealedFields = Partial<Record<KeyCategory, SealedBox>>;

export type InstitutionKind = 'kindergarten' | 'socialOffice';
export type Country = 'LV' | 'LT';

/** meta row 'vault': created once. The controller's name is personal data, hence sealed. */
export type VaultMetaRow = {
  readonly id: 'vault';
  readonly schemaVersion: number;
  readonly installSalt: Uint8Array;
  readonly kind: InstitutionKind;
  readonly country: Country;
  readonly createdAt: string;
  /** 2 once rows are sealed under per-person keys; absent in a vault made before (issue 9). */
  readonly keyScheme?: 2;
  /** org: institution details (before key scheme 2: core). */
  readonly sealed: SealedFields;
};

/** meta row 'auditHead': the MACed tail pointer that makes truncation of the log visible. */
export type AuditHeadRow = {
  readonly id: 'auditHead';
  readonly lastSeq: number;
  readonly lastHash: string;
  readonly mac: string;
};

export type MetaRow = VaultMetaRow | AuditHeadRow;

export type UserStatus = 'active' | 'deactivated';

export type UserRow = {
  readonly id: string;
  readonly role: Role;
  readonly status: UserStatus;
  /** HMAC-SHA256(installSalt, normalised username): the login lookup, never the name itself. */
  readonly lookupTag: string;
  readonly mustChangePassword: boolean;
  readonly groupIds: readonly string[];
  readonly createdAt: string;
  /** org: { username, displayName } */
  readonly sealed: SealedFields;
};

/** A principal's key pair: a user's password slot, or the vault's recovery slot. */
export type SlotRow = {
  readonly id: string;
  /** A user id, or RECOVERY_PRINCIPAL. */
  readonly principalId: string;
  readonly kind: 'password' | 'recovery';
  readonly kdf: KdfParams;
  readonly publicKey: Uint8Array;
  readonly wrappedPrivateKey: SealedBox;
  readonly createdAt: string;
};

export type GrantRow = {
  readonly id: string;
  readonly principalId: string;
  readonly keyName: KeyName;
  readonly ephemeralPublicKey: Uint8Array;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  readonly createdAt: string;
};

export type AuditRow = {
  readonly seq: number;
  readonly at: string;
  /** A user id or 'system'. */
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly prevHash: string;
  readonly hash: string;
  readonly mac: string;
};

/** Failed logins while locked (no audit key yet). Folded into the audit chain at the next unlock. */
export type LoginAttemptRow = {
  readonly id: string;
  readonly at: string;
  /** Known user id when the username matched, otherwise null; never the typed name. */
  readonly userId: string | null;
};

export type SettingRow = { readonly id: string; readonly value: number | string | boolean };

export const RECOVERY_PRINCIPAL = 'recovery';
