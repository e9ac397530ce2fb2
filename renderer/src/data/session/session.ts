// A session is the non-secret view of an unlocked vault that the UI may hold. Its keys live in a
// module-private WeakMap: the UI cannot reach them, and closing the session drops them.
import type { PersonCategory, Role } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';
import type { CategoryKeys } from '../db/sealed-row';
import type { PersonKeys } from '../keys/person-keys';
import type { ScopeKeyMap } from '../keys/scope-keys';

export type Session = {
  readonly id: string;
  readonly userId: string;
  readonly role: Role;
  readonly groupIds: readonly string[];
  /** True after an initial password, a reset, or a recovery: the user must set their own. */
  readonly mustChangePassword: boolean;
  /** Opened with the recovery code: only setting a new head password is allowed. */
  readonly viaRecovery: boolean;
};

export type Keyring = {
  /** The principal whose grants these keys came from (a user id, or the recovery principal). */
  readonly principalId: string;
  /** Non-extractable ECDH private key: needed to re-open own grants when granting to others. */
  readonly privateKey: CryptoKey;
  /** Institution data every role reads (institution, staff, groups, purposes, templates). */
  readonly org: CryptoKey;
  /**
   * Category keys of an institution-wide role. They only wrap scope keys; person rows are never
   * sealed under them (docs/security-model.md, "Per-person keys"). A teacher holds none.
   */
  readonly categoryKeys: ReadonlyMap<PersonCategory, CryptoKey>;
  /** Scope keys this session holds; grows when the session creates a scope key. */
  readonly scopes: ScopeKeyMap;
  /** The session's access to person data keys. */
  readonly people: PersonKeys;
  readonly audit: CryptoKey;
  readonly blindIndex: CryptoKey | undefined;
};

/** The key set that seals and opens org rows. */
export const orgKeys = (keyring: Keyring): CategoryKeys => new Map([['org', keyring.org]]);

const live = new WeakMap<Session, Keyring>();

export const startSession = (info: Omit<Session, 'id'>, keyring: Keyring): Session => {
  const session: Session = Object.freeze({
    ...info,
    groupIds: Object.freeze([...info.groupIds]),
    id: crypto.randomUUID(),
  });
  live.set(session, keyring);
  return session;
};

export const isSessionLive = (session: Session): boolean => live.has(session);

export const keyringOf = (session: Session): Keyring => {
  const keyring = live.get(session);
  if (!keyring) throw new AppError('locked', 'errors.sessionLocked');
  return keyring;
};

/** Drops the keys; the CryptoKeys become unreachable and are collected. */
export const endSession = (session: Session): void => {
  live.delete(session);
};

/** A new session object for the same keys (e.g. mustChangePassword cleared); the old one ends. */
export const replaceSession = (
  session: Session,
  changes: Partial<Omit<Session, 'id'>>,
): Session => {
  const keyring = keyringOf(session);
  endSession(session);
  const { id: _old, ...rest } = session;
  return startSession({ ...rest, ...changes }, keyring);
};
